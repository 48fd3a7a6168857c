"""Lambda entry point: the MCP protocol endpoint (POST /mcp).

``handler`` serves API Gateway REST proxy events; ``app`` is the same server as an
ASGI application, which the local dev server mounts at ``/mcp``. The server is built
once per process (init phase on Lambda) and reused by every invocation.
"""

from typing import Any

from heyfolio.limits.protect import ProtectedApp, protect_event
from mcp_handlers.apigw import handle_event
from mcp_handlers.asgi import McpAsgiApp
from mcp_handlers.server import build_server

server = build_server()
# Body caps, JSON depth, no JSON-RPC batches, then the MCP rate limits per client IP.
app = ProtectedApp(McpAsgiApp(server), surface="mcp")


def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    refusal = protect_event(event, surface="mcp", jsonrpc=event.get("httpMethod", "POST") == "POST")
    return refusal if refusal is not None else handle_event(server, event)
