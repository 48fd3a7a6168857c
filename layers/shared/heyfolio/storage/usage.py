"""Model usage: tokens, cost and latency of every model call, totalled per UTC day.

One put per call into the day's partition (``USAGE#<day>``); totals are summed on read, which
keeps writes to a single conditional put and is cheap at a portfolio's volume. Cost is kept in
millionths of a dollar, as an integer, so totals are exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from heyfolio.storage import clock, expiry, keys
from heyfolio.storage.binding import models

DEFAULT_RETENTION_SECONDS = 400 * 24 * 3600
MAX_DAYS = 400


@dataclass(frozen=True)
class UsageRecord:
    model: str
    input_tokens: int
    output_tokens: int
    cost_usd: float
    latency_ms: float
    at: float
    visitor_id: str | None = None
    purpose: str | None = None


@dataclass(frozen=True)
class ModelTotals:
    calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_microusd: int = 0
    latency_ms_total: float = 0.0

    @property
    def cost_usd(self) -> float:
        return self.cost_microusd / 1_000_000

    def plus(self, r: UsageRecord) -> ModelTotals:
        return ModelTotals(
            calls=self.calls + 1,
            input_tokens=self.input_tokens + r.input_tokens,
            output_tokens=self.output_tokens + r.output_tokens,
            cost_microusd=self.cost_microusd + round(r.cost_usd * 1_000_000),
            latency_ms_total=self.latency_ms_total + r.latency_ms,
        )


@dataclass(frozen=True)
class DayUsage:
    """One UTC day's totals, overall and per model."""

    day: str
    total: ModelTotals = field(default_factory=ModelTotals)
    by_model: dict[str, ModelTotals] = field(default_factory=dict)


def _record(i: Any) -> UsageRecord:
    return UsageRecord(
        model=i.model,
        input_tokens=int(i.input_tokens),
        output_tokens=int(i.output_tokens),
        cost_usd=int(i.cost_microusd) / 1_000_000,
        latency_ms=float(i.latency_ms),
        at=i.created_at,
        visitor_id=i.visitor_id,
        purpose=i.purpose,
    )


def record(
    model: str,
    input_tokens: int,
    output_tokens: int,
    cost_usd: float,
    latency_ms: float,
    *,
    visitor_id: str | None = None,
    purpose: str | None = None,
    at: float | None = None,
    retention_seconds: int = DEFAULT_RETENTION_SECONDS,
) -> UsageRecord:
    """Append the usage of one model call."""
    if input_tokens < 0 or output_tokens < 0 or cost_usd < 0 or latency_ms < 0:
        raise ValueError("tokens, cost and latency must not be negative")
    m = models()
    ts = clock.now() if at is None else at
    sk = keys.event_sk(ts)
    item = m.UsageItem(
        keys.usage_pk(keys.day_of(ts)),
        sk,
        model=model,
        input_tokens=int(input_tokens),
        output_tokens=int(output_tokens),
        cost_microusd=round(cost_usd * 1_000_000),
        latency_ms=latency_ms,
        purpose=purpose,
        created_at=ts,
        visitor_id=visitor_id,
        expires_at=ts + retention_seconds,
        gsi1pk=keys.model_key(model),
        gsi1sk=sk,
    )
    item.save(condition=m.UsageItem.pk.does_not_exist())
    return _record(item)


def records_for_day(day: str) -> list[UsageRecord]:
    """Every live usage record of one UTC day (``YYYY-MM-DD``), oldest first."""
    m = models()
    return [_record(i) for i in expiry.query_live(m.UsageItem, keys.usage_pk(day))]


def totals_for_day(day: str) -> DayUsage:
    """Totals of one UTC day, overall and per model."""
    total = ModelTotals()
    by_model: dict[str, ModelTotals] = {}
    for r in records_for_day(day):
        total = total.plus(r)
        by_model[r.model] = by_model.get(r.model, ModelTotals()).plus(r)
    return DayUsage(day=day, total=total, by_model=dict(sorted(by_model.items())))


def totals(since: float, until: float | None = None) -> list[DayUsage]:
    """Per-day totals for every UTC day from ``since`` to ``until`` (default now), oldest first."""
    end = clock.now() if until is None else until
    start = max(since, end - MAX_DAYS * 24 * 3600)
    return [totals_for_day(day) for day in keys.days_between(start, end)]
