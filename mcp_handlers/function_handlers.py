"""The Lambda handlers of the functions that own tools and resources.

The endpoint sends them an invocation envelope (``mcp_handlers.envelopes``: ``ToolCallEnvelope``
or ``ResourceReadEnvelope``); they answer a ``FunctionAnswer``: ``{"ok": true, "result": {...}}``
or ``{"ok": false, "error": {"code", "message"}}``. The same dicts travel through Lambda Invoke
on AWS and a plain call locally.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from mcp_handlers.envelopes import FunctionAnswer, failure
from mcp_handlers.tools.base import Caller, InputRequired, ToolResult
from mcp_handlers.wire import INTERNAL_ERROR, INVALID_PARAMS, McpError

logger = logging.getLogger("heyfolio.mcp.function")

Handler = Callable[[Any, Any], FunctionAnswer]
"""A function's handler: any event (checked: it comes from outside), a Lambda context, an answer."""


def outcome_to_wire(outcome: ToolResult | InputRequired) -> dict[str, Any]:
    """A tool outcome as the function's answer (``requestState`` still plaintext: the endpoint seals it)."""
    if isinstance(outcome, InputRequired):
        return {
            "resultType": "input_required",
            "inputRequests": dict(outcome.input_requests),
            "requestState": outcome.request_state,
        }
    return outcome.to_mcp()


def tool_function(name: str) -> Handler:
    """The Lambda handler of the function that owns tool ``name``."""

    def handler(event: Any, context: Any) -> FunctionAnswer:
        # The one deferred project import of a tool function: its cold import is this module only;
        # the tool (content, search, storage) loads on the first call.
        from mcp_handlers.catalog import call_tool

        if not isinstance(event, dict) or event.get("kind") != "tools/call":
            return failure(INVALID_PARAMS, f"{name}: expected a tools/call invocation envelope")
        if event.get("name") != name:
            return failure(INVALID_PARAMS, f"this function runs tool '{name}', not {event.get('name')!r}")
        caller = Caller.from_wire(event.get("caller"))
        arguments = event.get("arguments")
        if arguments is not None and not isinstance(arguments, dict):
            return {
                "ok": True,
                "result": ToolResult(None, "arguments must be an object", is_error=True).to_mcp(),
            }
        try:
            outcome = call_tool(
                name,
                arguments,
                caller,
                input_responses=event.get("inputResponses"),
                request_state=event.get("requestState"),
            )
        except Exception:
            logger.exception("tool %s failed", name, extra={"correlation_id": caller.correlation_id})
            message = f"{name} failed inside the portfolio server (correlation id {caller.correlation_id or 'n/a'})."
            return {"ok": True, "result": ToolResult(None, message, is_error=True).to_mcp()}
        return {"ok": True, "result": outcome_to_wire(outcome)}

    handler.__name__ = f"{name}_handler"
    return _observed(handler, name)


def _observed(handler: Handler, name: str) -> Handler:
    """Powertools logging (the endpoint's correlation id, from ``caller.correlationId``) and
    per-tool latency/error metrics around a function handler (``heyfolio.observability``)."""
    from heyfolio.observability import instrument_tool

    return instrument_tool(handler, name)


def resource_function(family: str) -> Handler:
    """The Lambda handler of a resource family's function (``resources_profile`` and friends)."""

    def handler(event: Any, context: Any) -> FunctionAnswer:
        # Deferred for the same reason as the tool handler's catalog import.
        from mcp_handlers import resources

        if not isinstance(event, dict) or event.get("kind") != "resources/read":
            return failure(INVALID_PARAMS, f"{family}: expected a resources/read invocation envelope")
        uri = event.get("uri")
        if not isinstance(uri, str) or resources.owner_function(uri) != family:
            return failure(INVALID_PARAMS, f"{family} does not serve {uri!r}")
        try:
            return {"ok": True, "result": resources.read(uri)}
        except McpError as exc:
            return {"ok": False, "error": exc.to_wire()}
        except Exception:
            correlation = Caller.from_wire(event.get("caller")).correlation_id
            logger.exception("reading %s failed", uri, extra={"correlation_id": correlation})
            return failure(INTERNAL_ERROR, f"reading {uri} failed (correlation id {correlation or 'n/a'})")

    handler.__name__ = f"{family}_handler"
    return _observed(handler, family)
