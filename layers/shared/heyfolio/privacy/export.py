"""``GET /api/me/export``: everything stored about one visitor, as one JSON document.

Sections: ``sessions``, ``conversations`` (with their messages), ``memories`` (what the chat
remembers about them), ``leads`` (contact requests, decrypted), ``questions`` (the question
log), ``usage`` (model calls made for them) and ``tool_calls``. Expired items that DynamoDB has
not swept yet are included and marked: they are still stored, so they are the visitor's data.
"""

from __future__ import annotations

import json
import time
from typing import Any

from heyfolio.memory.extract import FACT_KINDS
from heyfolio.memory.store import get_memory
from heyfolio.privacy.locate import ItemRef, dynamodb, get_item, plain, table_name, visitor_items
from heyfolio.storage import leads

FORMAT = "heyfolio-visitor-export/1"


def _meta(raw: Any) -> Any:
    if not raw:
        return {}
    try:
        return json.loads(raw)
    except (TypeError, ValueError):
        return {}


def _conversation(ref: ItemRef) -> dict[str, Any] | None:
    partition = dynamodb().query(
        TableName=table_name(ref.table),
        KeyConditionExpression="pk = :pk",
        ExpressionAttributeValues={":pk": {"S": ref.pk}},
        ConsistentRead=True,
    )
    items = [plain(i) for i in partition.get("Items", [])]
    meta = next((i for i in items if i.get("kind") == "conversation"), None)
    if meta is None:
        return None
    messages = sorted((i for i in items if i.get("kind") == "message"), key=lambda m: m.get("seq", 0))
    return {
        "conversation_id": meta.get("conversation_id"),
        "title": meta.get("title"),
        "created_at": meta.get("created_at"),
        "updated_at": meta.get("updated_at"),
        "expires_at": meta.get("expires_at"),
        "messages": [
            {
                "seq": m.get("seq"),
                "role": m.get("role"),
                "content": m.get("content"),
                "created_at": m.get("created_at"),
                "meta": _meta(m.get("meta_json")),
            }
            for m in messages
        ],
    }


def _lead(item: dict[str, Any]) -> dict[str, Any]:
    lead = leads.get(str(item.get("lead_id")))
    # An expired lead is no longer returned by the repository; its stored fields still count.
    email, message = (lead.email, lead.message) if lead is not None else (None, None)
    return {
        "lead_id": item.get("lead_id"),
        "status": item.get("status"),
        "name": item.get("name"),
        "email": email,
        "message": message,
        "consent": item.get("consent"),
        "consent_at": item.get("consent_at"),
        "created_at": item.get("created_at"),
        "decided_at": item.get("decided_at"),
        "reply": item.get("reply"),
        "erased": item.get("erased_at") is not None,
    }


def export_visitor(visitor_id: str, *, memory: Any = None) -> dict[str, Any]:
    """The export document for ``visitor_id`` (see the module docstring for its sections)."""
    now = time.time()
    doc: dict[str, Any] = {
        "format": FORMAT,
        "visitor_id": visitor_id,
        "exported_at": now,
        "sessions": [],
        "conversations": [],
        "memories": [],
        "leads": [],
        "questions": [],
        "usage": [],
        "tool_calls": [],
        "other": [],
    }
    for ref in visitor_items(visitor_id):
        if ref.kind == "message":
            continue  # exported with their conversation
        if ref.kind == "conversation":
            conversation = _conversation(ref)
            if conversation is not None:
                doc["conversations"].append(conversation)
            continue
        item = get_item(ref)
        if item is None:
            continue
        expired = item.get("expires_at") is not None and float(item["expires_at"]) <= now
        if ref.kind == "session":
            doc["sessions"].append(
                {
                    "session_id": item.get("session_id"),
                    "created_at": item.get("created_at"),
                    "last_seen_at": item.get("last_seen_at"),
                    "expires_at": item.get("expires_at"),
                    "data": _meta(item.get("data_json")),
                    "expired": expired,
                }
            )
        elif ref.kind == "lead":
            doc["leads"].append(_lead(item))
        elif ref.kind == "audit":
            detail = _meta(item.get("detail_json"))
            doc["questions"].append(
                {
                    "action": item.get("action"),
                    "question": detail.get("question"),
                    "source": detail.get("source"),
                    "outcome": item.get("outcome"),
                    "at": item.get("created_at"),
                }
            )
        elif ref.kind == "usage":
            doc["usage"].append(
                {
                    "model": item.get("model"),
                    "input_tokens": item.get("input_tokens"),
                    "output_tokens": item.get("output_tokens"),
                    "cost_usd": (item.get("cost_microusd") or 0) / 1e6,
                    "purpose": item.get("purpose"),
                    "at": item.get("created_at"),
                }
            )
        elif ref.kind == "invocation":
            doc["tool_calls"].append(
                {"tool": item.get("tool"), "outcome": item.get("outcome"), "at": item.get("created_at")}
            )
        else:
            doc["other"].append(
                {"kind": ref.kind, "created_at": item.get("created_at"), "expires_at": item.get("expires_at")}
            )
    doc["memories"] = _memories(visitor_id, memory)
    return doc


def _memories(visitor_id: str, memory: Any) -> list[dict[str, Any]]:
    store = memory or get_memory()
    # One vector per (visitor, kind), and queries are filtered on the visitor: top_k covers them all.
    found = store.recall(visitor_id, "visitor", top_k=len(FACT_KINDS) * 2)
    return [{"kind": m.fact.kind, "value": m.fact.value, "at": m.at} for m in found]
