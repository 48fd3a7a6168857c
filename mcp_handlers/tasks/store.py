"""Task ids: server-minted handles (``heyfolio.storage.handles``) bound to the caller that got them.

A task id is 192 random bits, so it cannot be guessed; it is also bound to the caller's
identity (the bearer token's subject, or "no identity" for an anonymous client), and every
``tasks/*`` request checks that binding. A task of another caller answers exactly like an
unknown one, so an id never reveals that someone else's task exists.
"""

from __future__ import annotations

from dataclasses import dataclass

from heyfolio.storage import handles
from mcp_handlers.tools.base import Caller
from mcp_handlers.wire import INVALID_PARAMS, McpError

KIND = "mcp-task"
TTL_SECONDS = 15 * 24 * 3600
"""Longer than the approval flow can wait (14 days by default), so a task outlives its execution."""


@dataclass(frozen=True)
class TaskRef:
    """What a task id stands for: the tool call it augments and the lead whose flow runs it."""

    task_id: str
    tool: str
    lead_id: str
    created_at: float
    expires_at: float


def create_task(tool: str, lead_id: str, caller: Caller, *, ttl_seconds: int = TTL_SECONDS) -> TaskRef:
    """Mint a task id for the flow of ``lead_id`` (a lead, or an analytics query), bound to ``caller``;
    durable when this returns."""

    task_id = handles.mint(
        KIND, {"tool": tool, "lead": lead_id}, ttl_seconds=ttl_seconds, visitor_id=caller.subject
    )
    found = handles.resolve(task_id, KIND)
    if found is None:  # a consistent read right after the write: the SEP's "durably created"
        raise RuntimeError("the task was not stored")
    return TaskRef(task_id, tool, lead_id, found.created_at, found.expires_at)


def unknown_task(task_id: str) -> McpError:
    return McpError(INVALID_PARAMS, "Unknown or expired task", {"taskId": task_id})


def find_task(task_id: object, caller: Caller) -> TaskRef:
    """The caller's task ``task_id``; ``-32602`` if unknown, expired or bound to someone else."""

    if not isinstance(task_id, str) or not task_id or len(task_id) > 200:
        raise McpError(INVALID_PARAMS, "params.taskId must be a non-empty string")
    found = handles.resolve(task_id, KIND)
    if found is None or found.visitor_id != caller.subject:
        raise unknown_task(task_id)
    tool, lead = found.payload.get("tool"), found.payload.get("lead")
    if not isinstance(tool, str) or not isinstance(lead, str):
        raise unknown_task(task_id)
    return TaskRef(task_id, tool, lead, found.created_at, found.expires_at)
