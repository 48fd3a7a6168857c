"""The expiry rule, in one place: what is live, and the reads and conditions that respect it.

DynamoDB's TTL deletes expired items late (hours to days), so an item whose ``expires_at``
has passed may still be returned by GetItem or Query. Every repository read goes through
:func:`get_live` or :func:`query_live`, which drop such items, and every conditional write
that cares builds its condition with :func:`live_condition` / :func:`absent_or_expired`.
"now" comes from :mod:`heyfolio.storage.clock`, so tests can move time.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar

from heyfolio.storage import clock

T = TypeVar("T")


def is_live(expires_at: float | None, now: float | None = None) -> bool:
    """An item is live until its ``expires_at`` (exclusive); no ``expires_at`` means forever."""
    if expires_at is None:
        return True
    return expires_at > (clock.now() if now is None else now)


def live_condition(model: Any, now: float) -> Any:
    """Condition: the item exists and has not expired at ``now``."""
    return model.pk.exists() & (model.expires_at.does_not_exist() | (model.expires_at > now))


def absent_or_expired(model: Any, now: float) -> Any:
    """Condition: there is no live item under this key (absent, or present but expired)."""
    return model.pk.does_not_exist() | (model.expires_at <= now)


def get_live(model: type[T], hash_key: str, range_key: str, *, consistent: bool = True) -> T | None:
    """The item under this key if it exists and is live, else ``None``."""
    try:
        item = model.get(hash_key, range_key, consistent_read=consistent)  # type: ignore[attr-defined]
    except model.DoesNotExist:  # type: ignore[attr-defined]
        return None
    if not isinstance(item, model) or not is_live(item.expires_at):  # type: ignore[attr-defined]
        return None
    return item


def query_live(
    model: type[T],
    hash_key: str,
    range_key_condition: Any = None,
    *,
    index_name: str | None = None,
    newest_first: bool = False,
    limit: int | None = None,
    consistent: bool = False,
) -> list[T]:
    """Live items of one partition (of the table or of ``index_name``), in key order.

    The expiry filter runs server-side (less data back) and again here against the same
    ``now``; ``limit`` counts live items only, paging on until it has enough.
    """
    return list(_iter_live(model, hash_key, range_key_condition, index_name, newest_first, limit, consistent))


def _iter_live(
    model: Any,
    hash_key: str,
    range_key_condition: Any,
    index_name: str | None,
    newest_first: bool,
    limit: int | None,
    consistent: bool,
) -> Iterator[Any]:
    if limit is not None and limit <= 0:
        return
    now = clock.now()
    not_expired = model.expires_at.does_not_exist() | (model.expires_at > now)
    results = model.query(
        hash_key,
        range_key_condition,
        filter_condition=not_expired,
        index_name=index_name,
        scan_index_forward=not newest_first,
        consistent_read=consistent and index_name is None,
        page_size=min(limit, 100) if limit else None,
    )
    found = 0
    for item in results:
        if not is_live(item.expires_at, now):
            continue
        yield item
        found += 1
        if limit is not None and found >= limit:
            return


_PAGE = 100


def query_live_plain(
    table: str,
    hash_attribute: str,
    hash_key: str,
    *,
    kind: str,
    range_key: tuple[str, str, str] | None = None,
    index_name: str | None = None,
    newest_first: bool = False,
    limit: int | None = None,
    now: float | None = None,
) -> list[dict[str, Any]]:
    """:func:`query_live` without the SDK (``heyfolio.aws.lite``), items as plain dicts: the same
    ``Query`` pynamodb sends for a model whose discriminator is ``kind`` (key condition on
    ``hash_attribute`` and, optionally, ``range_key`` = (attribute, operator, value) on a string
    sort key; the expiry filter; pages of at most 100), for the read-only tools' cold path."""
    from heyfolio.aws import lite  # deferred: the model paths never load http.client

    if limit is not None and limit <= 0:
        return []
    now = clock.now() if now is None else now
    condition = "#h = :h"
    names = {"#h": hash_attribute, "#exp": "expires_at", "#kind": "kind"}
    values: dict[str, Any] = {":h": {"S": hash_key}, ":now": {"N": repr(now)}, ":kind": {"S": kind}}
    if range_key is not None:
        attribute, operator, value = range_key
        if operator not in ("=", "<", "<=", ">", ">="):
            raise ValueError(f"unsupported range key operator {operator!r}")
        condition += f" AND #r {operator} :r"
        names["#r"] = attribute
        values[":r"] = {"S": value}
    params: dict[str, Any] = {
        "TableName": table,
        "KeyConditionExpression": condition,
        "FilterExpression": "(attribute_not_exists(#exp) OR #exp > :now) AND #kind IN (:kind)",
        "ExpressionAttributeNames": names,
        "ExpressionAttributeValues": values,
        "ScanIndexForward": not newest_first,
    }
    if index_name:
        params["IndexName"] = index_name
    if limit:
        params["Limit"] = min(limit, _PAGE)
    found: list[dict[str, Any]] = []
    while True:
        page = lite.dynamodb("Query", params)
        for raw in page.get("Items", []):
            item = {k: lite.plain(v) for k, v in raw.items()}
            if is_live(item.get("expires_at"), now):
                found.append(item)
                if limit is not None and len(found) >= limit:
                    return found
        start = page.get("LastEvaluatedKey")
        if not start:
            return found
        params["ExclusiveStartKey"] = start


def query_all(
    model: Any, hash_key: str, range_key_condition: Any = None, *, consistent: bool = True
) -> list[Any]:
    """Every item of a partition, expired or not: only for deletion, never for answers."""
    return list(model.query(hash_key, range_key_condition, consistent_read=consistent))


def is_condition_failure(error: BaseException) -> bool:
    """True when a pynamodb write failed because its condition did not hold."""
    return getattr(error, "cause_response_code", None) in (
        "ConditionalCheckFailedException",
        "TransactionCanceledException",
    )
