"""After ``contact_owner`` stores a lead: start the owner's approval, and hand a task to clients that follow one.

Starting the flow is idempotent per lead (the execution is named after it), so a retried
final round starts nothing twice. A client that declared the tasks extension gets a
``CreateTaskResult`` bound to the execution; any other client gets the plain result. When
the flow is not configured, the lead is still stored and every client gets the plain result.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from heyfolio.flows.coordinator import FlowsNotConfigured, get_runner
from mcp_handlers.tasks import declares_extension
from mcp_handlers.tasks.status import approval_task
from mcp_handlers.tasks.store import create_task
from mcp_handlers.tools.base import Caller, ToolResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TaskResult(ToolResult):
    """A tool outcome that is a ``CreateTaskResult``: the endpoint forwards ``task`` as is."""

    task: Mapping[str, Any] = field(default_factory=dict)

    def to_mcp(self) -> dict[str, Any]:
        return {**self.task, "resultType": "task"}


def start_approval(lead_id: str) -> bool:
    """Start the lead's approval flow; ``False`` (logged) when flows are not configured here."""

    try:
        get_runner().start_approval(lead_id, source="mcp")
    except FlowsNotConfigured as exc:
        log.warning("lead %s stored without an approval flow: %s", lead_id, exc)
        return False
    return True


def follow_up(plain: ToolResult, lead_id: str, caller: Caller, *, owner: str) -> ToolResult:
    """The final ``contact_owner`` outcome: ``plain``, or a task for a client with the extension."""

    started = start_approval(lead_id)
    if not started or not declares_extension(caller.client_capabilities):
        return plain

    ref = create_task("contact_owner", lead_id, caller)
    seed = approval_task(ref, owner=owner)
    return TaskResult(plain.structured, plain.text, task=seed)
