"""The chat through a plain Lambda invocation (API Gateway REST event): the buffered path.

On AWS the chat streams through the Lambda Web Adapter (``run.sh`` + uvicorn + ``asgi``);
this path answers the same request with the whole SSE body at once - for ``sam local
invoke``, the replayed sample event in the tests, and any integration without streaming.
"""

from __future__ import annotations

import base64
from typing import Any

from heyfolio.chat import admission
from heyfolio.chat.engine import Chat, error_event
from heyfolio.chat.request import BadRequest, parse_request, with_visitor
from heyfolio.chat.sse import HEADERS, encode_all
from heyfolio.limits.http import client_ip_from_event


def handle(event: dict[str, Any], chat: Chat, *, correlation_id: str = "") -> dict[str, Any]:
    """Answer one API Gateway REST (v1) event with the full SSE body."""
    method = (
        event.get("httpMethod") or event.get("requestContext", {}).get("http", {}).get("method") or "POST"
    ).upper()
    if method != "POST":
        body = error_event("bad_request", "Use POST /api/chat.", status=405).encode().decode()
        return {"statusCode": 405, "headers": {**HEADERS, "allow": "POST"}, "body": body}
    raw: Any = event.get("body") or ""
    if event.get("isBase64Encoded") and raw:
        raw = base64.b64decode(raw)
    try:
        request = with_visitor(parse_request(raw), event.get("headers") or {})
    except BadRequest as bad:
        body = error_event(bad.code, bad.message, status=bad.status).encode().decode()
        return {"statusCode": bad.status, "headers": dict(HEADERS), "body": body}
    refused = admission.check(request, client_ip_from_event(event), settings=chat.settings)
    if refused is not None:
        return {"statusCode": refused.status, "headers": refused.headers, "body": refused.body().decode()}
    events = list(chat.turn(request, correlation_id=correlation_id))
    return {"statusCode": 200, "headers": dict(HEADERS), "body": encode_all(events).decode()}
