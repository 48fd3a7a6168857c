"""``tasks/get``, ``tasks/update`` and ``tasks/cancel`` (SEP-2663), served by the MCP endpoint.

Each request is checked against the caller the task is bound to; ``update`` and ``cancel``
answer an empty acknowledgement (the SEP's eventual consistency), ``get`` the whole
``DetailedTask``. ``tasks/result`` is not part of the extension: it stays "method not found" (a completed task
carries its result). ``contact_owner`` tasks follow the owner-approval flow; ``ask_analytics``
tasks follow an analytics query's execution (``mcp_handlers.tasks.ask``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from heyfolio.flows.coordinator import get_runner
from heyfolio.published import get_published
from mcp_handlers.tasks import EXTENSION, ask, declares_extension, inputs
from mcp_handlers.tasks.status import approval_task
from mcp_handlers.tasks.store import TaskRef, find_task
from mcp_handlers.tools.base import Caller
from mcp_handlers.wire import INVALID_PARAMS, METHOD_NOT_FOUND, MISSING_REQUIRED_CLIENT_CAPABILITY, McpError

_PARAMS = {
    "tasks/get": frozenset({"taskId", "_meta"}),
    "tasks/cancel": frozenset({"taskId", "_meta"}),
    "tasks/update": frozenset({"taskId", "inputResponses", "_meta"}),
}


def _owner_name() -> str:
    return get_published().portfolio.owner_name


def _check_tool(ref: TaskRef) -> None:
    if ref.tool not in ("contact_owner", ask.TOOL):  # the tools that make tasks
        raise McpError(INVALID_PARAMS, "Unknown or expired task", {"taskId": ref.task_id})


def handle_task_method(method: str, params: Mapping[str, Any], caller: Caller) -> dict[str, Any]:
    """Answer one ``tasks/*`` request for ``caller``; raises ``McpError`` for the wire."""
    allowed = _PARAMS.get(method)
    if allowed is None:
        raise McpError(METHOD_NOT_FOUND, "Method not found", method)

    if not declares_extension(caller.client_capabilities):
        raise McpError(
            MISSING_REQUIRED_CLIENT_CAPABILITY,
            "Missing required client capability",
            {"requiredCapabilities": {"extensions": {EXTENSION: {}}}},
        )
    ref = find_task(params.get("taskId"), caller)
    _check_tool(ref)
    if ref.tool == ask.TOOL:
        return _ask_task_method(method, params, ref)
    if method == "tasks/get":
        return approval_task(ref, owner=_owner_name())
    if method == "tasks/update":
        responses = params.get("inputResponses")
        if not isinstance(responses, Mapping):
            raise McpError(INVALID_PARAMS, "params.inputResponses must be an object keyed by input request")

        inputs.answer(ref.lead_id, responses)
        return {}

    get_runner().cancel_approval(ref.lead_id)
    return {}


def _responses(params: Mapping[str, Any]) -> Mapping[str, Any]:
    responses = params.get("inputResponses")
    if not isinstance(responses, Mapping):
        raise McpError(INVALID_PARAMS, "params.inputResponses must be an object keyed by input request")
    return responses


def _ask_task_method(method: str, params: Mapping[str, Any], ref: TaskRef) -> dict[str, Any]:
    """An ``ask_analytics`` query's task (``mcp_handlers.tasks.ask``)."""
    if method == "tasks/get":
        return ask.query_task(ref, heartbeat=True)
    if method == "tasks/update":
        ask.update(ref, _responses(params))
        return {}
    ask.cancel(ref)
    return {}
