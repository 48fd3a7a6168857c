"""The page against the real dev server, chat included (offline mode: no API key in tests).

Unlike ``test_e2e_page`` (scripted answers), these answers come from ``functions/chat`` over
the same ``POST /api/chat`` stream, so the citation links are checked against the URIs the
product really emits, and an unanswerable question travels all the way to the owner dashboard.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.live_server import serve

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def site(module_stack: None) -> Iterator[str]:
    from heyfolio.config import get_settings
    from heyfolio.dev.server import build_app

    with serve(build_app(get_settings())) as url:
        yield url


@pytest.fixture
def page(browser: Any, site: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    opened = context.new_page()
    opened.goto(site + "/")
    opened.wait_for_selector("body[data-ready='true']")
    yield opened
    context.close()


def ask(page: Any, question: str) -> Any:
    before = page.locator(".msg.assistant:not(.streaming)").count()
    page.fill("#chat-input", question)
    page.press("#chat-input", "Enter")
    page.wait_for_function(
        "n => document.querySelectorAll('.msg.assistant:not(.streaming)').length > n",
        arg=before,
        timeout=20_000,
    )
    return page.locator(".msg.assistant:not(.streaming)").last


def test_offline_answer_streams_with_citations_that_land_on_their_sections(page: Any) -> None:
    answer = ask(page, "What has Mira built with Rust?")
    assert answer.locator(".chat-error").count() == 0, answer.inner_text()
    assert "ledgerline" in answer.locator(".answer").inner_text().lower()
    assert "Offline answer" in answer.locator(".meta").inner_text()
    links = answer.locator(".sources a")
    assert links.count() >= 1
    hrefs = links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    on_page = [h for h in hrefs if h.startswith("#")]
    assert on_page, hrefs
    for href in on_page:  # every cited section exists on the page
        assert page.locator(href).count() == 1, href
    first = links.nth(hrefs.index(on_page[0]))
    first.click()
    page.wait_for_function(
        "id => document.activeElement && document.activeElement.id === id", arg=on_page[0][1:]
    )
    assert page.evaluate("sessionStorage.getItem('heyfolio.chat.session')")


def test_an_unanswerable_question_reaches_the_owner_dashboard(page: Any, browser: Any, site: str) -> None:
    from heyfolio.security.tokens import mint_token

    answer = ask(page, "What is Mira's favourite ice cream flavour?")
    assert answer.locator(".chat-error").count() == 0, answer.inner_text()
    assert answer.locator(".answer").inner_text().strip()

    context = browser.new_context(bypass_csp=True)
    try:
        owner = context.new_page()
        owner.goto(site + "/owner")
        owner.fill("#token", mint_token("owner"))
        owner.press("#token", "Enter")
        owner.wait_for_selector("body[data-ready='true']")
        rows = owner.locator("#questions tbody tr").all_inner_texts()
        asked = [r for r in rows if "favourite ice cream" in r]
        assert asked, rows
        assert "unanswered" in asked[0].lower()
    finally:
        context.close()
