"""Live data of the portfolio's GitHub repositories, keyed by repository id and by name.

A repository keeps its numeric id through renames and transfers, so its live data lives
under ``REPO#<id>`` / ``LIVE``; name pointers ``REPONAME#<owner/name, lower case>`` / ``REPO``
lead from a name (the content's ``repo:``, the current name, every former name) to that id.
The content can keep naming a repository by its old name after a rename and still find
its live data. Plain boto3 with typed attribute values (no pynamodb): the public read API
reads this on every request and stays light, and the insight state machine updates the
same item with a DynamoDB ``updateItem``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from heyfolio.aws.clients import client
from heyfolio.config import get_settings
from heyfolio.storage import clock

LIVE_SK = "LIVE"
NAME_SK = "REPO"
LIVE_FIELDS = (
    "html_url",
    "description",
    "homepage",
    "stars",
    "forks",
    "watchers",
    "open_issues",
    "topics",
    "default_branch",
    "pushed_at",
    "head_commit",
    "latest_release",
    "ci",
    "archived",
    "private",
    "deleted",
)
"""What a visitor may see of a repository (``insight`` is written by the insight flow)."""


def live_pk(repo_id: int) -> str:
    return f"REPO#{int(repo_id)}"


def name_pk(full_name: str) -> str:
    return f"REPONAME#{full_name.strip().lower()}"


def live_key(repo_id: int) -> dict[str, Any]:
    """The DynamoDB key of a repository's live item (typed), for the state machine's updates."""
    return {"pk": {"S": live_pk(repo_id)}, "sk": {"S": LIVE_SK}}


@dataclass(frozen=True)
class RepoLive:
    """What the portfolio knows right now about one repository."""

    repo_id: int
    full_name: str
    slug: str
    updated_at: float
    fields: Mapping[str, Any] = field(default_factory=dict)
    insight: Mapping[str, Any] | None = None

    @property
    def private(self) -> bool:
        return bool(self.fields.get("private"))

    @property
    def deleted(self) -> bool:
        return bool(self.fields.get("deleted"))

    @property
    def visible(self) -> bool:
        """A private or deleted repository's project leaves the public portfolio."""
        return not (self.private or self.deleted)


def _client() -> tuple[Any, str]:
    return client("dynamodb"), get_settings().table_name


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | set | tuple):
        return [_plain(v) for v in value]
    return value


def _serialize(value: Any) -> dict[str, Any]:
    from boto3.dynamodb.types import TypeSerializer

    if isinstance(value, tuple):
        value = list(value)
    if isinstance(value, float):
        value = Decimal(repr(value))
    serialized: dict[str, Any] = dict(TypeSerializer().serialize(value))
    return serialized


def _deserialize(item: Mapping[str, Any]) -> dict[str, Any]:
    # No boto3 here: the public read path must not import the SDK for this (heyfolio.aws.lite).
    from heyfolio.aws.lite import plain

    return {k: plain(v) for k, v in item.items()}


def _live(item: Mapping[str, Any]) -> RepoLive:
    data = _deserialize(item)
    return RepoLive(
        repo_id=int(data["repo_id"]),
        full_name=str(data["full_name"]),
        slug=str(data["slug"]),
        updated_at=float(data.get("updated_at") or 0),
        fields={k: data[k] for k in LIVE_FIELDS if k in data},
        insight=data.get("insight"),
    )


def get_live(repo_id: int) -> RepoLive | None:
    """The live data of repository ``repo_id``, or ``None`` if it was never seen."""
    ddb, table = _client()
    found = ddb.get_item(TableName=table, Key=live_key(repo_id), ConsistentRead=True).get("Item")
    return _live(found) if found else None


_generation = 0
"""Bumped by every write in this process, so in-process read caches of live data drop at once."""


def generation() -> int:
    """How many live-data writes this process has made (a cache key for readers)."""
    return _generation


def _bump() -> None:
    global _generation
    _generation += 1


