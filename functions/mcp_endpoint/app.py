"""Lambda entry point: the MCP protocol endpoint (POST /mcp).

``handler`` serves API Gateway REST proxy events; ``app`` is the same server as an
ASGI application, which the local dev server mounts at ``/mcp``. The server is built
once per process (init phase on Lambda) and reused by every invocation.
"""

from typing import Any

from mcp_handlers.apigw import handle_event
from mcp_handlers.asgi import McpAsgiApp
from mcp_handlers.server import build_server

server = build_server()
app = McpAsgiApp(server)


def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return handle_event(server, event)
