"""Invocations (percentiles), audit (append-only, newest first) and model usage (per day)."""

from __future__ import annotations

import random

import pytest

from heyfolio.storage import audit, invocations, keys, usage
from heyfolio.storage.clock import ManualClock


def test_percentile_nearest_rank() -> None:
    values = list(range(1, 101))
    random.Random(7).shuffle(values)
    assert invocations.percentile(values, 50) == 50
    assert invocations.percentile(values, 95) == 95
    assert invocations.percentile(values, 100) == 100
    assert invocations.percentile([42.0], 95) == 42.0
    assert invocations.percentile([10, 20, 30, 40], 50) == 20
    with pytest.raises(ValueError):
        invocations.percentile([], 50)
    with pytest.raises(ValueError):
        invocations.percentile([1], 0)


def test_percentiles_per_tool_across_days(tables: None, clock: ManualClock) -> None:
    start = clock()
    latencies = list(range(1, 101))
    random.Random(1).shuffle(latencies)
    for i, ms in enumerate(latencies):
        clock.advance(3600)  # 100 hours: spans five UTC days
        invocations.record("search", "visitor:v1", ms, "ok" if i % 10 else "error")
        invocations.record("contact", "mcp:client", 1000 + ms, "ok")
    stats = invocations.percentiles(start)
    assert set(stats) == {"contact", "search"}
    assert (stats["search"].count, stats["search"].errors) == (100, 10)
    assert (stats["search"].p50_ms, stats["search"].p95_ms, stats["search"].max_ms) == (50, 95, 100)
    assert (stats["contact"].p50_ms, stats["contact"].p95_ms) == (1050, 1095)
    assert invocations.percentiles(start, tool="contact").keys() == {"contact"}
    # "since" cuts the window: the last 10 hours hold the last 10 records of each tool.
    recent = invocations.list_since(clock() - 10 * 3600 + 1)
    assert len(recent) == 20
    assert [r.at for r in recent] == sorted(r.at for r in recent)
    assert len(invocations.list_since(clock() - 10 * 3600 + 1, tool="search")) == 10


def test_invocation_validation(tables: None, clock: ManualClock) -> None:
    with pytest.raises(ValueError):
        invocations.record("search", "v", 1, "maybe")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        invocations.record("search", "v", -1, "ok")
    assert invocations.list_since(clock() - 60) == []


def test_audit_is_append_only_and_newest_first(tables: None, clock: ManualClock) -> None:
    written = []
    for i in range(6):
        clock.advance(20 * 24 * 3600)  # ~4 months: several month partitions
        written.append(
            audit.append(
                "owner" if i % 2 else "visitor:v1",
                f"action-{i}",
                outcome="ok",
                source_ip="203.0.113.9",
                detail={"i": i},
            )
        )
    recent = audit.list_recent(limit=4)
    assert [e.action for e in recent] == ["action-5", "action-4", "action-3", "action-2"]
    assert recent[0].detail == {"i": 5} and recent[0].source_ip == "203.0.113.9"
    assert [e.action for e in audit.list_by_actor("owner")] == ["action-5", "action-3", "action-1"]
    assert [e.action for e in audit.list_recent(since=written[3].at)] == ["action-5", "action-4", "action-3"]

    from heyfolio.storage.binding import models

    m = models()
    pk, sk = written[0].event_id.split("/", 1)
    item = m.AuditItem.get(pk, sk)
    with pytest.raises(TypeError, match="append-only"):
        item.update(actions=[m.AuditItem.outcome.set("tampered")])
    # A put under an existing key is refused by its condition.
    clash = m.AuditItem(pk, sk, actor="x", action="y", outcome="tampered", created_at=clock())
    with pytest.raises(Exception) as raised:
        clash.save(condition=m.AuditItem.pk.does_not_exist())
    from heyfolio.storage.expiry import is_condition_failure

    assert is_condition_failure(raised.value)
    assert m.AuditItem.get(pk, sk).outcome == "ok"


def test_usage_totals_per_day(tables: None, clock: ManualClock) -> None:
    start = clock()  # 08:00 UTC
    usage.record("claude-a", 1000, 200, 0.0123, 800, purpose="chat")
    clock.advance(1)  # records at the same instant have no defined order
    usage.record("claude-a", 500, 100, 0.0061, 400)
    clock.advance(1)
    usage.record("claude-b", 10, 5, 0.0001, 90)
    clock.advance(24 * 3600)
    usage.record("claude-b", 7, 3, 0.1, 50)
    days = usage.totals(start)
    assert [d.day for d in days] == [keys.day_of(start), keys.day_of(clock())]
    first = days[0]
    assert (first.total.calls, first.total.input_tokens, first.total.output_tokens) == (3, 1510, 305)
    assert first.total.cost_microusd == 12300 + 6100 + 100
    assert first.total.cost_usd == pytest.approx(0.0185)
    assert first.by_model["claude-a"].calls == 2 and first.by_model["claude-a"].latency_ms_total == 1200
    assert days[1].by_model == {"claude-b": days[1].total}
    records = usage.records_for_day(keys.day_of(start))
    assert [r.purpose for r in records] == ["chat", None, None]
    with pytest.raises(ValueError):
        usage.record("claude-a", -1, 0, 0, 0)
    assert usage.totals_for_day("2001-01-01").total.calls == 0
