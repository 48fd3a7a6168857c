from __future__ import annotations

from heyfolio.storage import sessions
from heyfolio.storage.clock import ManualClock


def test_create_get_roundtrip(tables: None, clock: ManualClock) -> None:
    s = sessions.create("visitor-1", data={"ua": "curl"})
    assert s.visitor_id == "visitor-1"
    assert s.expires_at == clock() + sessions.DEFAULT_TTL_SECONDS
    assert sessions.get(s.session_id) == s


def test_create_mints_a_visitor_when_none_given(tables: None, clock: ManualClock) -> None:
    a, b = sessions.create(), sessions.create()
    assert a.visitor_id and b.visitor_id and a.visitor_id != b.visitor_id
    assert a.session_id != b.session_id


def test_touch_slides_expiry(tables: None, clock: ManualClock) -> None:
    s = sessions.create(ttl_seconds=100)
    for _ in range(5):  # kept alive well past the first expiry by activity
        clock.advance(90)
        touched = sessions.touch(s.session_id, ttl_seconds=100)
        assert touched is not None
        assert touched.last_seen_at == clock()
        assert touched.expires_at == clock() + 100
    assert sessions.get(s.session_id) is not None
    clock.advance(100)
    assert sessions.get(s.session_id) is None


def test_unknown_session(tables: None, clock: ManualClock) -> None:
    assert sessions.get("nope") is None
    assert sessions.touch("nope") is None
    assert sessions.get("nope") is None, "touch must not create a session"
