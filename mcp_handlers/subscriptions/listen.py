"""``subscriptions/listen`` where the transport cannot stream, and the streaming server's wiring.

The MCP endpoint on AWS answers API Gateway events with one buffered body, which cannot
carry a stream that stays open: there a listen is refused with ``-32601`` naming the
streaming URL (``/mcp/subscriptions``, also advertised in ``server/discover``). Where ``/mcp``
is served as ASGI (``make dev``, tests), the endpoint hands listens to the streaming app
instead (``mcp_handlers.asgi``), so the request never reaches this refusal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mcp_handlers.subscriptions import SUBSCRIPTIONS_PATH
from mcp_handlers.wire import METHOD_NOT_FOUND, McpError

if TYPE_CHECKING:
    from mcp_handlers.server import McpServer, Request


def streaming_url() -> str:
    from heyfolio.config import get_settings

    return f"{get_settings().public_url}{SUBSCRIPTIONS_PATH}"


def refuse_unstreamed(request: Request) -> dict[str, Any]:
    """The buffered endpoint's answer to a listen: where to send it instead."""
    url = streaming_url()
    raise McpError(
        METHOD_NOT_FOUND,
        f"subscriptions/listen needs a streamed response, which this endpoint cannot give: send it to {url}",
        {"method": "subscriptions/listen", "streamingEndpoint": url},
    )


class _NoInvoker:
    """The streaming server dispatches no tool or resource: those stay on ``/mcp``."""

    def invoke(self, function: str, envelope: dict[str, Any]) -> dict[str, Any]:
        from mcp_handlers.invoker import InvocationFailed

        raise InvocationFailed(f"{function} is served on /mcp, not on the subscription stream")


class _NoSealer:
    """No round trips happen on a listen stream, so no sealing key is fetched for it."""

    def seal(self, *args: Any, **kwargs: Any) -> str:
        raise RuntimeError("the subscription server seals no requestState")

    def open(self, *args: Any, **kwargs: Any) -> str:
        raise RuntimeError("the subscription server opens no requestState")


def build_listen_server() -> McpServer:
    """The MCP server as the subscription function needs it: same admission, no dispatch."""
    from typing import cast

    from mcp_handlers.request_state import RequestStateSealer
    from mcp_handlers.server import build_server

    return build_server(invoker=_NoInvoker(), sealer=cast(RequestStateSealer, _NoSealer()))
