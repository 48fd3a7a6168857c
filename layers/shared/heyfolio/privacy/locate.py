"""Every stored item of one visitor, as keys: the by_visitor index of both tables.

The index projects keys, ``kind`` and ``expires_at`` only, so callers read whole items by key
when they need them (and read partitions strongly consistent where the index may lag).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from heyfolio.aws.clients import client
from heyfolio.config import get_settings
from heyfolio.storage.tables import BY_VISITOR

STATE = "state"
EVENTS = "events"


@dataclass(frozen=True)
class ItemRef:
    table: str
    """``state`` or ``events``."""
    pk: str
    sk: str
    kind: str
    expires_at: float | None = None


def table_name(table: str) -> str:
    settings = get_settings()
    return settings.table_name if table == STATE else settings.events_table_name


def dynamodb() -> Any:
    return client("dynamodb")


def visitor_items(visitor_id: str, tables: tuple[str, ...] = (STATE, EVENTS)) -> list[ItemRef]:
    """Keys of every item (live or expired) that names ``visitor_id`` in ``tables``, state table first."""

    if not visitor_id:
        return []
    found: list[ItemRef] = []
    for table in tables:
        kwargs: dict[str, Any] = {
            "TableName": table_name(table),
            "IndexName": BY_VISITOR,
            "KeyConditionExpression": "visitor_id = :v",
            "ExpressionAttributeValues": {":v": {"S": visitor_id}},
        }
        while True:
            page = dynamodb().query(**kwargs)
            for item in page.get("Items", []):
                expires = item.get("expires_at", {}).get("N")
                found.append(
                    ItemRef(
                        table,
                        item["pk"]["S"],
                        item["sk"]["S"],
                        item.get("kind", {}).get("S", ""),
                        float(expires) if expires is not None else None,
                    )
                )
            if "LastEvaluatedKey" not in page:
                break
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]
    return found


def get_item(ref: ItemRef) -> dict[str, Any] | None:
    """The whole item behind ``ref`` as plain values (consistent read), or ``None`` if gone."""
    item = (
        dynamodb()
        .get_item(
            TableName=table_name(ref.table),
            Key={"pk": {"S": ref.pk}, "sk": {"S": ref.sk}},
            ConsistentRead=True,
        )
        .get("Item")
    )
    return plain(item) if item else None


def plain(item: dict[str, Any]) -> dict[str, Any]:
    """A DynamoDB attribute map as Python values (numbers as float/int)."""
    from boto3.dynamodb.types import TypeDeserializer

    deserializer = TypeDeserializer()
    out: dict[str, Any] = {}
    for key, value in item.items():
        v = deserializer.deserialize(value)
        if hasattr(v, "is_integer") or type(v).__name__ == "Decimal":
            v = int(v) if v == int(v) else float(v)
        out[key] = v
    return out
