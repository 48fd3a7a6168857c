"""The endpoint's record of a tool call, written with the light client on a cold path, is the item the
pynamodb model writes: the owner's analytics read it back the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from heyfolio.aws import lite


def test_light_record_reads_back_as_the_models(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from moto.moto_api._internal.models import moto_api_backend

    from heyfolio.config import get_settings
    from heyfolio.dev.local_emulator import LocalEmulator
    from heyfolio.storage import clock, invocations
    from heyfolio.storage.tables import ensure_tables

    monkeypatch.setenv("HEYFOLIO_DATA_DIR", str(tmp_path))
    # moto's backends are process-wide: another test's emulator in this worker may have left tool
    # calls at the same day behind (a fresh-clone run once read two search_portfolio records here).
    moto_api_backend.reset()
    seen: list[tuple[str, str]] = []
    remove = lite.on_call(lambda service, op, params: seen.append((service, op)))
    with LocalEmulator(), clock.using_clock(lambda: 1_796_000_100.0):
        try:
            assert lite.available()
            ensure_tables()
            light = invocations.record(
                "search_portfolio",
                "visitor",
                12.5,
                "ok",
                at=1_796_000_000.25,
                surface="tool",
                client_name="claude-code",
                cited=["portfolio://projects/shoal"],
                projects={"viewed": [], "cited": ["shoal"], "asked": ["shoal"]},
            )
            assert seen == [("dynamodb", "PutItem")]
            monkeypatch.setattr(lite, "available", lambda settings=None: False)
            modelled = invocations.record(
                "get_profile", "anonymous", 3, "error", at=1_796_000_001, error="boom"
            )
            stored = invocations.list_since(1_795_999_000)
            assert stored == [light, modelled]
            assert stored[0].projects == {"cited": ("shoal",), "asked": ("shoal",)}
            assert [i.tool for i in invocations.list_since(1_795_999_000, tool="search_portfolio")] == [
                "search_portfolio"
            ]
        finally:
            remove()
            moto_api_backend.reset()
    get_settings.cache_clear()
