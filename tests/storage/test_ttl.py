"""Every read path drops items whose expires_at has passed, though DynamoDB still holds them.

moto, like DynamoDB before its sweeper runs, keeps expired items: each test checks that the
raw item is still in the table after expiry, so the filter, not a deletion, hid it.
"""

from __future__ import annotations

from heyfolio.config import get_settings
from heyfolio.storage import audit, conversations, handles, invocations, keys, leads, sessions, usage
from heyfolio.storage.clock import ManualClock

from .conftest import RawItem


def test_is_live_boundary_is_exclusive(clock: ManualClock) -> None:
    from heyfolio.storage.expiry import is_live

    assert is_live(None)
    assert is_live(clock() + 1)
    assert not is_live(clock())
    assert not is_live(clock() - 1)


def test_session_expires_for_get_and_touch(clock: ManualClock, raw_item: RawItem) -> None:
    s = sessions.create(ttl_seconds=60)
    clock.advance(59)
    assert sessions.get(s.session_id) is not None
    clock.advance(1)
    assert sessions.get(s.session_id) is None
    assert sessions.touch(s.session_id) is None, "an expired session must not be revived"
    assert raw_item(get_settings().table_name, keys.session_pk(s.session_id), keys.SESSION_SK) is not None


def test_conversation_reads_skip_expired(clock: ManualClock, raw_item: RawItem) -> None:
    c = conversations.create("v1", retention_seconds=100)
    conversations.append(c.conversation_id, "user", "old", retention_seconds=100)
    clock.advance(50)
    conversations.append(c.conversation_id, "assistant", "new", retention_seconds=100)
    clock.advance(60)  # the first message (expires at +100) is gone, the second (+150) is not
    assert [m.content for m in conversations.history(c.conversation_id)] == ["new"]
    assert [m.content for m in conversations.newest(c.conversation_id, 5)] == ["new"]
    assert conversations.get(c.conversation_id) is not None
    clock.advance(100)
    assert conversations.history(c.conversation_id) == []
    assert conversations.newest(c.conversation_id, 5) == []
    assert conversations.get(c.conversation_id) is None
    assert conversations.list_for_visitor("v1") == []
    table = get_settings().table_name
    assert raw_item(table, keys.conversation_pk(c.conversation_id), keys.message_sk(1)) is not None


def test_append_to_expired_conversation_is_refused(tables: None, clock: ManualClock) -> None:
    from heyfolio.storage.errors import NotFound

    c = conversations.create("v1", retention_seconds=10)
    clock.advance(10)
    try:
        conversations.append(c.conversation_id, "user", "hello?")
    except NotFound:
        pass
    else:
        raise AssertionError("append to an expired conversation must fail")


def test_handle_expires_for_resolve_and_consume(clock: ManualClock, raw_item: RawItem) -> None:
    h = handles.mint("elicitation", {"q": 1}, ttl_seconds=30)
    clock.advance(30)
    assert handles.resolve(h) is None
    assert handles.consume(h) is None
    assert raw_item(get_settings().table_name, keys.handle_pk(h), keys.HANDLE_SK) is not None


def test_lead_expires_for_get_and_list(tables: None, clock: ManualClock) -> None:
    lead, _ = leads.create_once(
        "k", name="Ada", email="a@x.io", message="hi", consent=True, retention_seconds=10
    )
    assert [x.lead_id for x in leads.list_by_status("new")] == [lead.lead_id]
    clock.advance(10)
    assert leads.get(lead.lead_id) is None
    assert leads.list_by_status("new") == []


def test_events_expire_for_every_listing(tables: None, clock: ManualClock) -> None:
    start = clock()
    invocations.record("search", "v1", 10, "ok", retention_seconds=5)
    audit.append("owner", "login", outcome="ok", retention_seconds=5)
    usage.record("claude-x", 1, 2, 0.5, 100, retention_seconds=5)
    assert len(invocations.list_since(start - 1)) == 1
    assert len(audit.list_recent()) == 1
    clock.advance(5)
    assert invocations.list_since(start - 1) == []
    assert invocations.list_since(start - 1, tool="search") == []
    assert invocations.percentiles(start - 1) == {}
    assert audit.list_recent() == []
    assert audit.list_by_actor("owner") == []
    day = keys.day_of(start)
    assert usage.records_for_day(day) == []
    assert usage.totals_for_day(day).total.calls == 0
