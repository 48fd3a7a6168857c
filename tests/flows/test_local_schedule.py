"""``make dev`` runs the daily analytics flow on its own: on start (yesterday and today) and every N minutes
(today), the same ASL executing in the local emulator, so the dashboard's insights are real in dev."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.analytics.conftest import chat, owner_get
from tests.mcp_tasks.support import live_stack
from tests.support.waiting import PATIENCE


def finished(arns: list[str], timeout: float = PATIENCE) -> list[dict[str, Any]]:
    from heyfolio.aws.clients import client

    sfn = client("stepfunctions")
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = [sfn.describe_execution(executionArn=a) for a in arns]
        if all(f["status"] != "RUNNING" for f in found):
            return found
        time.sleep(0.1)
    raise AssertionError("the analytics flow did not finish")


@pytest.fixture
def site(local_stack: None) -> Iterator[str]:
    with live_stack() as base:
        yield base


def test_the_schedule_classifies_yesterday_and_today_at_once_then_today_again(site: str) -> None:
    import os

    from heyfolio.analytics.insights import resolve_day
    from heyfolio.dev.local_schedule import STATE_MACHINE_ENV, AnalyticsSchedule

    chat(site, "We're hiring in fintech: does she know Snowflake?")
    schedule = AnalyticsSchedule(os.environ[STATE_MACHINE_ENV], every_seconds=3600)
    first = schedule.run_now()
    assert len(first) == 2  # yesterday, then today
    runs = finished(first)
    assert [r["status"] for r in runs] == ["SUCCEEDED", "SUCCEEDED"]
    assert [r["name"].rsplit("-", 1)[0] for r in runs] == [
        f"dev-{resolve_day('yesterday')}",
        f"dev-{resolve_day('today')}",
    ]
    insights = owner_get(site, "/api/owner/insights")
    assert insights["conversations"] == 1, insights

    chat(site, "Would she collaborate on a Rust crate?")
    second = schedule.run_now()
    assert len(second) == 1  # today only: yesterday ran already
    assert finished(second)[0]["status"] == "SUCCEEDED"
    assert owner_get(site, "/api/owner/insights")["conversations"] == 2  # replaced, not added twice


def test_the_schedule_thread_starts_at_once_and_stops(site: str) -> None:
    from heyfolio.dev.local_schedule import start_analytics_schedule

    assert start_analytics_schedule(0) is None  # 0 turns it off
    schedule = start_analytics_schedule(60)
    assert schedule is not None
    try:
        end = time.monotonic() + 30
        while not schedule.started and time.monotonic() < end:
            time.sleep(0.05)
        assert len(schedule.started) == 2
    finally:
        schedule.stop()
    assert finished(schedule.started)[0]["status"] == "SUCCEEDED"


@pytest.mark.parametrize(("raw", "expected"), [(None, 30), ("", 30), ("0", 0), ("5", 5)])
def test_the_interval_comes_from_the_environment(
    raw: str | None, expected: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from heyfolio.dev.local_schedule import MINUTES_ENV, schedule_minutes

    if raw is None:
        monkeypatch.delenv(MINUTES_ENV, raising=False)
    else:
        monkeypatch.setenv(MINUTES_ENV, raw)
    assert schedule_minutes() == expected


@pytest.mark.parametrize("raw", ["-1", "ten", "1.5"])
def test_a_bad_interval_is_a_clear_error(raw: str) -> None:
    from heyfolio.dev.local_schedule import MINUTES_ENV, schedule_minutes

    with pytest.raises(ValueError, match=f"{MINUTES_ENV} must be a whole number of minutes"):
        schedule_minutes(raw)
