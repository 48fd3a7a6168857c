"""``DELETE /api/me``: erase one visitor everywhere, and prove it by looking again.

Deleted: sessions, conversations with every message, handles, the visitor's question, usage
and tool-call records (events table - the one place where the append-only log gives way:
erasure is the visitor's right, and only the privacy function holds ``DeleteItem`` there),
and long-term memories with their vectors. Leads are kept for the owner's statistics but lose
name, email, message, reply *and* the visitor id (``leads.erase_personal`` plus one update).
Afterwards the index is queried again; anything still listed is reported, not hidden.
The analytics export (Parquet files locally, S3 on AWS) loses the visitor's rows too
(``heyfolio.analytics.erase``): the files holding them are rewritten without them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from heyfolio.analytics.erase import VisitorRows, erase_visitor_rows
from heyfolio.memory.store import get_memory
from heyfolio.privacy.locate import STATE, ItemRef, dynamodb, get_item, table_name, visitor_items
from heyfolio.storage import leads

logger = logging.getLogger("heyfolio.privacy")

DELETED_KINDS = frozenset(
    {
        "session",
        "conversation",
        "message",
        "handle",
        "audit",
        "usage",
        "invocation",
        "revoked_token",
        "insight",
    }
)


@dataclass
class ErasureReport:
    deleted: dict[str, int] = field(default_factory=dict)
    leads_anonymised: int = 0
    memories_forgotten: bool = False
    analytics_rows_removed: int = 0
    analytics_erased: bool = False
    remaining: list[str] = field(default_factory=list)
    """``kind`` of any item still found after erasure (should be empty)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "deleted": dict(self.deleted),
            "leads_anonymised": self.leads_anonymised,
            "memories_forgotten": self.memories_forgotten,
            "analytics_rows_removed": self.analytics_rows_removed,
            "analytics_erased": self.analytics_erased,
            "remaining": list(self.remaining),
            "complete": not self.remaining and self.memories_forgotten and self.analytics_erased,
        }


def _delete(ref: ItemRef) -> None:
    dynamodb().delete_item(TableName=table_name(ref.table), Key={"pk": {"S": ref.pk}, "sk": {"S": ref.sk}})


def _conversation_partition(ref: ItemRef) -> list[ItemRef]:
    # Consistent read of the whole partition: a message appended a moment ago is not yet in the index.
    out: list[ItemRef] = []
    kwargs: dict[str, Any] = {
        "TableName": table_name(STATE),
        "KeyConditionExpression": "pk = :pk",
        "ExpressionAttributeValues": {":pk": {"S": ref.pk}},
        "ConsistentRead": True,
        "ProjectionExpression": "pk, sk, kind",
    }
    while True:
        page = dynamodb().query(**kwargs)
        out += [
            ItemRef(STATE, i["pk"]["S"], i["sk"]["S"], i.get("kind", {}).get("S", ""))
            for i in page.get("Items", [])
        ]
        if "LastEvaluatedKey" not in page:
            return out
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def _anonymise_lead(ref: ItemRef) -> None:
    leads.erase_personal(ref.pk.removeprefix("LEAD#"))
    dynamodb().update_item(
        TableName=table_name(ref.table),
        Key={"pk": {"S": ref.pk}, "sk": {"S": ref.sk}},
        UpdateExpression="REMOVE visitor_id",
        ConditionExpression="attribute_exists(pk)",
    )


def erase_visitor(visitor_id: str, *, memory: Any = None) -> ErasureReport:
    """Erase ``visitor_id`` from every store; the report says what went and what (if anything) stayed."""

    report = ErasureReport()
    done: set[tuple[str, str, str]] = set()
    refs = visitor_items(visitor_id)
    # What finds the visitor's rows in the analytics export, read before the records go.
    ids = {
        p: {r.pk.removeprefix(p) for r in refs if r.pk.startswith(p)} for p in ("SESSION#", "CONV#", "LEAD#")
    }
    for ref in refs:
        targets = _conversation_partition(ref) if ref.kind == "conversation" else [ref]
        for target in targets:
            key = (target.table, target.pk, target.sk)
            if key in done:
                continue
            done.add(key)
            if target.kind == "lead":
                _anonymise_lead(target)
                report.leads_anonymised += 1
            elif target.kind in DELETED_KINDS or target.pk.startswith("CONV#"):
                _delete(target)
                report.deleted[target.kind] = report.deleted.get(target.kind, 0) + 1
            else:
                # An entity this code does not know yet: deleting is the safe side of erasure.
                logger.warning("erasing an item of unknown kind", extra={"kind": target.kind})
                _delete(target)
                report.deleted[target.kind or "unknown"] = report.deleted.get(target.kind or "unknown", 0) + 1
    try:
        (memory or get_memory()).forget(visitor_id)
        report.memories_forgotten = True
    except Exception:
        logger.error("long-term memory could not be erased", exc_info=True)
    try:
        erased = erase_visitor_rows(
            VisitorRows(
                visitor_id,
                sessions=frozenset(ids["SESSION#"]),
                conversations=frozenset(ids["CONV#"]),
                leads=frozenset(ids["LEAD#"]),
            )
        )
        report.analytics_rows_removed = sum(erased.removed.values())
        report.analytics_erased = True
    except Exception:
        logger.error("the analytics export could not be erased", exc_info=True)
    # The index lags on AWS: confirm each listed item with a consistent read before calling it left over.

    left = []
    for ref in visitor_items(visitor_id):
        item = get_item(ref)
        if item is not None and item.get("visitor_id") == visitor_id:
            left.append(ref.kind)
    report.remaining = sorted(set(left))
    return report
