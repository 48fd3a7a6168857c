"""The endpoint behind API Gateway REST (v1 proxy events), without Mangum or an ASGI loop."""

from __future__ import annotations

import base64
import binascii

from mcp_handlers.envelopes import ApiGatewayEvent, ApiGatewayResponse
from mcp_handlers.server import McpServer


def handle_event(server: McpServer, event: ApiGatewayEvent) -> ApiGatewayResponse:
    """Turn a v1 proxy event into ``McpServer.handle`` and its answer into a proxy response."""
    headers: list[tuple[str, str]] = []
    multi = event.get("multiValueHeaders") or {}
    if multi:
        for name, values in multi.items():
            headers += [(name, v) for v in values or ()]
    else:
        headers = list((event.get("headers") or {}).items())
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
    request_id = (event.get("requestContext") or {}).get("requestId")
    response = server.handle(event.get("httpMethod", "POST"), headers, raw, correlation_id=request_id)
    out_headers: dict[str, str] = {}
    for name, value in response.headers:
        out_headers[name] = value
    return {
        "statusCode": response.status,
        "headers": out_headers,
        "body": response.body.decode(),
        "isBase64Encoded": False,
    }
