"""Lambda entry point: MCP change subscriptions (``POST /mcp/subscriptions``) and the browser feed (``GET /api/changes``).

``app`` is the ASGI app ``run.sh`` serves with uvicorn behind the Lambda Web Adapter, which
streams each response through API Gateway (REST response streaming), and that ``make dev``
mounts directly; ``handler`` answers a plain API Gateway event with a short listen window,
buffered (sample events, ``sam local invoke``). See mcp_handlers/subscriptions.
"""

from __future__ import annotations

from typing import Any, cast

from heyfolio.guards.apigw import guarded
from heyfolio.limits.protect import ProtectedApp
from mcp_handlers.envelopes import ApiGatewayEvent
from mcp_handlers.subscriptions.apigw import BUFFERED_WINDOW_SECONDS, handle_event
from mcp_handlers.subscriptions.asgi import SubscriptionsApp
from mcp_handlers.subscriptions.stream import StreamLimits

# /api/changes is the page's own feed: it counts on the read API's buckets, not MCP's.
app = ProtectedApp(SubscriptionsApp(), surface="mcp", path_surfaces={"/api/": "api"})
_buffered: Any = None


def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """Buffered path: the frames of a short window in one API Gateway response."""
    global _buffered

    if _buffered is None:
        from heyfolio.observability import instrument

        limits = StreamLimits(max_seconds=BUFFERED_WINDOW_SECONDS, poll_interval=0.1)
        app = ProtectedApp(SubscriptionsApp(limits=limits), surface="mcp", path_surfaces={"/api/": "api"})
        # Powertools (JSON logs, correlation id, request metrics) on this path only, as in functions/chat.
        # The body policy on the event itself (any method), before it becomes an ASGI request.
        _buffered = instrument(
            guarded(lambda e, c: dict(handle_event(app, cast(ApiGatewayEvent, e)))),
            correlation_id_path="requestContext.requestId",
        )
    result: dict[str, Any] = _buffered(event, context)
    return result
