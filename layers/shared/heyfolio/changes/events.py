"""The change stream: one DynamoDB partition (``pk = CHANGES``) ordered by time, read by cursor.

Each event is an item ``sk = <iso time>#<random>`` with a one-day TTL, so the partition is
the stream in time order. Writers on different machines stamp ``sk`` *before* their write
lands, so an event can appear slightly behind one a reader has already passed. The cursor
therefore keeps a *watermark* ``SETTLE_SECONDS`` behind the clock plus the ids it already
returned above the watermark: readers re-read that short window and drop what they have
seen, so a late write is delivered once and never skipped. Plain boto3 (no pynamodb): the
insight state machine writes the same items with a DynamoDB ``putItem`` from
:func:`change_item_fields`, and readers on the public API stay light.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import threading
import time
from dataclasses import dataclass
from typing import Any, Literal, NotRequired, TypedDict, get_args

from heyfolio.aws.clients import client
from heyfolio.changes.push import publish_message
from heyfolio.config import get_settings
from heyfolio.storage import clock, keys

log = logging.getLogger(__name__)

PK = "CHANGES"
RETENTION_SECONDS = 24 * 3600
SETTLE_SECONDS = 10.0
"""How late a write may land after its timestamp and still be delivered."""
MAX_SUMMARY_CHARS = 500

ChangeKind = Literal["resource_updated", "list_changed"]
KINDS: tuple[str, ...] = get_args(ChangeKind)

_wakeup = threading.Condition()


class ChangeEventDict(TypedDict):
    """A change as subscribers get it (the browser's ``change`` event, the MCP notification's source)."""

    id: str
    uri: str
    kind: str
    at: str
    """ISO-8601 UTC."""
    summary: NotRequired[str]


@dataclass(frozen=True)
class ChangeEvent:
    """One change a subscriber hears about: which resource, what kind of change, when."""

    uri: str
    kind: str
    at: float
    summary: str | None = None
    event_id: str = ""

    def to_dict(self) -> ChangeEventDict:
        """The JSON shape subscribers get (``at`` as ISO-8601 UTC)."""
        out: ChangeEventDict = {
            "id": self.event_id,
            "uri": self.uri,
            "kind": self.kind,
            "at": keys.iso(self.at),
        }
        if self.summary:
            out["summary"] = self.summary
        return out


def _table() -> tuple[Any, str]:
    return client("dynamodb"), get_settings().table_name


def _check(uri: str, kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"change kind must be one of {', '.join(KINDS)}, got {kind!r}")
    # analytics://insights/<day>: the owner's conversation insights landed (heyfolio.analytics.insights);
    # only owners' listen streams deliver it, and the public browser feed leaves it out.
    if not uri.startswith(("portfolio://", "analytics://insights/")):
        raise ValueError(f"change events name portfolio:// (or analytics://insights/) resources, got {uri!r}")


def change_item_fields(
    uri: str, kind: ChangeKind = "resource_updated", *, summary: str | None = None, at: float | None = None
) -> dict[str, Any]:
    """The DynamoDB item (typed attribute values) of one change event, ready for ``PutItem``.

    The insight flow hands this to its ``putItem`` state, so Python and the state machine
    write byte-for-byte the same shape.
    """
    _check(uri, kind)
    ts = clock.now() if at is None else at
    item: dict[str, Any] = {
        "pk": {"S": PK},
        "sk": {"S": keys.event_sk(ts)},
        "kind": {"S": "change"},
        "uri": {"S": uri},
        "change_kind": {"S": kind},
        "created_at": {"N": repr(float(ts))},
        "expires_at": {"N": str(int(ts + RETENTION_SECONDS))},
    }
    if summary:
        item["summary"] = {"S": summary[:MAX_SUMMARY_CHARS]}
    return item


def _event(item: dict[str, Any]) -> ChangeEvent:
    return ChangeEvent(
        uri=item["uri"]["S"],
        kind=item["change_kind"]["S"],
        at=float(item["created_at"]["N"]),
        summary=item.get("summary", {}).get("S"),
        event_id=item["sk"]["S"],
    )


def publish_change(
    uri: str, kind: ChangeKind = "resource_updated", *, summary: str | None = None, at: float | None = None
) -> ChangeEvent:
    """Append one change event and wake local waiters; returns the stored event."""
    ddb, table = _table()
    item = change_item_fields(uri, kind, summary=summary, at=at)
    ddb.put_item(TableName=table, Item=item, ConditionExpression="attribute_not_exists(pk)")
    with _wakeup:
        _wakeup.notify_all()
    event = _event(item)
    # After the write: a stream that hears the push can resume from the table. Best effort (logged).
    publish_message(event_message(event), event.event_id)
    return event


def event_message(event: ChangeEvent) -> str:
    """The event as its pub/sub message (JSON; ``at`` as the float the table stores)."""
    body: dict[str, Any] = {"id": event.event_id, "uri": event.uri, "kind": event.kind, "at": event.at}
    if event.summary:
        body["summary"] = event.summary
    return json.dumps(body, separators=(",", ":"))


def event_from_message(message: str) -> ChangeEvent | None:
    """The event a pub/sub message carries, or ``None`` (logged) for one :func:`event_message` did not make."""
    try:
        data = json.loads(message)
        return ChangeEvent(
            uri=str(data["uri"]),
            kind=str(data["kind"]),
            at=float(data["at"]),
            summary=str(data["summary"]) if data.get("summary") else None,
            event_id=str(data["id"]),
        )
    except (ValueError, TypeError, KeyError) as error:
        log.warning("ignored a pushed change that is not an event (%s): %.200r", error, message)
        return None


def _encode(watermark: str, seen: set[str]) -> str:
    raw = json.dumps({"w": watermark, "s": sorted(seen)}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str) -> tuple[str, set[str]]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
        watermark, seen = data["w"], data["s"]
        if not isinstance(watermark, str) or not isinstance(seen, list):
            raise TypeError
        return watermark, {str(s) for s in seen}
    except (ValueError, TypeError, KeyError, binascii.Error):
        raise ValueError("invalid change cursor: pass back the cursor a previous call returned") from None


def _query(after: str, limit: int) -> tuple[list[dict[str, Any]], bool]:
    ddb, table = _table()
    kwargs: dict[str, Any] = {
        "TableName": table,
        "ConsistentRead": True,
        "Limit": limit,
        "KeyConditionExpression": "pk = :pk",
        "ExpressionAttributeValues": {":pk": {"S": PK}},
    }
    if after:  # DynamoDB refuses an empty string in a key condition
        kwargs["KeyConditionExpression"] = "pk = :pk AND sk > :after"
        kwargs["ExpressionAttributeValues"][":after"] = {"S": after}
    response = ddb.query(**kwargs)
    return list(response.get("Items", [])), "LastEvaluatedKey" in response


def latest_cursor() -> str:
    """A cursor at "now": a new subscriber hears changes from here on, not the day's backlog."""
    now = clock.now()
    watermark = keys.iso(now - SETTLE_SECONDS)
    items, _ = _query(watermark, 1000)
    return _encode(watermark, {i["sk"]["S"] for i in items})


