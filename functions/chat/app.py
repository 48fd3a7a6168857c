"""Lambda entry point: the visitor chat, ``POST /api/chat`` (server-sent events).

Two ways in, one service: ``app`` is the ASGI app that ``run.sh`` serves with uvicorn behind
the Lambda Web Adapter (streamed responses on AWS) and that ``make dev`` mounts directly;
``handler`` answers a plain API Gateway event with the whole stream buffered (sample events,
``sam local invoke``). See ``heyfolio/chat/README.md`` for the wire format.
"""

from __future__ import annotations

from typing import Any

from heyfolio.chat.apigw import handle
from heyfolio.chat.asgi import create_app
from heyfolio.chat.engine import Chat
from heyfolio.guards.apigw import guarded
from heyfolio.guards.asgi import BodyGuard

chat = Chat()
# The body policy (cap, JSON depth and strictness: heyfolio.guards) before the chat reads a byte.
app = BodyGuard(create_app(chat))
_instrumented: Any = None


def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """Buffered path: the whole SSE body in one API Gateway response."""
    global _instrumented
    if _instrumented is None:
        # Powertools only on this path: the streaming path never imports it.
        from heyfolio.observability import instrument

        def _run(e: dict[str, Any], c: Any) -> dict[str, Any]:
            return handle(e, chat, correlation_id=getattr(c, "aws_request_id", ""))

        _instrumented = instrument(guarded(_run), correlation_id_path="requestContext.requestId")
    result: dict[str, Any] = _instrumented(event, context)
    return result
