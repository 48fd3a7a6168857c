"""The owner's review of a lead: approve with a reply, decline, or hold.

:func:`review_lead` moves the lead ``new -> approved | declined`` with a conditional write (so of
two concurrent decisions - or a decision and the timeout - exactly one wins) and then resumes the
approval flow with the task token filed on the lead's approval record (:mod:`heyfolio.flows.approval`).
``hold`` sends a heartbeat instead: "seen, give me more time". Kept apart from the approval record
so the flow runner (:mod:`heyfolio.flows.coordinator`) and the review do not import each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

from heyfolio.flows.approval import get_record, set_record_status
from heyfolio.flows.coordinator import FlowRunner, get_runner
from heyfolio.storage import leads
from heyfolio.storage.errors import Conflict, IllegalTransition, NotFound

MAX_REPLY_CHARS = 4000

Decision = Literal["approve", "decline", "hold"]
DECISIONS: tuple[str, ...] = get_args(Decision)
_STATUS_OF = {"approve": "approved", "decline": "declined"}


class ReviewError(Exception):
    """The review cannot be done as asked; ``status`` is the HTTP status that says why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class ReviewResult:
    lead_id: str
    status: str
    reply: str | None
    flow_resumed: bool
    note: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "leadId": self.lead_id,
            "status": self.status,
            "reply": self.reply,
            "flowResumed": self.flow_resumed,
            "note": self.note,
        }


def _check_arguments(lead_id: str, decision: str, reply: str | None) -> str | None:
    if not lead_id or not lead_id.strip():
        raise ReviewError(400, "lead_id must not be empty")
    if decision not in DECISIONS:
        raise ReviewError(400, f"decision must be one of {', '.join(DECISIONS)}, got {decision!r}")
    text = reply.strip() if isinstance(reply, str) else None
    if decision == "approve" and not text:
        raise ReviewError(400, "approving needs a reply: the text the visitor will receive")
    if text and len(text) > MAX_REPLY_CHARS:
        raise ReviewError(400, f"reply is {len(text)} characters; the limit is {MAX_REPLY_CHARS}")
    return text or None


def review_lead(
    lead_id: str, decision: str, reply: str | None = None, *, runner: FlowRunner | None = None
) -> ReviewResult:
    """The owner decides on a lead: ``approve`` (with a reply), ``decline`` or ``hold``.

    Raises :class:`ReviewError` with 400 (bad arguments), 404 (no such lead) or 409 (already
    decided, or nothing to hold).
    """
    text = _check_arguments(lead_id, decision, reply)
    lead = leads.get(lead_id)
    if lead is None:
        raise ReviewError(404, f"no lead {lead_id!r} (it may have been erased or has expired)")
    if runner is None:
        runner = get_runner()
    record = get_record(lead_id)
    token = record.task_token if record is not None and record.status == "waiting" else None
    if decision == "hold":
        if lead.status != "new" or token is None:
            raise ReviewError(409, f"lead {lead_id} is not waiting for a decision (status {lead.status})")
        if not runner.task_heartbeat(token):
            raise ReviewError(409, f"the approval flow of lead {lead_id} is no longer waiting")
        return ReviewResult(lead_id, "new", None, True, "kept open: the expiry clock starts again")
    status = _STATUS_OF[decision]
    try:
        decided = leads.transition(lead_id, "new", status, reply=text)  # type: ignore[arg-type]
    except NotFound:
        raise ReviewError(404, f"no lead {lead_id!r} (it may have been erased or has expired)") from None
    except (Conflict, IllegalTransition):
        current = leads.get(lead_id)
        raise ReviewError(
            409, f"lead {lead_id} was already {current.status if current else 'closed'}; nothing changed"
        ) from None
    if token is None:
        # The flow may have filed its token since we looked (it started late): resume it now, or the
        # visitor is never told. The flow also checks the lead after filing; one of us sees the other.
        late = get_record(lead_id)
        token = late.task_token if late is not None and late.status == "waiting" else None
    if token is None:
        return ReviewResult(lead_id, decided.status, text, False, "decided (no approval flow was waiting)")
    resumed = runner.task_success(token, {"status": status, "reply": text or ""})
    if not resumed:
        # The flow stopped waiting (timed out or cancelled) after our transition won: the lead
        # holds the owner's decision; record it for the visitor ourselves.
        set_record_status(lead_id, status, text or "")
    return ReviewResult(
        lead_id,
        decided.status,
        text,
        resumed,
        "the visitor will see your reply"
        if status == "approved"
        else "the visitor will be told you declined",
    )
