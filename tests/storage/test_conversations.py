from __future__ import annotations

import pytest

from heyfolio.storage import conversations, sessions
from heyfolio.storage.clock import ManualClock
from heyfolio.storage.errors import NotFound


def test_history_is_in_append_order(tables: None, clock: ManualClock) -> None:
    c = conversations.create("v1", title="hello")
    contents = [f"message {i}" for i in range(12)]
    for i, text in enumerate(contents):
        # Clock going backwards must not reorder: the order is the counter's.
        clock.advance(-1 if i % 2 else 3)
        conversations.append(c.conversation_id, "user" if i % 2 == 0 else "assistant", text, meta={"i": i})
    got = conversations.history(c.conversation_id)
    assert [m.content for m in got] == contents
    assert [m.seq for m in got] == list(range(1, 13))
    assert [m.meta["i"] for m in got] == list(range(12))
    assert all(m.visitor_id == "v1" for m in got)
    meta = conversations.get(c.conversation_id)
    assert meta is not None and meta.message_count == 12 and meta.title == "hello"


def test_newest_n_is_the_tail_in_chronological_order(tables: None, clock: ManualClock) -> None:
    c = conversations.create("v1")
    for i in range(10):
        conversations.append(c.conversation_id, "user", str(i))
    assert [m.content for m in conversations.newest(c.conversation_id, 3)] == ["7", "8", "9"]
    assert [m.content for m in conversations.newest(c.conversation_id, 50)] == [str(i) for i in range(10)]
    assert conversations.newest(c.conversation_id, 0) == []


def test_append_to_unknown_conversation_fails(tables: None, clock: ManualClock) -> None:
    with pytest.raises(NotFound):
        conversations.append("missing", "user", "hi")
    assert conversations.history("missing") == []


def test_bad_role_refused(tables: None, clock: ManualClock) -> None:
    c = conversations.create("v1")
    with pytest.raises(ValueError, match="role"):
        conversations.append(c.conversation_id, "owner", "hi")  # type: ignore[arg-type]
    assert conversations.history(c.conversation_id) == []


def test_list_and_delete_for_visitor(tables: None, clock: ManualClock) -> None:
    mine = [conversations.create("v1") for _ in range(2)]
    other = conversations.create("v2")
    s = sessions.create("v1")
    for c in [*mine, other]:
        for i in range(3):
            clock.advance(1)
            conversations.append(c.conversation_id, "user", f"{c.conversation_id}:{i}")
    listed = conversations.list_for_visitor("v1")
    assert [c.conversation_id for c in listed] == [mine[1].conversation_id, mine[0].conversation_id]

    assert conversations.delete_for_visitor("v1") == 2 * (1 + 3)
    assert conversations.list_for_visitor("v1") == []
    assert all(conversations.history(c.conversation_id) == [] for c in mine)
    assert all(conversations.get(c.conversation_id) is None for c in mine)
    # Other visitors' conversations and the visitor's other items are untouched.
    assert len(conversations.history(other.conversation_id)) == 3
    assert sessions.get(s.session_id) is not None
    assert conversations.delete_for_visitor("v1") == 0
