"""The change stream: order, cursors, late writes inside the settle window, expiry, waking."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture
def clock(local_stack: None) -> Iterator[Any]:
    from heyfolio.storage.clock import ManualClock, using_clock

    manual = ManualClock(1_800_000_000.0)
    with using_clock(manual):
        yield manual


def test_events_come_back_in_order_once(clock: Any) -> None:
    from heyfolio.changes import changes_since, publish_change

    a = publish_change("portfolio://projects/a", summary="first")
    clock.advance(1)
    b = publish_change("portfolio://projects", "list_changed")
    events, cursor = changes_since(None)
    assert [(e.uri, e.kind, e.summary) for e in events] == [
        ("portfolio://projects/a", "resource_updated", "first"),
        ("portfolio://projects", "list_changed", None),
    ]
    assert [e.event_id for e in events] == [a.event_id, b.event_id]
    assert events[0].to_dict()["at"] == "2027-01-15T08:00:00.000000Z"
    assert changes_since(cursor)[0] == []
    clock.advance(1)
    c = publish_change("portfolio://projects/c")
    assert [e.event_id for e in changes_since(cursor)[0]] == [c.event_id]


def test_a_write_that_lands_late_is_still_delivered_exactly_once(clock: Any) -> None:
    from heyfolio.changes import changes_since, publish_change

    publish_change("portfolio://projects/a")
    clock.advance(2)
    events, cursor = changes_since(None)
    assert len(events) == 1
    # Another writer stamped its event 1 s ago, but its write lands only now.
    late = publish_change("portfolio://projects/late", at=clock.value - 1)
    events, cursor = changes_since(cursor)
    assert [e.event_id for e in events] == [late.event_id]
    clock.advance(30)
    assert changes_since(cursor)[0] == []


def test_latest_cursor_skips_the_backlog_and_limit_pages(clock: Any) -> None:
    from heyfolio.changes import changes_since, latest_cursor, publish_change

    for i in range(5):
        publish_change(f"portfolio://projects/p{i}")
        clock.advance(0.5)
    cursor = latest_cursor()
    assert changes_since(cursor)[0] == []
    publish_change("portfolio://projects/new")
    assert [e.uri for e in changes_since(cursor)[0]] == ["portfolio://projects/new"]
    page, next_cursor = changes_since(None, limit=2)
    rest, _ = changes_since(next_cursor, limit=100)
    assert [e.uri for e in page + rest] == [f"portfolio://projects/p{i}" for i in range(5)] + [
        "portfolio://projects/new"
    ]


def test_expired_events_are_not_served(clock: Any) -> None:
    from heyfolio.changes import changes_since, publish_change

    publish_change("portfolio://projects/old")
    clock.advance(24 * 3600 + 1)
    assert changes_since(None)[0] == []


@pytest.mark.parametrize("cursor", ["garbage", "eyJ3IjogMX0", "e30"])
def test_cursors_we_did_not_make_are_refused(local_stack: None, cursor: str) -> None:
    from heyfolio.changes import changes_since

    with pytest.raises(ValueError, match="invalid change cursor"):
        changes_since(cursor)


def test_bad_events_are_refused(local_stack: None) -> None:
    from heyfolio.changes import changes_since, publish_change

    with pytest.raises(ValueError, match="change kind"):
        publish_change("portfolio://projects/a", "deleted")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="portfolio://"):
        publish_change("https://example.org/x")
    assert changes_since(None)[0] == []


def test_a_waiter_is_woken_by_a_publisher(local_stack: None) -> None:
    from heyfolio.changes import events as change_events
    from heyfolio.changes import latest_cursor, publish_change, wait_for_changes

    cursor = latest_cursor()
    got: list[Any] = []
    # No poll and no deadline within the hour: only the publisher's wake-up can end this wait.
    waiter = threading.Thread(
        target=lambda: got.append(wait_for_changes(cursor, timeout=3600, poll_interval=3600)), daemon=True
    )
    waiter.start()
    # Publish only once the waiter is blocked on the wake-up (another thread's state: a deadline
    # here is patience, not a bound), so the wake-up itself is what is tested.
    deadline = time.monotonic() + 60
    while not change_events._wakeup._waiters:  # type: ignore[attr-defined]
        assert waiter.is_alive() and time.monotonic() < deadline, "the waiter never started waiting"
        time.sleep(0.01)
    publish_change("portfolio://projects/woken")
    waiter.join(timeout=60)
    assert not waiter.is_alive(), "the publisher did not wake the waiter"
    assert [e.uri for e in got[0][0]] == ["portfolio://projects/woken"]
    assert wait_for_changes(latest_cursor(), timeout=0.3)[0] == []
