"""/docs in a real headless Chromium with every request outside the dev server refused: the API
description renders from this server's own assets (no CDN), so the docs work offline."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.support.live_server import serve

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def site(module_stack: None) -> Iterator[str]:
    from heyfolio.config import get_settings
    from heyfolio.dev.server import build_app

    with serve(build_app(get_settings())) as url:
        yield url


def test_docs_render_offline_from_the_stack_own_assets(browser: Any, site: str) -> None:
    context = browser.new_context()
    outside: list[str] = []

    def only_this_server(route: Any) -> None:
        if route.request.url.startswith(site):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_this_server)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{site}/docs")
    expect(page.locator("body")).to_have_attribute("data-ready", "true", timeout=15_000)
    contact = page.locator("details.docs-op", has_text="/api/contact")
    expect(contact.first).to_be_visible()
    assert page.locator("details.docs-op").count() > 20
    page.fill("#docs-filter", "post /api/contact")
    expect(page.locator("details.docs-op:visible")).to_have_count(1)
    assert outside == [] and errors == []
    context.close()
