"""Demo state and time series in the state table (plain boto3 items, like the change stream).

``pk = DEMO#<digest of the URL>``: ``sk = STATE`` holds the current state (a JSON document),
``sk = T#<iso time>`` one check each, expiring after ``SERIES_DAYS``.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from heyfolio.storage import keys

SERIES_DAYS = 30
STATE_SK = "STATE"


def _table() -> tuple[Any, str]:
    from heyfolio.aws.clients import client
    from heyfolio.config import get_settings

    return client("dynamodb"), get_settings().table_name


def demo_pk(url: str) -> str:
    return "DEMO#" + hashlib.sha256(url.encode()).hexdigest()[:24]


def load_state(url: str) -> dict[str, Any] | None:
    ddb, table = _table()
    item = ddb.get_item(TableName=table, Key={"pk": {"S": demo_pk(url)}, "sk": {"S": STATE_SK}}).get("Item")
    return json.loads(item["doc"]["S"]) if item else None


def save_state(url: str, state: dict[str, Any]) -> None:
    ddb, table = _table()
    ddb.put_item(
        TableName=table,
        Item={
            "pk": {"S": demo_pk(url)},
            "sk": {"S": STATE_SK},
            "doc": {"S": json.dumps(state, sort_keys=True)},
        },
    )


def append_check(url: str, check: dict[str, Any], at: float) -> None:
    ddb, table = _table()
    ddb.put_item(
        TableName=table,
        Item={
            "pk": {"S": demo_pk(url)},
            "sk": {"S": f"T#{keys.iso(at)}"},
            "doc": {"S": json.dumps(check, sort_keys=True)},
            "expires_at": {"N": str(int(at + SERIES_DAYS * 86400))},
        },
    )


def series(url: str, *, limit: int = 100, now: float | None = None) -> list[dict[str, Any]]:
    """The most recent checks, newest first (expired items filtered: TTL deletes late)."""
    ddb, table = _table()
    response = ddb.query(
        TableName=table,
        KeyConditionExpression="pk = :pk AND begins_with(sk, :t)",
        ExpressionAttributeValues={":pk": {"S": demo_pk(url)}, ":t": {"S": "T#"}},
        ScanIndexForward=False,
        Limit=limit,
    )
    out = []
    for item in response.get("Items", []):
        if now is not None and float(item.get("expires_at", {}).get("N", "inf")) <= now:
            continue
        out.append(json.loads(item["doc"]["S"]))
    return out