def changes_since(cursor: str | None, *, limit: int = 100) -> tuple[list[ChangeEvent], str]:
    """Events after ``cursor`` (``None``: every retained event), oldest first, and the next cursor.

    ``ValueError`` for a cursor this module did not make.
    """
    if not 1 <= limit <= 1000:
        raise ValueError("limit must be from 1 to 1000")
    watermark, seen = _decode(cursor) if cursor else ("", set())
    items, truncated = _query(watermark, limit)
    now = clock.now()
    events = [
        _event(i)
        for i in items
        if i["sk"]["S"] not in seen and float(i.get("expires_at", {}).get("N", "inf")) > now
    ]
    settled = keys.iso(now - SETTLE_SECONDS)
    if truncated and items:
        settled = min(settled, items[-1]["sk"]["S"])
    next_watermark = max(watermark, settled)
    next_seen = {s for s in seen | {i["sk"]["S"] for i in items} if s > next_watermark}
    return events, _encode(next_watermark, next_seen)


def record_delivered(cursor: str, events: list[ChangeEvent]) -> tuple[list[ChangeEvent], str]:
    """The ``events`` (pushed, in arrival order) that ``cursor`` has not delivered yet, and the cursor
    past them: a later :func:`changes_since` (the safety-net poll, or a browser resuming with the
    cursor) then skips them, and a second push of one is dropped. No table read.

    An event at or below the cursor's watermark is dropped: the poll that moved the watermark past
    it has delivered it already. ``ValueError`` for a cursor this module did not make.
    """
    watermark, seen = _decode(cursor)
    fresh: list[ChangeEvent] = []
    for event in events:
        if event.event_id <= watermark or event.event_id in seen:
            continue
        seen.add(event.event_id)
        fresh.append(event)
    return fresh, _encode(watermark, seen) if fresh else cursor


def wait_for_changes(
    cursor: str | None, *, timeout: float, poll_interval: float = 0.5, limit: int = 100
) -> tuple[list[ChangeEvent], str]:
    """Like :func:`changes_since`, but wait up to ``timeout`` seconds for at least one event.

    Polls the table every ``poll_interval`` (other processes, the state machine) and wakes at
    once when a publisher in this process appends.
    """
    deadline = time.monotonic() + timeout
    events, cursor = changes_since(cursor, limit=limit)
    while not events:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        with _wakeup:
            _wakeup.wait(min(poll_interval, remaining))
        events, cursor = changes_since(cursor, limit=limit)
    return events, cursor
