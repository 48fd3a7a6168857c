"""Owner approval of a lead: the approval record, the owner's notification, and expiry.

The approval flow (``statemachines/approval.asl.json``) waits on a task token that the flow
worker files on the lead's *approval record* (``APPROVAL#<lead_id>`` / ``APPROVAL``).
The owner's side - approve, decline, hold - is :mod:`heyfolio.flows.review`.
The record holds no personal data: the lead does, and erasing the lead erases it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from heyfolio.aws.clients import client
from heyfolio.config import get_settings
from heyfolio.storage import clock, keys, leads
from heyfolio.storage.errors import Conflict, IllegalTransition, NotFound

RECORD_SK = "APPROVAL"
RECORD_RETENTION_SECONDS = 400 * 24 * 3600


@dataclass(frozen=True)
class ApprovalRecord:
    lead_id: str
    status: str
    execution: str | None
    task_token: str | None
    reply: str | None
    decided_at: str | None


def record_pk(lead_id: str) -> str:
    return f"APPROVAL#{lead_id}"


def record_key(lead_id: str) -> dict[str, Any]:
    """The approval record's DynamoDB key (typed), as the state machine's ``RecordDecision`` uses it."""
    return {"pk": {"S": record_pk(lead_id)}, "sk": {"S": RECORD_SK}}


def _ddb() -> tuple[Any, str]:
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
    """The flow waits for the owner: keep its task token where :func:`heyfolio.flows.review.review_lead` finds it."""
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
    return keys.iso(clock.now())


def notification_text(lead_id: str, *, source: str | None, public_url: str) -> str:
    """The owner's email: no personal data of the visitor (that stays in the lead)."""
    return (
        f"A visitor asked to be put in touch (lead {lead_id}{f', via {source}' if source else ''}).\n\n"
        f"Review it on your dashboard ({public_url}/owner) or with the review_lead tool: approve with a "
        f"reply for the visitor, or decline. Without a decision the lead expires after a while; "
        "'hold' keeps it open longer."
    )


def expire_lead(lead_id: str) -> dict[str, str]:
    """The flow's timeout: close the lead as expired, unless a decision won the race.

    Returns what the flow records for the visitor: ``{"status", "reply"}``.
    """

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
