"""``subscriptions/listen`` where the transport cannot stream.

The MCP endpoint on AWS answers API Gateway events with one buffered body, which cannot
carry a stream that stays open: there a listen is refused with ``-32601`` naming the
streaming URL (``/mcp/subscriptions``, also advertised in ``server/discover``). Where ``/mcp``
is served as ASGI (``make dev``, tests), the endpoint hands listens to the streaming app
instead (``mcp_handlers.asgi``), so the request never reaches this refusal.
"""

from __future__ import annotations

from typing import NoReturn

from heyfolio.config import get_settings
from mcp_handlers.subscriptions import SUBSCRIPTIONS_PATH
from mcp_handlers.wire import METHOD_NOT_FOUND, McpError


def streaming_url() -> str:
    return f"{get_settings().public_url}{SUBSCRIPTIONS_PATH}"


def refuse_unstreamed() -> NoReturn:
    """The buffered endpoint's answer to a listen: where to send it instead."""
    url = streaming_url()
    raise McpError(
        METHOD_NOT_FOUND,
        f"subscriptions/listen needs a streamed response, which this endpoint cannot give: send it to {url}",
        {"method": "subscriptions/listen", "streamingEndpoint": url},
    )
