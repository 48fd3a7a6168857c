"""Wire shapes of the Tasks extension: ``Task``/``DetailedTask`` and ``CreateTaskResult``.

The SDK has no models for the extension (its ``tasks/*`` types are the 2025-11-25 experimental
feature, not wire-compatible), so the endpoint checks what it puts on the wire here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Literal

from mcp_handlers.wire import INTERNAL_ERROR, McpError

TaskStatus = Literal["working", "input_required", "completed", "cancelled", "failed"]
STATUSES: Final = ("working", "input_required", "completed", "cancelled", "failed")
TERMINAL: Final = frozenset({"completed", "cancelled", "failed"})

_REQUIRED: Final = {"taskId": str, "status": str, "createdAt": str, "lastUpdatedAt": str}
_PAYLOAD: Final = {"input_required": "inputRequests", "completed": "result", "failed": "error"}


def task(
    task_id: str,
    status: TaskStatus,
    *,
    created_at: str,
    last_updated_at: str,
    ttl_ms: int | None,
    poll_interval_ms: int | None = None,
    status_message: str | None = None,
    result: Mapping[str, Any] | None = None,
    error: Mapping[str, Any] | None = None,
    input_requests: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """One ``DetailedTask``: the fields every status has plus that status's payload."""
    out: dict[str, Any] = {
        "taskId": task_id,
        "status": status,
        "createdAt": created_at,
        "lastUpdatedAt": last_updated_at,
        "ttlMs": ttl_ms,
    }
    if status_message:
        out["statusMessage"] = status_message
    if poll_interval_ms is not None and status not in TERMINAL:
        out["pollIntervalMs"] = poll_interval_ms
    if status == "completed":
        out["result"] = dict(result or {})
    elif status == "failed":
        out["error"] = dict(error or {"code": INTERNAL_ERROR, "message": "the task failed"})
    elif status == "input_required":
        out["inputRequests"] = dict(input_requests or {})
    return out


def check_task(result: Mapping[str, Any]) -> dict[str, Any]:
    """A ``CreateTaskResult``/``DetailedTask`` as it may go on the wire, or ``INTERNAL_ERROR``."""
    problems = [k for k, kind in _REQUIRED.items() if not isinstance(result.get(k), kind)]
    status = result.get("status")
    if status not in STATUSES:
        problems.append("status")
    ttl = result.get("ttlMs", "missing")
    if ttl is not None and (not isinstance(ttl, int) or isinstance(ttl, bool) or ttl < 0):
        problems.append("ttlMs")
    poll = result.get("pollIntervalMs")
    if poll is not None and (not isinstance(poll, int) or isinstance(poll, bool) or poll <= 0):
        problems.append("pollIntervalMs")
    payload = _PAYLOAD.get(str(status))
    if payload is not None and not isinstance(result.get(payload), Mapping):
        problems.append(payload)
    if problems:
        raise McpError(INTERNAL_ERROR, f"Handler returned an invalid task ({', '.join(problems)})")
    return dict(result)
