"""The MCP server as ``functions/mcp_subscriptions`` needs it: the same admission, no dispatch.

Listen streams are admitted by the endpoint's own ladder (transport checks, ``_meta``
envelope, routing headers, bearer tokens), but nothing is invoked and no ``requestState``
is sealed on a stream, so neither a Lambda client nor a sealing key is loaded for it.
"""

from __future__ import annotations

from typing import Any, cast

from mcp_handlers.envelopes import FunctionAnswer, InvocationEnvelope
from mcp_handlers.invoker import InvocationFailed
from mcp_handlers.request_state import RequestStateSealer
from mcp_handlers.server import McpServer, build_server


class _NoInvoker:
    """The streaming server dispatches no tool or resource: those stay on ``/mcp``."""

    def invoke(self, function: str, envelope: InvocationEnvelope) -> FunctionAnswer:
        raise InvocationFailed(f"{function} is served on /mcp, not on the subscription stream")


class _NoSealer:
    """No round trips happen on a listen stream, so no sealing key is fetched for it."""

    def seal(self, *args: Any, **kwargs: Any) -> str:
        raise RuntimeError("the subscription server seals no requestState")

    def open(self, *args: Any, **kwargs: Any) -> str:
        raise RuntimeError("the subscription server opens no requestState")


def build_listen_server() -> McpServer:
    """The MCP server as the subscription function needs it: same admission, no dispatch."""
    return build_server(invoker=_NoInvoker(), sealer=cast(RequestStateSealer, _NoSealer()))
