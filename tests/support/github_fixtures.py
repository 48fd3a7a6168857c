"""Fixtures shared by tests/github and tests/flows: a test owner whose projects are the octokit
fixtures' repositories, moto with the flow resources, the webhook secret set, and the worker
handlers as Lambda runs them. Each of those folders' conftest imports them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.github.support import SECRET, local_flows, write_content


@pytest.fixture
def fixture_owner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_settings: None) -> Path:
    """HEYFOLIO_CONTENT points at a folder whose projects' repo: are the fixtures' repositories."""
    from heyfolio.config import get_settings
    from heyfolio.published import reload

    folder = write_content(tmp_path / "content")
    monkeypatch.setenv("HEYFOLIO_CONTENT", str(folder))
    get_settings.cache_clear()
    reload()
    return folder


@pytest.fixture
def stack(local_stack: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """moto with tables, queues, topic and state machines; the webhook secret configured."""
    from heyfolio.config import get_settings
    from heyfolio.github import secrets

    monkeypatch.setenv("GITHUB_WEBHOOK_SECRET", SECRET.decode())
    get_settings.cache_clear()
    secrets.clear_cache()
    with local_flows({"WorkerTaskTimeoutSeconds": 30}) as flows:
        yield flows
    get_settings.cache_clear()


@pytest.fixture
def webhook() -> Any:
    from heyfolio.stack.local_invoke import invoke_local

    return lambda event: invoke_local("github_webhook", event)


@pytest.fixture
def github_worker() -> Any:
    from heyfolio.dev.local_flows import worker_handler

    return worker_handler("github_worker")


@pytest.fixture
def flow_worker() -> Any:
    from heyfolio.dev.local_flows import worker_handler

    return worker_handler("flow_worker")
