"""The owner dashboard's analytics panels in a real headless Chromium (strict CSP, not bypassed), drawn from
traffic made on the dev server and the analytics flow's output."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.analytics.conftest import chat, mcp
from tests.analytics.test_insights_flow import CONVERSATIONS, run_flow

pytestmark = pytest.mark.e2e
CHROMIUM = os.environ.get("HEYFOLIO_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]  # fmt: skip


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        pytest.fail(f"{CHROMIUM} is missing: run tests/install_system_deps.sh (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield launched
        finally:
            launched.close()


def test_analytics_panels_draw_real_traffic(browser: Any, dev_site: str) -> None:
    from heyfolio.published import get_published
    from heyfolio.security.tokens import mint_token

    slug = get_published().portfolio.projects[0].slug
    for turns in CONVERSATIONS:
        session = None
        for message in turns:
            session = chat(dev_site, message, session)
    mcp(dev_site, "tools/call", {"name": "get_project", "arguments": {"slug": slug}})
    mcp(dev_site, "resources/read", {"uri": f"portfolio://projects/{slug}"})
    run_flow(datetime.now(UTC).date().isoformat())

    context = browser.new_context(viewport={"width": 1280, "height": 1400})
    errors: list[str] = []
    try:
        page = context.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(dev_site + "/owner")
        page.fill("#token", mint_token("owner"))
        page.press("#token", "Enter")
        expect(page.locator("body")).to_have_attribute("data-analytics-ready", "true", timeout=30_000)

        # Topics over time: one stacked column per topic for today, labelled for screen readers.
        topics = page.locator("#topics-chart svg")
        assert topics.get_attribute("role") == "img"
        assert "Conversation topics per day" in topics.locator("title").first.text_content()
        assert page.locator("#topics-chart rect.bar").count() >= 1
        # Intents: hiring has the longest bar (three of five conversations).
        intents = page.locator("#intents-chart rect.bar")
        values = {intents.nth(i).locator("title").text_content().split(" — ")[0]: float(intents.nth(i).get_attribute("data-value")) for i in range(intents.count())}  # fmt: skip
        assert values["hiring"] == 3 and max(values, key=values.__getitem__) == "hiring"
        # Unanswered needs: the headline the owner acts on, in the words of the period chosen.
        expect(page.locator("#needs li").first).to_have_text(
            "3 recruiters asked about snowflake in the last 14 days; your content says little about it"
        )
        page.select_option("#days", "7")
        expect(page.locator("#needs li").first).to_have_text(
            "3 recruiters asked about snowflake this week; your content says little about it"
        )
        expect(page.locator("body")).to_have_attribute("data-analytics-ready", "true")
        # Project interest: the project viewed twice (get_project + resource read) is drawn with its views.
        views = page.locator("#interest-chart rect.bar.series-0")
        assert any(views.nth(i).get_attribute("data-value") == "2" for i in range(views.count()))
        # Calls and clients: the MCP client's name from clientInfo.
        expect(page.locator("#activity-chart .clients")).to_contain_text("analytics-test-client 2")
        # Every chart has its table fallback.
        page.locator("#intents-chart summary").click()
        expect(page.locator("#intents-chart table")).to_contain_text("Intent")
        assert not [e for e in errors if "Content Security Policy" in e or "Refused" in e], errors
    finally:
        context.close()