def update_live(
    repo_id: int, *, full_name: str, slug: str, fields: Mapping[str, Any]
) -> tuple[RepoLive, set[str]]:
    """Set ``fields`` (``None`` removes one) on the repository's live item; create it if new.

    Returns the item after the update and the names of the fields whose value changed, so
    callers publish a change event only when a visitor would see a difference.
    """
    unknown = set(fields) - set(LIVE_FIELDS)
    if unknown:
        raise ValueError(f"not live data fields: {', '.join(sorted(unknown))}")
    ddb, table = _client()
    now = clock.now()
    names: dict[str, str] = {}
    values: dict[str, Any] = {}
    sets: list[str] = []
    removes: list[str] = []
    base = {
        "kind": "repo_live",
        "repo_id": int(repo_id),
        "full_name": full_name,
        "slug": slug,
        "updated_at": now,
    }
    for i, (name, value) in enumerate([*base.items(), *fields.items()]):
        names[f"#f{i}"] = name
        if value is None:
            removes.append(f"#f{i}")
        else:
            values[f":v{i}"] = _serialize(value)
            sets.append(f"#f{i} = :v{i}")
    expression = "SET " + ", ".join(sets) + (" REMOVE " + ", ".join(removes) if removes else "")
    _bump()
    old = ddb.update_item(
        TableName=table,
        Key=live_key(repo_id),
        UpdateExpression=expression,
        ExpressionAttributeNames=names,
        ExpressionAttributeValues=values,
        ReturnValues="ALL_OLD",
    ).get("Attributes")
    before = _deserialize(old) if old else {}
    changed = {k for k, v in fields.items() if _plain(before.get(k)) != _plain(_roundtrip(v))}
    if before.get("full_name") not in (None, full_name):
        changed.add("full_name")
    after = {**before, **base, **{k: _roundtrip(v) for k, v in fields.items() if v is not None}}
    for k, v in fields.items():
        if v is None:
            after.pop(k, None)
    return (
        RepoLive(
            repo_id=int(repo_id),
            full_name=full_name,
            slug=slug,
            updated_at=now,
            fields={k: after[k] for k in LIVE_FIELDS if k in after},
            insight=after.get("insight"),
        ),
        changed,
    )


def _roundtrip(value: Any) -> Any:
    # What reading the value back gives (tuples become lists, floats stay numbers).
    if isinstance(value, tuple):
        return [_roundtrip(v) for v in value]
    if isinstance(value, list):
        return [_roundtrip(v) for v in value]
    if isinstance(value, dict):
        return {k: _roundtrip(v) for k, v in value.items()}
    return value


def bind_name(full_name: str, repo_id: int, slug: str) -> None:
    """Point ``full_name`` (any case) at repository ``repo_id`` of project ``slug``."""
    ddb, table = _client()
    _bump()
    ddb.put_item(
        TableName=table,
        Item={
            "pk": {"S": name_pk(full_name)},
            "sk": {"S": NAME_SK},
            "kind": {"S": "repo_name"},
            "full_name": {"S": full_name},
            "repo_id": {"N": str(int(repo_id))},
            "slug": {"S": slug},
            "created_at": {"N": repr(clock.now())},
        },
    )


def repo_id_for_name(full_name: str) -> int | None:
    """The id a repository name points at (current or former name), or ``None``."""
    ddb, table = _client()
    found = ddb.get_item(
        TableName=table, Key={"pk": {"S": name_pk(full_name)}, "sk": {"S": NAME_SK}}, ConsistentRead=True
    ).get("Item")
    return int(found["repo_id"]["N"]) if found else None


def _batch_get(keys: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # The hot read path of every public surface: signed with the standard library where it can be
    # (heyfolio.aws.lite), so a read-only tool's cold start does not import boto3.
    from heyfolio.aws import lite
    from heyfolio.config import get_settings

    table = get_settings().table_name
    if lite.available():

        def batch_get_item(**params: Any) -> dict[str, Any]:
            return lite.dynamodb("BatchGetItem", params)

    else:
        batch_get_item = _client()[0].batch_get_item
    found: list[dict[str, Any]] = []
    for start in range(0, len(keys), 100):
        pending: dict[str, Any] = {table: {"Keys": keys[start : start + 100]}}
        for _ in range(5):
            response = batch_get_item(RequestItems=pending)
            found.extend(response.get("Responses", {}).get(table, []))
            pending = response.get("UnprocessedKeys") or {}
            if not pending:
                break
    return found


def live_for_names(full_names: Iterable[str]) -> dict[str, RepoLive]:
    """Live data by repository name (lower case) for every name that has any: two batch reads."""
    wanted = sorted({n.strip().lower() for n in full_names if n and n.strip()})
    if not wanted:
        return {}
    pointers = _batch_get([{"pk": {"S": name_pk(n)}, "sk": {"S": NAME_SK}} for n in wanted])
    ids = {p["pk"]["S"].removeprefix("REPONAME#"): int(p["repo_id"]["N"]) for p in pointers}
    if not ids:
        return {}
    items = _batch_get([live_key(i) for i in sorted(set(ids.values()))])
    by_id = {int(i["repo_id"]["N"]): _live(i) for i in items}
    return {name: by_id[repo_id] for name, repo_id in ids.items() if repo_id in by_id}
