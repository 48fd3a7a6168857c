"""Demo health on the web page's project cards, in real Chromium: the dev server (GET /api/demos,
the change feed) over a copy of the sample content whose tram-board project declares a demo on a
loopback server; when the checker finds it down, the open page hears it and redraws the card."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.demos.servers import DemoApp, serve
from tests.support.live_server import serve as serve_app
from tests.web.conftest import CHROMIUM_ARGS, browser  # noqa: F401

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo() -> Iterator[tuple[DemoApp, str]]:
    app = DemoApp()
    with serve(app) as url:
        yield app, url


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, demo: tuple[DemoApp, str]) -> Iterator[str]:
    from moto import mock_aws

    from heyfolio.aws.clients import clear_cache
    from heyfolio.config import get_settings
    from heyfolio.dev.server import build_app
    from heyfolio.published import reload
    from heyfolio.storage.tables import ensure_tables

    content = tmp_path_factory.mktemp("demo-content") / "content"
    shutil.copytree(ROOT / "content", content)
    page = content / "projects" / "tram-board.md"
    page.write_text(
        page.read_text().replace("featured: false\n", f"featured: false\ndemos: [{demo[1]}/]\n", 1)
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HEYFOLIO_CONTENT", str(content))
        patch.setenv("HEYFOLIO_DATA_DIR", str(tmp_path_factory.mktemp("demo-data")))
        get_settings.cache_clear()
        reload()
        clear_cache()
        with mock_aws():
            ensure_tables()
            with serve_app(build_app(get_settings())) as url:
                yield url
        clear_cache()
    get_settings.cache_clear()
    reload()


def _check(now: float) -> None:
    from heyfolio.demos.monitor import check_all
    from heyfolio.published import get_published

    with httpx.Client() as client:
        check_all(get_published().portfolio, client, now=now)


def test_cards_show_demo_health_and_follow_an_outage_live(
    browser: Any,  # noqa: F811
    site: str,
    demo: tuple[DemoApp, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import time

    import heyfolio.limits.alerts as alerts

    monkeypatch.setattr(alerts, "notify_owner", lambda *a, **k: None)
    app, demo_url = demo
    api = httpx.get(f"{site}/api/demos").json()
    assert api == {"demos": {"tram-board": [{"url": f"{demo_url}/", "state": "unknown", "up": None}]}}

    now = time.time()
    _check(now)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=False)
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(site + "/")
        page.wait_for_selector("body[data-ready='true']", timeout=10_000)
        card = page.locator("#project-tram-board")
        fact = card.locator(".demos .demo")
        fact.wait_for(timeout=10_000)
        assert fact.get_attribute("data-state") == "up"
        assert fact.inner_text().startswith("Demo up (127.0.0.1:")
        assert card.locator(".demos a").get_attribute("href") == f"{demo_url}/"
        assert page.locator(".demos").count() == 1  # only the project that declares a demo

        app.mode = "503"
        _check(now + 60)
        _check(now + 120)  # the second failure opens the incident and records the change
        page.locator("#project-tram-board .demos .demo[data-state='down']").wait_for(timeout=15_000)
        assert card.locator(".demos .demo").inner_text().startswith("Demo down since ")
        app.mode = "ok"
        _check(now + 180)
        page.locator("#project-tram-board .demos .demo[data-state='up']").wait_for(timeout=15_000)
        assert errors == []
    finally:
        context.close()
