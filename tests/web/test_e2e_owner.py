"""The owner dashboard in a real headless Chromium, drawing its charts from stored data.

Leads, tool invocations, model usage and visitor questions are written through the storage
repositories into moto (the dev server's embedded DynamoDB); the page reads them back
through ``/api/owner/*`` with a token minted by ``heyfolio.security.tokens``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.support.live_server import serve

pytestmark = pytest.mark.e2e
DAY = 24 * 3600
LATENCIES = {  # tool -> latencies in ms (nearest-rank p50 / p95 are easy to read off)
    "match_role": [200.0, 300.0, 400.0, 500.0, 1200.0],  # p50 400, p95 1200
    "search_portfolio": [10.0, 20.0, 30.0, 40.0, 90.0],  # p50 30, p95 90
    "get_project": [5.0, 6.0, 7.0],  # p50 6, p95 7
}
USAGE = {0: (3000, 400, 0.0123), 1: (1000, 100, 0.0031), 3: (5000, 900, 0.0257)}  # days ago -> tokens, cost


@pytest.fixture(scope="module")
def seeded(module_stack: None) -> dict[str, Any]:
    from heyfolio.storage import invocations, leads, usage
    from heyfolio.storage.questions import record

    now = time.time()
    for tool, values in LATENCIES.items():
        for i, ms in enumerate(values):
            invocations.record(tool, "visitor", ms, "ok", at=now - 60 - i)
    for days_ago, (tokens_in, tokens_out, cost) in USAGE.items():
        usage.record("claude-haiku-4-5", tokens_in, tokens_out, cost, 500, at=now - days_ago * DAY)
    approved, _ = leads.create_once(
        "lead-1", name="Ada Lovelace", email="ada@example.com", message="Staff role", consent=True
    )
    leads.transition(approved.lead_id, "new", "approved")
    leads.create_once(
        "lead-2", name="Grace Hopper", email="grace@example.com", message="Principal role", consent=True
    )
    record("What did she build with Rust?", answered=True, source="chat")
    record("What is her shoe size?", answered=False, source="chat")
    return {"now": now}


@pytest.fixture(scope="module")
def site(seeded: dict[str, Any]) -> Iterator[str]:
    from heyfolio.config import get_settings
    from heyfolio.dev.server import build_app

    with serve(build_app(get_settings())) as url:
        yield url


@pytest.fixture
def new_page(browser: Any) -> Iterator[Any]:
    contexts: list[Any] = []

    def opener(width: int = 1280, height: int = 1000) -> Any:
        context = browser.new_context(viewport={"width": width, "height": height}, bypass_csp=True)
        contexts.append(context)
        return context.new_page()

    yield opener
    for context in contexts:
        context.close()


def sign_in(page: Any, site: str, token: str) -> None:
    page.goto(site + "/owner")
    page.wait_for_selector("#token")
    page.fill("#token", token)
    page.press("#token", "Enter")
    page.wait_for_selector("body[data-ready]")


def test_without_a_token_the_dashboard_asks_for_one(new_page: Any, site: str) -> None:
    page = new_page()
    page.goto(site + "/owner")
    page.wait_for_selector("#signin:not([hidden])")
    assert page.locator("#dashboard").is_hidden()
    assert "heyfolio token --role owner" in page.inner_text("#signin")
    assert page.evaluate("document.activeElement.id") == "token"


@pytest.mark.parametrize(
    ("kind", "message"),
    [("visitor", "Not allowed: This token belongs to a visitor"), ("garbage", "The token was refused")],
)
def test_a_refused_token_gets_a_clear_message_and_is_forgotten(
    new_page: Any, site: str, kind: str, message: str
) -> None:
    from heyfolio.security.tokens import mint_token

    token = mint_token("visitor") if kind == "visitor" else "eyJhbGciOiJIUzI1NiJ9.e30.bad"
    page = new_page()
    sign_in(page, site, token)
    assert page.evaluate("document.body.dataset.ready") == "error"
    assert message in page.inner_text("#notice")
    assert page.locator("#dashboard").is_hidden() and page.locator("#signin").is_visible()
    assert page.evaluate("sessionStorage.getItem('heyfolio.owner.token')") is None


def test_dashboard_draws_stored_data(new_page: Any, site: str) -> None:
    from heyfolio.security.tokens import mint_token

    page = new_page()
    sign_in(page, site, mint_token("owner"))
    assert page.evaluate("document.body.dataset.ready") == "true", page.inner_text("#notice")

    # Latency: one p50 and one p95 bar per tool, slowest p95 first, bars as long as the values say.
    latency = page.locator("#latency-chart svg")
    assert (
        latency.get_attribute("role") == "img"
        and "Latency per tool" in latency.locator("title").first.text_content()
    )
    labels = latency.locator("text.label-strong").all_text_contents()
    assert labels == ["match_role (5)", "search_portfolio (5)", "get_project (3)"]
    p50 = latency.locator("rect.p50").evaluate_all(
        "rs => rs.map(r => [+r.dataset.value, +r.getAttribute('width')])"
    )
    p95 = latency.locator("rect.p95").evaluate_all(
        "rs => rs.map(r => [+r.dataset.value, +r.getAttribute('width')])"
    )
    assert [v for v, _ in p50] == [400.0, 30.0, 6.0]
    assert [v for v, _ in p95] == [1200.0, 90.0, 7.0]
    assert p95[0][1] > p50[0][1] > p95[1][1] > 0  # lengths follow the values on one scale
    assert p95[0][1] / p50[0][1] == pytest.approx(3.0, rel=0.02)

    # Tokens and cost per day: 14 days, stacked input/output columns, values from the usage records.
    tokens = page.locator("#tokens-chart svg")
    inputs = tokens.locator("rect.input").evaluate_all("rs => rs.map(r => +r.dataset.value)")
    outputs = tokens.locator("rect.output").evaluate_all("rs => rs.map(r => +r.dataset.value)")
    assert len(inputs) == 14 and len(outputs) == 14
    assert inputs[-1] == 3000 and inputs[-2] == 1000 and inputs[-4] == 5000 and inputs[-3] == 0
    assert outputs[-1] == 400 and sum(outputs) == 1400
    costs = page.locator("#cost-chart rect.cost").evaluate_all("rs => rs.map(r => +r.dataset.value)")
    assert costs[-1] == pytest.approx(0.0123) and costs[-4] == pytest.approx(0.0257)
    tallest = page.locator("#cost-chart rect.cost").evaluate_all(
        "rs => rs.map(r => +r.getAttribute('height')).indexOf(Math.max(...rs.map(r => +r.getAttribute('height'))))"
    )
    assert tallest == 10  # three days ago, the most expensive day

    # The same numbers are available as a table (screen readers, copying).
    page.locator("#latency-chart summary").click()
    assert "1.2 s" in page.locator("#latency-chart table").inner_text()

    tiles = page.inner_text("#tiles")
    assert "1 / 2" in tiles and "$0.04" in tiles and "13" in tiles  # unanswered/total, cost, tool calls

    questions = page.locator("#questions tbody tr").all_inner_texts()
    assert questions[0].startswith("What is her shoe size?") and "unanswered" in questions[0].lower()
    assert questions[1].startswith("What did she build with Rust?")
    leads = page.locator("#leads tbody tr").all_inner_texts()
    assert leads[0].startswith("Grace Hopper") and "new" in leads[0].lower()
    assert leads[1].startswith("Ada Lovelace") and "approved" in leads[1].lower()
    assert page.locator("#leads a[href='mailto:grace@example.com']").count() == 1

    # The token stays for this tab: a reload shows the dashboard again; "Forget token" ends it.
    page.reload()
    page.wait_for_selector("body[data-ready='true']")
    assert page.locator("#dashboard").is_visible()
    page.click("#signout")
    assert page.locator("#signin").is_visible()
    assert page.evaluate("sessionStorage.getItem('heyfolio.owner.token')") is None


def test_period_switch_and_phone_width(new_page: Any, site: str) -> None:
    from heyfolio.security.tokens import mint_token

    page = new_page(width=375, height=812)
    sign_in(page, site, mint_token("owner"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    svg_width = page.locator("#tokens-chart svg").evaluate("s => +s.getAttribute('width')")
    assert 280 <= svg_width <= 375
    page.select_option("#days", "7")
    # Wait for the event (the 7-day load has drawn), then assert: no timing guess.
    page.wait_for_selector('body[data-ready="true"][data-days="7"]', timeout=60_000)
    expect(page.locator("#tokens-chart rect.input")).to_have_count(7)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


def test_a_slower_earlier_response_never_overwrites_a_newer_period(new_page: Any, site: str) -> None:
    """A 14-day refresh is held back until the 7-day view asked for after it is drawn, then
    released: the page must still show 7 days (before the fix the late 14-day answer won)."""
    from heyfolio.security.tokens import mint_token

    page = new_page()
    sign_in(page, site, mint_token("owner"))
    assert page.evaluate("document.body.dataset.days") == "14"
    held: list[Any] = []
    page.route("**/api/owner/*?days=14", lambda route: held.append(route))  # 14-day answers now wait
    with page.expect_request("**/api/owner/usage?days=14"):
        page.click("#refresh")  # a 14-day load in flight...
    assert page.evaluate("document.body.dataset.ready") is None, "the refresh is still waiting"
    page.select_option("#days", "7")  # ...when the owner switches to 7 days
    page.wait_for_selector('body[data-ready="true"][data-days="7"]', timeout=60_000)
    assert len(held) == 3
    released = 0
    for route in held:  # now the old answers arrive, last (unless the page already dropped them)
        try:
            route.continue_()
        except Exception:  # the page aborted that request when the period changed: nothing to release
            continue
        # Resolves when the answer's headers arrive, or with None once the request failed (the page
        # aborted it when the period changed): an event either way, no timeout to wait out.
        response = route.request.response()
        if response is not None and response.finished() is None:  # its body reached the page
            released += 1
    # Let the page run whatever the late answers trigger (the next frame comes after those tasks).
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => done(null)))")
    assert page.evaluate("document.body.dataset.days") == "7", f"{released} stale answers were drawn"
    expect(page.locator("#tokens-chart rect.input")).to_have_count(7)
