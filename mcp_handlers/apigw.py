"""The endpoint behind API Gateway REST (v1 proxy events), without Mangum or an ASGI loop."""

from __future__ import annotations

import base64
from typing import Any

from mcp_handlers.server import McpServer


def handle_event(server: McpServer, event: dict[str, Any]) -> dict[str, Any]:
    """Turn a v1 proxy event into ``McpServer.handle`` and its answer into a proxy response."""
    headers: list[tuple[str, str]] = []
    multi = event.get("multiValueHeaders") or {}
    if multi:
        for name, values in multi.items():
            headers += [(name, v) for v in values or ()]
    else:
        headers = list((event.get("headers") or {}).items())
    body = event.get("body") or ""
    raw = base64.b64decode(body) if event.get("isBase64Encoded") else body.encode()
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
