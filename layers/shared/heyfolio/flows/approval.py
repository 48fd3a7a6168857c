"""Owner approval of a lead: the approval record, the owner's review, and expiry.

The approval flow (``statemachines/approval.asl.json``) waits on a task token that the flow
worker files on the lead's *approval record* (``APPROVAL#<lead_id>`` / ``APPROVAL``).
:func:`review_lead` is the owner's side: it moves the lead ``new -> approved | declined``
with a conditional write (so of two concurrent decisions - or a decision and the timeout -
exactly one wins) and then resumes the flow with the token, which records the decision and
reply for the visitor. ``hold`` sends a heartbeat instead: "seen, give me more time".
The record holds no personal data: the lead does, and erasing the lead erases it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, get_args

from heyfolio.storage import clock

if TYPE_CHECKING:
    from heyfolio.flows.coordinator import FlowRunner

RECORD_SK = "APPROVAL"
RECORD_RETENTION_SECONDS = 400 * 24 * 3600
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
class ApprovalRecord:
    lead_id: str
    status: str
    execution: str | None
    task_token: str | None
    reply: str | None
    decided_at: str | None


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


def record_pk(lead_id: str) -> str:
    return f"APPROVAL#{lead_id}"


def record_key(lead_id: str) -> dict[str, Any]:
    """The approval record's DynamoDB key (typed), as the state machine's ``RecordDecision`` uses it."""
    return {"pk": {"S": record_pk(lead_id)}, "sk": {"S": RECORD_SK}}


def _ddb() -> tuple[Any, str]:
    from heyfolio.aws.clients import client
    from heyfolio.config import get_settings

    return client("dynamodb"), get_settings().table_name


def get_record(lead_id: str) -> ApprovalRecord | None:
    """The approval record of a lead, or ``None`` if no flow has reached the waiting step."""
    ddb, table = _ddb()
    item = ddb.get_item(TableName=table, Key=record_key(lead_id), ConsistentRead=True).get("Item")
    if not item:
        return None

    def s(name: str) -> str | None:
        return item[name]["S"] if name in item and "S" in item[name] else None

    return ApprovalRecord(
        lead_id=lead_id,
        status=s("status") or "waiting",
        execution=s("execution"),
        task_token=s("task_token"),
        reply=s("reply"),
        decided_at=s("decided_at"),
    )


def file_token(lead_id: str, token: str, execution: str | None) -> None:
    """The flow waits for the owner: keep its task token where :func:`review_lead` finds it."""
    ddb, table = _ddb()
    now = clock.now()
    ddb.put_item(
        TableName=table,
        Item={
            **record_key(lead_id),
            "kind": {"S": "approval"},
            "lead_id": {"S": lead_id},
            "status": {"S": "waiting"},
            "task_token": {"S": token},
            "execution": {"S": execution or ""},
            "created_at": {"N": repr(now)},
            "expires_at": {"N": str(int(now + RECORD_RETENTION_SECONDS))},
        },
        # A redelivered task message may file the token again, but never reopen a decided lead.
        ConditionExpression="attribute_not_exists(pk) OR #status = :waiting",
        ExpressionAttributeNames={"#status": "status"},
        ExpressionAttributeValues={":waiting": {"S": "waiting"}},
    )


def set_record_status(lead_id: str, status: str, reply: str | None = None) -> None:
    """Record an outcome decided outside the flow (a cancelled flow records nothing itself)."""
    ddb, table = _ddb()
    values: dict[str, Any] = {":s": {"S": status}, ":at": {"S": _iso_now()}}
    expression = "SET #status = :s, decided_at = :at REMOVE task_token"
    if reply is not None:
        values[":r"] = {"S": reply}
        expression = "SET #status = :s, decided_at = :at, reply = :r REMOVE task_token"
    ddb.update_item(
        TableName=table,
        Key=record_key(lead_id),
        UpdateExpression=expression,
        ExpressionAttributeNames={"#status": "status"},
        ExpressionAttributeValues=values,
    )


def _iso_now() -> str:
    from heyfolio.storage import keys

    return keys.iso(clock.now())


def notification_text(lead_id: str, *, source: str | None, public_url: str) -> str:
    """The owner's email: no personal data of the visitor (that stays in the lead)."""
    return (
        f"A visitor asked to be put in touch (lead {lead_id}{f', via {source}' if source else ''}).\n\n"
        f"Review it on your dashboard ({public_url}/owner) or with the review_lead tool: approve with a "
        f"reply for the visitor, or decline. Without a decision the lead expires after a while; "
        "'hold' keeps it open longer."
    )


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
    from heyfolio.storage import leads
    from heyfolio.storage.errors import Conflict, IllegalTransition, NotFound

    text = _check_arguments(lead_id, decision, reply)
    lead = leads.get(lead_id)
    if lead is None:
        raise ReviewError(404, f"no lead {lead_id!r} (it may have been erased or has expired)")
    if runner is None:
        from heyfolio.flows.coordinator import get_runner

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


def expire_lead(lead_id: str) -> dict[str, str]:
    """The flow's timeout: close the lead as expired, unless a decision won the race.

    Returns what the flow records for the visitor: ``{"status", "reply"}``.
    """
    from heyfolio.storage import leads
    from heyfolio.storage.errors import Conflict, IllegalTransition, NotFound

    try:
        leads.transition(lead_id, "new", "expired")
        return {"status": "expired", "reply": ""}
    except (Conflict, IllegalTransition):
        current = leads.get(lead_id)
        if current is None:
            return {"status": "expired", "reply": ""}
        return {"status": current.status, "reply": current.reply or ""}
    except NotFound:
        return {"status": "expired", "reply": ""}
