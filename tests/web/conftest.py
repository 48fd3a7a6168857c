"""Fixtures for the web tests: one headless Chromium per module, and servers on loopback.

Chromium is Debian's (``tests/install_system_deps.sh``); Playwright's own browser download
does not work on these machines. Each test gets a fresh browser context (no shared storage).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("HEYFOLIO_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless Chromium for the whole module (starting one costs about a second)."""
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        pytest.fail(f"{CHROMIUM} is missing: run tests/install_system_deps.sh (make test does)")
    from playwright.sync_api import expect, sync_playwright

    # An ``expect`` waits for the page to reach a state (it polls the DOM, it does not time anything):
    # its bound only says when to give up. Playwright's 5 s default gave up on a loaded two-core
    # machine while the answer's stream was still closing, so every wait here may take 30 s.
    expect.set_options(timeout=30_000)

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="module")
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Module-wide settings with a private data folder (token keys), reset afterwards."""
    from heyfolio.config import get_settings
    from heyfolio.published import reload

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HEYFOLIO_DATA_DIR", str(tmp_path_factory.mktemp("web-data")))
        get_settings.cache_clear()
        reload()
        yield
    get_settings.cache_clear()
    reload()


@pytest.fixture(scope="module")
def module_stack(isolated_settings: None) -> Iterator[None]:
    """moto for the whole module with the tables created (the dev server's embedded AWS)."""
    from moto import mock_aws

    from heyfolio.storage.tables import ensure_tables

    with mock_aws():
        ensure_tables()
        yield
