"""Models follow the settings at first use, and again whenever the settings change."""

from __future__ import annotations

import pytest

from heyfolio.aws import clients
from heyfolio.config import get_settings
from heyfolio.storage import binding, handles, sessions
from heyfolio.storage.clock import ManualClock
from heyfolio.storage.tables import ensure_tables


def test_models_are_unbound_until_used() -> None:
    from heyfolio.storage import models as m

    binding.unbind()
    m.StateItem.Meta.table_name = None
    with pytest.raises(AttributeError, match="table_name"):
        m.SessionItem.get("SESSION#x", "SESSION")  # direct model use without binding fails loudly


def test_models_follow_changed_settings(
    aws: None, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    ensure_tables()
    first = sessions.create("v1")
    monkeypatch.setenv("HEYFOLIO_TABLE", "tenant-b-state")
    monkeypatch.setenv("HEYFOLIO_EVENTS_TABLE", "tenant-b-events")
    get_settings.cache_clear()
    ensure_tables()
    second = sessions.create("v2")
    assert sessions.get(second.session_id) is not None
    assert sessions.get(first.session_id) is None, "reads go to the new table"
    scanned = clients.client("dynamodb").scan(TableName="tenant-b-state")["Items"]
    assert [i["session_id"]["S"] for i in scanned] == [second.session_id]

    monkeypatch.delenv("HEYFOLIO_TABLE")
    monkeypatch.delenv("HEYFOLIO_EVENTS_TABLE")
    get_settings.cache_clear()
    assert sessions.get(first.session_id) is not None
    h = handles.mint("task", {})
    from heyfolio.storage import models as m

    assert m.HandleItem.Meta.table_name == get_settings().table_name
    assert handles.resolve(h) is not None
