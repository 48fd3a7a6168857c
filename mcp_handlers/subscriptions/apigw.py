"""The subscription function on a plain (buffered) invocation: a listen window, then the whole body.

On AWS the function streams through the Lambda Web Adapter (``run.sh`` serves the ASGI app).
A plain API Gateway event (``sam local invoke``, the template tests) cannot stream, so the
same app runs on it for a short window and the frames written in that window - the
acknowledgement, any changes, the graceful close - come back as one response.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
from typing import Any
from urllib.parse import urlencode

from mcp_handlers.envelopes import ApiGatewayEvent, ApiGatewayResponse

BUFFERED_WINDOW_SECONDS = 0.5


def _scope(event: ApiGatewayEvent) -> dict[str, Any]:
    multi = event.get("multiValueHeaders") or {}
    pairs: list[tuple[str, str]] = []
    if multi:
        for name, values in multi.items():
            pairs += [(name, v) for v in values or ()]
    else:
        pairs = list((event.get("headers") or {}).items())
    query = event.get("multiValueQueryStringParameters") or {}
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": event.get("httpMethod", "GET"),
        "path": event.get("path") or "/",
        "raw_path": (event.get("path") or "/").encode(),
        "query_string": urlencode([(k, v) for k, vs in query.items() for v in vs or ()]).encode(),
        "headers": [(k.lower().encode("latin-1"), str(v).encode("latin-1")) for k, v in pairs],
        "client": ((event.get("requestContext") or {}).get("identity") or {}).get("sourceIp", "127.0.0.1"),
    }


async def _run(app: Any, event: ApiGatewayEvent) -> ApiGatewayResponse:
    body = event.get("body") or ""
    try:
        # surrogatepass: a body that is not Unicode text reaches the parser, which says what is wrong.
        raw = (
            base64.b64decode(body, validate=True)
            if event.get("isBase64Encoded")
            else body.encode("utf-8", "surrogatepass")
        )
    except binascii.Error:
        return {
            "statusCode": 400,
            "headers": {"content-type": "text/plain"},
            "body": "The body is marked base64-encoded but is not valid base64",
            "isBase64Encoded": False,
        }
    scope = _scope(event)
    scope["client"] = (scope["client"], 0)
    delivered = False
    never = asyncio.Event()

    async def receive() -> dict[str, Any]:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": raw, "more_body": False}
        await never.wait()  # the client stays connected for the whole window
        return {"type": "http.disconnect"}

    status = 500
    headers: dict[str, str] = {}
    chunks: list[bytes] = []

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])
            for k, v in message.get("headers", []):
                if k.lower() != b"content-length":
                    headers[k.decode("latin-1")] = v.decode("latin-1")
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    return {
        "statusCode": status,
        "headers": headers,
        "body": b"".join(chunks).decode(),
        "isBase64Encoded": False,
    }


def handle_event(app: Any, event: ApiGatewayEvent) -> ApiGatewayResponse:
    """Run ``app`` (built with a short ``max_seconds``) on one API Gateway REST v1 event."""
    return asyncio.run(_run(app, event))
