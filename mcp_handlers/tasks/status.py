"""An owner-approval execution's state as the ``DetailedTask`` that ``tasks/get`` returns.

The task holds no state of its own: Step Functions (the execution), the lead and the flow's
input requests are the truth, read on every poll, so any endpoint instance answers the same.

| execution                          | task                                             |
| ---------------------------------- | ------------------------------------------------ |
| running, no visitor input pending  | ``working`` (poll slowly while the owner decides) |
| running, input requested           | ``input_required`` with the requests              |
| succeeded                          | ``completed``: the contact_owner result with the owner's decision and reply |
| aborted, or withdrawn by ``tasks/cancel`` | ``cancelled``                              |
| failed / timed out / never started | ``failed`` with a JSON-RPC error                  |
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from heyfolio.flows.approval import get_record
from heyfolio.flows.coordinator import get_runner
from heyfolio.storage import clock, keys
from mcp_handlers.tasks import inputs, shapes
from mcp_handlers.tasks.store import TaskRef
from mcp_handlers.wire import INTERNAL_ERROR

if TYPE_CHECKING:
    from heyfolio.flows.coordinator import FlowRunner, FlowStatus

STARTING_POLL_MS = 2_000
"""While the owner is being notified (seconds)."""
OWNER_POLL_MS = 30_000
"""While a person decides (days): polling faster learns nothing sooner."""


def _iso(ts: float) -> str:
    return keys.iso(ts)


def _withdrawn(lead_id: str) -> bool:
    record = get_record(lead_id)
    return record is not None and record.status == "cancelled"


def contact_result(lead_id: str, decision: Mapping[str, Any], owner: str) -> dict[str, Any]:
    """What ``contact_owner`` returns once the owner decided (the completed task's ``result``)."""
    status = str(decision.get("status") or "")
    reply = str(decision.get("reply") or "").strip() or None
    if status == "approved":
        text = f"{owner} replied: {reply}" if reply else f"{owner} approved your request."
        outcome = "approved"
    elif status == "declined":
        text = f"{owner} read your message and declined to follow up."
        outcome = "owner_declined"
    else:
        text = f"{owner} did not answer before your request expired; nothing more will be sent."
        outcome = "expired"
    structured: dict[str, Any] = {"status": outcome, "stored": True, "leadId": lead_id}
    if reply and outcome == "approved":
        structured["reply"] = reply
    return {"content": [{"type": "text", "text": text}], "isError": False, "structuredContent": structured}


def approval_task(
    ref: TaskRef, *, owner: str, runner: FlowRunner | None = None, flow: FlowStatus | None = None
) -> dict[str, Any]:
    """The task for ``ref`` now (``flow``: an already-read execution status, else read it)."""

    if flow is None:
        if runner is None:
            runner = get_runner()
        flow = runner.describe_approval(ref.lead_id)
    common: dict[str, Any] = {
        "created_at": _iso(ref.created_at),
        "last_updated_at": _iso(clock.now()),
        "ttl_ms": int((ref.expires_at - ref.created_at) * 1000),
    }
    if flow is None:
        error = {"code": INTERNAL_ERROR, "message": "the owner-approval flow of this request was not found"}
        return shapes.task(ref.task_id, "failed", error=error, **common)
    if flow.state == "completed":
        result = contact_result(ref.lead_id, flow.output or {}, owner)
        return shapes.task(
            ref.task_id, "completed", result=result, status_message=result["content"][0]["text"], **common
        )
    if flow.state in ("working", "waiting_for_owner") and _withdrawn(ref.lead_id):
        # Stopping an execution is eventually consistent; the cancel's own record is not.
        flow = replace(flow, state="cancelled")
    if flow.state == "cancelled":
        return shapes.task(ref.task_id, "cancelled", status_message="The request was withdrawn.", **common)
    if flow.state == "failed":
        error = {
            "code": INTERNAL_ERROR,
            "message": f"the owner-approval flow failed: {flow.error or 'unknown'}",
        }
        return shapes.task(ref.task_id, "failed", error=error, **common)
    pending = inputs.outstanding(ref.lead_id)
    if pending:
        return shapes.task(
            ref.task_id,
            "input_required",
            input_requests=pending,
            poll_interval_ms=STARTING_POLL_MS,
            status_message=f"{owner}'s side needs something from you before it can go on.",
            **common,
        )
    waiting = flow.state == "waiting_for_owner"
    return shapes.task(
        ref.task_id,
        "working",
        poll_interval_ms=OWNER_POLL_MS if waiting else STARTING_POLL_MS,
        status_message=f"Waiting for {owner} to review your message."
        if waiting
        else f"Letting {owner} know about your message.",
        **common,
    )
