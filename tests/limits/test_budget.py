"""Spend caps: reserve the worst case atomically, settle the truth, alert once per period."""

from __future__ import annotations

import random
import threading
from typing import Any

import pytest
import redis

from heyfolio.limits.backend import upstash_client
from heyfolio.limits.budget import BudgetGuard, MemoryBudgetStore, RedisBudgetStore, to_micro

DAY = 86400.0
START = 1_800_000_000.0  # 2027-01-15T08:00:00Z


class Alerts:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def __call__(self, subject: str, message: str) -> None:
        self.sent.append((subject, message))


@pytest.fixture(params=["redis", "memory"])
def store(request: pytest.FixtureRequest) -> Any:
    if request.param == "redis":
        return RedisBudgetStore(request.getfixturevalue("upstash"))
    return MemoryBudgetStore()


def make_guard(
    store: Any, now: list[float], alerts: Alerts, daily: float = 1.0, monthly: float = 3.0
) -> BudgetGuard:
    return BudgetGuard(store, daily_usd=daily, monthly_usd=monthly, notify=alerts, clock=lambda: now[0])


def test_reserve_settle_and_refuse_past_the_daily_cap(store: Any) -> None:
    now, alerts = [START], Alerts()
    guard = make_guard(store, now, alerts)
    first = guard.reserve(0.4)
    second = guard.reserve(0.4)
    assert first is not None and second is not None
    assert guard.reserve(0.4) is None, "0.8 reserved + 0.4 would pass the 1.00 cap"
    first.settle(0.05)
    assert guard.spent().day_usd == pytest.approx(0.45)
    third = guard.reserve(0.4)
    assert third is not None
    third.release()
    second.settle(0.1)
    assert guard.spent().day_usd == pytest.approx(0.15) and guard.spent().month_usd == pytest.approx(0.15)
    with pytest.raises(RuntimeError, match="already settled"):
        first.settle(0.01)
    assert first.settled and third.settled


def test_exact_cap_is_allowed_and_zero_cost_reservations(store: Any) -> None:
    now, alerts = [START], Alerts()
    guard = make_guard(store, now, alerts)
    full = guard.reserve(1.0)
    assert full is not None
    assert guard.reserve(0.000001) is None
    assert guard.reserve(0.0) is not None, "a free call fits even at the cap"


def test_alert_once_per_period_and_new_day_starts_fresh(store: Any) -> None:
    now, alerts = [START], Alerts()
    guard = make_guard(store, now, alerts, daily=1.0, monthly=1.5)
    assert guard.reserve(0.9) is not None
    for _ in range(5):
        assert guard.reserve(0.5) is None
    assert len(alerts.sent) == 1 and "daily" in alerts.sent[0][0] and "$1.00" in alerts.sent[0][1]
    now[0] += DAY
    assert guard.reserve(0.5) is not None, "a new UTC day has its own budget"
    assert guard.reserve(0.5) is None, "but the month (1.4 of 1.5) does not"
    assert len(alerts.sent) == 2 and "monthly" in alerts.sent[1][0]
    assert guard.reserve(0.5) is None and len(alerts.sent) == 2


def test_settling_above_the_reservation_records_the_truth(
    store: Any, caplog: pytest.LogCaptureFixture
) -> None:
    now, alerts = [START], Alerts()
    guard = make_guard(store, now, alerts)
    r = guard.reserve(0.1)
    assert r is not None
    r.settle(0.3)
    assert guard.spent().day_usd == pytest.approx(0.3)
    assert "above its reservation" in caplog.text


@pytest.mark.parametrize("bad", [-0.01, float("nan"), float("inf")])
def test_bad_amounts_refused(store: Any, bad: float) -> None:
    guard = make_guard(store, [START], Alerts())
    with pytest.raises(ValueError):
        guard.reserve(bad)
    r = guard.reserve(0.1)
    assert r is not None
    with pytest.raises(ValueError):
        r.settle(bad)


def test_micro_dollars_are_exact() -> None:
    assert to_micro(0.1) == 100_000 and to_micro(0.3) == 300_000 and to_micro(1e-7) == 1
    assert sum(to_micro(0.1) for _ in range(10)) == to_micro(1.0)


def test_unreachable_store_means_offline_not_unlimited() -> None:
    dead = RedisBudgetStore(upstash_client("http://127.0.0.1:9", "t", timeout=0.5))
    alerts = Alerts()
    assert make_guard(dead, [START], alerts).reserve(0.01) is None
    assert alerts.sent == []


def test_keys_expire(upstash: Any, direct: redis.Redis) -> None:
    guard = make_guard(RedisBudgetStore(upstash), [START], Alerts())
    assert guard.reserve(0.2) is not None
    ttls = {k.decode(): direct.ttl(k) for k in direct.keys("heyfolio:budget:*")}
    assert set(ttls) == {"heyfolio:budget:day:2027-01-15", "heyfolio:budget:month:2027-01"}
    assert 0 < ttls["heyfolio:budget:day:2027-01-15"] <= 2 * DAY
    assert 2 * DAY < ttls["heyfolio:budget:month:2027-01"] <= 32 * DAY


@pytest.mark.parametrize("kind", ["redis", "memory"])
def test_concurrent_requests_never_overspend(kind: str, request: pytest.FixtureRequest) -> None:
    """8 threads x 40 calls race for a $1.00 day; each reserves $0.05 and settles 0-0.05."""
    shim = request.getfixturevalue("shim") if kind == "redis" else None
    if kind == "redis":
        request.getfixturevalue("direct")  # flushed database
    memory = MemoryBudgetStore()
    cap, max_cost = 1.0, 0.05
    settled_total: list[int] = []
    refused = [0]
    lock = threading.Lock()

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        store: Any = memory
        client = None
        if shim is not None:
            client = upstash_client(shim.url, shim.token)
            store = RedisBudgetStore(client)
        guard = BudgetGuard(store, daily_usd=cap, monthly_usd=100.0, notify=Alerts(), clock=lambda: START)
        for _ in range(40):  # a fixed amount of work, never cut short by the clock
            r = guard.reserve(max_cost)
            if r is None:
                with lock:
                    refused[0] += 1
                continue
            actual = round(rng.uniform(0, max_cost), 6)
            r.settle(actual)
            with lock:
                settled_total.append(to_micro(actual))
        if client is not None:
            client.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)  # patience for a loaded machine, not a bound
    assert not any(t.is_alive() for t in threads)
    store = RedisBudgetStore(upstash_client(shim.url, shim.token)) if shim is not None else memory
    final = BudgetGuard(store, daily_usd=cap, monthly_usd=100.0, clock=lambda: START).spent().day_usd
    assert final == pytest.approx(sum(settled_total) / 1e6), "every settled cent is counted, once"
    assert final <= cap + max_cost
    assert final <= cap, "with actual <= reserved, reservations keep the total within the cap"
    assert refused[0] > 0, "the race reached the cap (otherwise this test proves nothing)"


def test_worst_case_everyone_spends_their_maximum(upstash: Any, shim: Any) -> None:
    results: list[bool] = []
    lock = threading.Lock()

    def worker() -> None:
        client = upstash_client(shim.url, shim.token)
        guard = BudgetGuard(
            RedisBudgetStore(client), daily_usd=0.5, monthly_usd=10, notify=Alerts(), clock=lambda: START
        )
        for _ in range(10):
            r = guard.reserve(0.03)
            if r is not None:
                r.settle(0.03)
            with lock:
                results.append(r is not None)
        client.close()

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=20)
    assert sum(results) == 16, "floor(0.50 / 0.03) calls fit, however the threads interleave"
