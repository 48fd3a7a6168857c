from __future__ import annotations

import pytest

from heyfolio.storage import handles
from heyfolio.storage.clock import ManualClock


def test_mint_resolve_consume_once(tables: None, clock: ManualClock) -> None:
    h = handles.mint("elicitation", {"tool": "contact", "step": 2}, visitor_id="v1")
    resolved = handles.resolve(h)
    assert resolved is not None and resolved.payload == {"tool": "contact", "step": 2}
    assert not resolved.consumed and resolved.visitor_id == "v1"
    clock.advance(5)
    used = handles.consume(h)
    assert used is not None and used.consumed_at == clock() and used.payload["step"] == 2
    assert handles.consume(h) is None, "a handle is consumed at most once"
    after = handles.resolve(h)
    assert after is not None and after.consumed


def test_ids_are_opaque_and_distinct(tables: None, clock: ManualClock) -> None:
    ids = {handles.mint("task", {"n": i}) for i in range(50)}
    assert len(ids) == 50
    assert all(len(i) >= 32 and "#" not in i for i in ids)


def test_kind_must_match(tables: None, clock: ManualClock) -> None:
    h = handles.mint("task", {})
    assert handles.resolve(h, kind="elicitation") is None
    assert handles.consume(h, kind="elicitation") is None
    assert handles.consume(h, kind="task") is not None


def test_unknown_and_bad_ttl(tables: None, clock: ManualClock) -> None:
    assert handles.resolve("nope") is None
    assert handles.consume("nope") is None
    assert handles.resolve("nope") is None, "consume must not create a handle"
    try:
        handles.mint("task", {}, ttl_seconds=0)
    except ValueError:
        pass
    else:
        raise AssertionError("a handle that is born expired is a bug")


def test_mint_never_overwrites(tables: None, clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> None:
    from heyfolio.storage import keys

    first = handles.mint("task", {"owner": "first"})
    fresh = iter([first, first, "second-id-0123456789abcdef0123456789"])
    monkeypatch.setattr(keys, "new_handle_id", lambda: next(fresh))
    second = handles.mint("task", {"owner": "second"})
    assert second == "second-id-0123456789abcdef0123456789"
    kept = handles.resolve(first)
    assert kept is not None and kept.payload == {"owner": "first"}
