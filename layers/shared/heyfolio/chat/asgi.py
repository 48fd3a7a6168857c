"""The chat as an ASGI app: what uvicorn serves behind the Lambda Web Adapter, and ``make dev`` mounts.

Starlette, not FastAPI: the app has two routes and no models to validate, and Starlette's
routing and responses import in ~45 ms against FastAPI's ~170 ms (measured here, on the
cold path of every new instance). The request is validated before the stream starts, so a
bad request gets a real 400/413 status (with one ``error`` event as the body); a good one
streams ``200 text/event-stream`` while the turn runs in a worker thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from heyfolio.chat import admission
from heyfolio.chat.engine import Chat, error_event
from heyfolio.chat.request import MAX_BODY_BYTES, MAX_MESSAGE_CHARS, BadRequest, parse_request, with_visitor
from heyfolio.chat.sse import HEADERS
from heyfolio.limits.http import client_ip_from_scope


def _cors(request: Request, chat: Chat) -> dict[str, str]:
    origin = request.headers.get("origin")
    if origin and origin in chat.settings.allowed_origins:
        return {"access-control-allow-origin": origin, "vary": "Origin"}
    return {}


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise BadRequest(
            413, "too_large", f"That message is too long: keep it under {MAX_MESSAGE_CHARS} characters."
        )
    body = b""
    async for piece in request.stream():
        body += piece
        if len(body) > MAX_BODY_BYTES:
            raise BadRequest(
                413, "too_large", f"That message is too long: keep it under {MAX_MESSAGE_CHARS} characters."
            )
    return body


def create_app(chat: Chat | None = None) -> Starlette:
    """The chat app: ``POST /api/chat`` (SSE), ``OPTIONS /api/chat`` (CORS) and ``GET /healthz``."""
    service = chat or Chat()

    async def post_chat(request: Request) -> Response:
        headers = {**HEADERS, **_cors(request, service)}
        try:
            parsed = with_visitor(parse_request(await _read_body(request)), request.headers)
        except BadRequest as bad:
            body = error_event(bad.code, bad.message, status=bad.status).encode()
            return Response(body, status_code=bad.status, headers=headers)
        # Behind API Gateway + the Web Adapter the caller is the last X-Forwarded-For entry.
        ip = client_ip_from_scope(request.scope, trust_forwarded=service.settings.env == "aws")
        refused = await run_in_threadpool(admission.check, parsed, ip, settings=service.settings)
        if refused is not None:
            return Response(
                refused.body(), status_code=refused.status, headers={**refused.headers, **headers}
            )
        correlation = request.headers.get("x-correlation-id") or uuid.uuid4().hex

        def stream() -> Iterator[bytes]:
            for event in service.turn(parsed, correlation_id=correlation):
                yield event.encode()

        return StreamingResponse(stream(), status_code=200, headers=headers)

    async def preflight(request: Request) -> Response:
        cors = _cors(request, service)
        if cors:
            cors |= {
                "access-control-allow-methods": "POST",
                "access-control-allow-headers": "content-type",
                "access-control-max-age": "600",
            }
        return Response(status_code=204, headers=cors)

    async def health(request: Request) -> Response:
        return JSONResponse({"ok": True, "online": service.online})

    routes: list[Any] = [
        Route("/api/chat", post_chat, methods=["POST"]),
        Route("/api/chat", preflight, methods=["OPTIONS"]),
        Route("/healthz", health, methods=["GET"]),
    ]
    return Starlette(routes=routes)
