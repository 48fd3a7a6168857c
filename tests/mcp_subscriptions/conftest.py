"""Fixtures: an owner whose project is the webhook fixtures' repository, the dev app over HTTP with flows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.github.support import SECRET, write_content
from tests.mcp_tasks.support import live_stack


@pytest.fixture
def base_url(local_stack: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    from heyfolio.config import get_settings
    from heyfolio.github import secrets
    from heyfolio.published import reload

    monkeypatch.setenv("HEYFOLIO_CONTENT", str(write_content(tmp_path / "content")))
    monkeypatch.setenv("GITHUB_WEBHOOK_SECRET", SECRET.decode())
    get_settings.cache_clear()
    secrets.clear_cache()
    reload()
    with live_stack() as base:
        yield base
