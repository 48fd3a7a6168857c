"""Tool invocations: who called which tool, how it went and how long it took.

Partitioned by UTC day (``INV#<day>``) so "everything since T" is a few partition queries,
and indexed by tool (``gsi1``: ``TOOL#<tool>``) so one tool's history is one query.
The owner's dashboard reads p50/p95 per tool from here. Records are made at one place per
surface (``heyfolio.analytics.records``): the MCP endpoint's dispatch for tool calls and resource
reads, the chat turn for chat; each carries the caller kind, the MCP client's name, and the
passages and projects the answer cited, which project interest and the analytics export read.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from heyfolio.aws import lite
from heyfolio.config import get_settings
from heyfolio.storage import clock, expiry, keys
from heyfolio.storage.binding import models

DEFAULT_RETENTION_SECONDS = 90 * 24 * 3600
MAX_DAYS = 120

Outcome = Literal["ok", "error", "denied", "timeout", "input_required"]
OUTCOMES: tuple[str, ...] = get_args(Outcome)


@dataclass(frozen=True)
class Invocation:
    tool: str
    caller: str
    latency_ms: float
    outcome: str
    at: float
    visitor_id: str | None = None
    error: str | None = None
    surface: str = "tool"
    client_name: str | None = None
    session_id: str | None = None
    conversation_id: str | None = None
    cited: tuple[str, ...] = ()
    projects: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """``viewed``, ``cited`` and ``asked``: the project slugs this call looked at, cited, or was asked about."""


@dataclass(frozen=True)
class ToolLatency:
    """Latency figures for one tool over a window (nearest-rank percentiles)."""

    tool: str
    count: int
    errors: int
    p50_ms: float
    p95_ms: float
    max_ms: float


def _json_list(raw: str | None) -> tuple[str, ...]:
    return tuple(json.loads(raw)) if raw else ()


def _projects(raw: str | None) -> dict[str, tuple[str, ...]]:
    data = json.loads(raw) if raw else {}
    return {k: tuple(v) for k, v in data.items()}


def _invocation(i: Any) -> Invocation:
    return Invocation(
        tool=i.tool,
        caller=i.caller,
        latency_ms=float(i.latency_ms),
        outcome=i.outcome,
        at=i.created_at,
        visitor_id=i.visitor_id,
        error=i.error,
        surface=i.surface or "tool",
        client_name=i.client_name,
        session_id=i.session_id,
        conversation_id=i.conversation_id,
        cited=_json_list(i.cited_json),
        projects=_projects(i.projects_json),
    )


def record(
    tool: str,
    caller: str,
    latency_ms: float,
    outcome: Outcome,
    *,
    visitor_id: str | None = None,
    error: str | None = None,
    at: float | None = None,
    retention_seconds: int = DEFAULT_RETENTION_SECONDS,
    surface: str = "tool",
    client_name: str | None = None,
    session_id: str | None = None,
    conversation_id: str | None = None,
    cited: Sequence[str] = (),
    projects: Mapping[str, Sequence[str]] | None = None,
) -> Invocation:
    """Append one invocation record (put-only, never updated)."""
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}, got {outcome!r}")
    if latency_ms < 0:
        raise ValueError("latency_ms must not be negative")
    ts = clock.now() if at is None else at
    sk = keys.event_sk(ts)
    fields: dict[str, Any] = {
        "tool": tool,
        "caller": caller,
        "latency_ms": latency_ms,
        "outcome": outcome,
        "error": error,
        "created_at": ts,
        "visitor_id": visitor_id,
        "expires_at": ts + retention_seconds,
        "surface": surface,
        "client_name": client_name[:200] if client_name else None,
        "session_id": session_id,
        "conversation_id": conversation_id,
        "cited_json": json.dumps(list(cited)) if cited else None,
        "projects_json": json.dumps({k: list(v) for k, v in projects.items() if v}) if projects else None,
        "gsi1pk": keys.tool_key(tool),
        "gsi1sk": sk,
    }
    pk = keys.invocation_pk(keys.day_of(ts))
    if lite.available():
        # The MCP endpoint records every tool call: on a new instance's first call, the same PutItem
        # without importing pynamodb and botocore (heyfolio.aws.lite; the item is what the model writes).
        _put_light(pk, sk, fields)
        return Invocation(
            tool=tool,
            caller=caller,
            latency_ms=float(latency_ms),
            outcome=outcome,
            at=ts,
            visitor_id=visitor_id,
            error=error,
            surface=surface or "tool",
            client_name=fields["client_name"],
            session_id=session_id,
            conversation_id=conversation_id,
            cited=_json_list(fields["cited_json"]),
            projects=_projects(fields["projects_json"]),
        )
    m = models()
    item = m.InvocationItem(pk, sk, **fields)
    item.save(condition=m.InvocationItem.pk.does_not_exist())
    return _invocation(item)


def _put_light(pk: str, sk: str, fields: Mapping[str, Any]) -> None:
    """``InvocationItem(pk, sk, **fields).save(condition=pk.does_not_exist())`` as the light client sends it."""
    item: dict[str, Any] = {"pk": {"S": pk}, "sk": {"S": sk}, "kind": {"S": "invocation"}}
    for name, value in fields.items():
        if value is None:
            continue
        item[name] = {"N": json.dumps(value)} if isinstance(value, (int, float)) else {"S": value}
    lite.dynamodb(
        "PutItem",
        {
            "TableName": get_settings().events_table_name,
            "Item": item,
            "ConditionExpression": "attribute_not_exists (#0)",
            "ExpressionAttributeNames": {"#0": "pk"},
        },
    )


def list_since(since: float, *, tool: str | None = None) -> list[Invocation]:
    """Live invocations at or after ``since`` (at most ``MAX_DAYS`` back), oldest first."""
    m = models()
    now = clock.now()
    since = max(since, now - MAX_DAYS * 24 * 3600)
    lower = keys.iso(since)
    if tool is not None:
        items = expiry.query_live(
            m.InvocationItem, keys.tool_key(tool), m.InvocationItem.gsi1sk >= lower, index_name=m.GSI1
        )
        return [_invocation(i) for i in items]
    found: list[Invocation] = []
    for day in keys.days_between(since, now):
        items = expiry.query_live(m.InvocationItem, keys.invocation_pk(day), m.InvocationItem.sk >= lower)
        found.extend(_invocation(i) for i in items)
    return found


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile: the smallest value with at least ``pct``% of values at or below."""
    if not values:
        raise ValueError("percentile of no values")
    if not 0 < pct <= 100:
        raise ValueError("pct must be in (0, 100]")
    ordered = sorted(values)
    rank = math.ceil(pct / 100 * len(ordered))
    return ordered[max(rank, 1) - 1]


def summarize(invocations: Iterable[Invocation]) -> dict[str, ToolLatency]:
    """p50/p95/max latency and error count per tool."""
    by_tool: dict[str, list[Invocation]] = {}
    for inv in invocations:
        by_tool.setdefault(inv.tool, []).append(inv)
    result: dict[str, ToolLatency] = {}
    for tool in sorted(by_tool):
        group = by_tool[tool]
        latencies = [inv.latency_ms for inv in group]
        result[tool] = ToolLatency(
            tool=tool,
            count=len(group),
            errors=sum(1 for inv in group if inv.outcome != "ok"),
            p50_ms=percentile(latencies, 50),
            p95_ms=percentile(latencies, 95),
            max_ms=max(latencies),
        )
    return result


def percentiles(since: float, *, tool: str | None = None) -> dict[str, ToolLatency]:
    """Latency figures per tool for invocations since ``since``."""
    return summarize(list_since(since, tool=tool))
