"""Lambda entry point: the MCP protocol endpoint (POST /mcp).

``handler`` serves API Gateway REST proxy events; ``app`` is the same server as an
ASGI application, which the local dev server mounts at ``/mcp``. The server is built
once per process (init phase on Lambda) and reused by every invocation.
"""

from typing import Any, cast

from heyfolio.limits.protect import ProtectedApp, protect_event
from heyfolio.observability import instrument, logger
from mcp_handlers.apigw import handle_event
from mcp_handlers.asgi import McpAsgiApp
from mcp_handlers.envelopes import ApiGatewayEvent
from mcp_handlers.server import build_server

server = build_server()
# Body caps, JSON depth, no JSON-RPC batches, then the MCP rate limits per client IP.
app = ProtectedApp(McpAsgiApp(server), surface="mcp")


def _handle(event: dict[str, Any], context: Any) -> dict[str, Any]:
    # The id the server puts in every envelope (x-correlation-id, else API Gateway's request id):
    # the same on this function's log lines and on those of the tool function it invokes.
    headers = {k.lower(): v for k, v in (event.get("headers") or {}).items()}
    logger.set_correlation_id(
        headers.get("x-correlation-id") or (event.get("requestContext") or {}).get("requestId")
    )
    refusal = protect_event(event, surface="mcp", jsonrpc=event.get("httpMethod", "POST") == "POST")
    if refusal is not None:
        return refusal
    return dict(handle_event(server, cast(ApiGatewayEvent, event)))


handler = instrument(_handle)
