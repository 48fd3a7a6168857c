"""After ``contact_owner`` stores a lead: start the owner's approval, and hand a task to clients that follow one.

The lead and its flow come from ``heyfolio.leads.service.submit`` (one per form, the flow
started once per lead); this module only decides what the client gets back. A client that declared the tasks extension gets a
``CreateTaskResult`` bound to the execution; any other client gets the plain result. When
the flow is not configured, the lead is still stored and every client gets the plain result.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

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
        # The task's fields plus the plain result's: a client that advertises the extension without
        # claiming ``resultType: "task"`` (the official SDK's ``advertise()``) still gets a result
        # that validates as a CallToolResult, instead of a validation error on a lead that was stored.
        return {**ToolResult.to_mcp(self), **self.task, "resultType": "task"}


def follow_up(plain: ToolResult, lead_id: str, caller: Caller, *, owner: str, started: bool) -> ToolResult:
    """The final ``contact_owner`` outcome: ``plain``, or a task for a client with the extension.

    ``started``: whether the lead approval flow runs (``heyfolio.leads.service.submit`` started it).
    The lead is stored by now, so a task that cannot be made costs the client its task, not the call:
    it gets the plain result (the lead is still reviewed and the reply still emailed).
    """

    if not started or not declares_extension(caller.client_capabilities):
        return plain

    try:
        ref = create_task("contact_owner", lead_id, caller)
        seed = approval_task(ref, owner=owner)
    except Exception:
        log.exception("lead %s: no task for the client; answering with the plain result", lead_id)
        return plain
    return TaskResult(plain.structured, plain.text, task=seed)
