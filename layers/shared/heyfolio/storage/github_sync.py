"""The reconcile's bookkeeping: ETags of GitHub API responses and where the last run stopped.

An ETag per URL lets the next run ask ``If-None-Match`` and get ``304 Not Modified`` - no
body, and (with a token) no cost against the rate limit. The run state remembers the
position in the list of repositories and, after a rate limit, the time before which
GitHub must not be asked again. Plain boto3 items in the state table.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from heyfolio.aws.clients import client
from heyfolio.config import get_settings
from heyfolio.storage import clock

ETAG_RETENTION_SECONDS = 30 * 24 * 3600
STATE_PK = "GITHUB#RECONCILE"
STATE_SK = "STATE"


@dataclass(frozen=True)
class RunState:
    next_index: int = 0
    not_before: float = 0.0
    last_run_at: float | None = None


def _client() -> tuple[Any, str]:
    return client("dynamodb"), get_settings().table_name


def _etag_key(url: str) -> dict[str, Any]:
    digest = hashlib.sha256(url.encode()).hexdigest()[:32]
    return {"pk": {"S": f"GHETAG#{digest}"}, "sk": {"S": "ETAG"}}


def get_etag(url: str) -> str | None:
    """The ETag GitHub gave for ``url`` last time (``None`` if unknown or stale)."""
    ddb, table = _client()
    item = ddb.get_item(TableName=table, Key=_etag_key(url), ConsistentRead=True).get("Item")
    if not item or item.get("url", {}).get("S") != url:
        return None
    if float(item.get("expires_at", {}).get("N", "inf")) <= clock.now():
        return None
    return str(item["etag"]["S"])


def put_etag(url: str, etag: str) -> None:
    ddb, table = _client()
    now = clock.now()
    ddb.put_item(
        TableName=table,
        Item={
            **_etag_key(url),
            "kind": {"S": "github_etag"},
            "url": {"S": url},
            "etag": {"S": etag},
            "created_at": {"N": repr(now)},
            "expires_at": {"N": str(int(now + ETAG_RETENTION_SECONDS))},
        },
    )


def get_state() -> RunState:
    ddb, table = _client()
    item = ddb.get_item(
        TableName=table, Key={"pk": {"S": STATE_PK}, "sk": {"S": STATE_SK}}, ConsistentRead=True
    ).get("Item")
    if not item:
        return RunState()
    return RunState(
        next_index=int(item.get("next_index", {}).get("N", "0")),
        not_before=float(item.get("not_before", {}).get("N", "0")),
        last_run_at=float(item["last_run_at"]["N"]) if "last_run_at" in item else None,
    )


def put_state(state: RunState) -> None:
    ddb, table = _client()
    item: dict[str, Any] = {
        "pk": {"S": STATE_PK},
        "sk": {"S": STATE_SK},
        "kind": {"S": "github_reconcile"},
        "next_index": {"N": str(int(state.next_index))},
        "not_before": {"N": repr(float(state.not_before))},
        "created_at": {"N": repr(clock.now())},
    }
    if state.last_run_at is not None:
        item["last_run_at"] = {"N": repr(float(state.last_run_at))}
    ddb.put_item(TableName=table, Item=item)
