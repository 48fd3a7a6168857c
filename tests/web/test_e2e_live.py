"""The visitor's page follows GitHub live: signed webhooks change a project card without a reload.

The whole local stack runs as ``make dev`` runs it - the dev app on loopback over moto (Step
Functions executing the ASL), the flow resources with their queue poller playing Lambda's SQS
event sources - and the owner's one project points at the octokit fixtures' repository. The
test posts the fixtures' raw bytes, signed, to ``POST /webhooks/github`` over real HTTP; the
worker applies them, the change feed (``GET /api/changes``) tells the page, and ``live.js``
redraws the cards. The page keeps its real Content-Security-Policy (no ``bypass_csp``), so the
feed is also proven to be allowed by it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from heyfolio.github.signature import sign
from tests.github.support import SECRET, WEBHOOK_FIXTURES, write_content

pytestmark = pytest.mark.e2e
CARD = "#project-hello-world"  # Codertocat/Hello-World, the repository of every fixture below
PROJECTS = {"hello-world": "Codertocat/Hello-World", "octo-repo": "octo-org/octo-repo"}
LIVE_TIMEOUT_MS = 60_000  # typically well under a second; a bound for a loaded machine, not a rate

# Installed on the page before any webhook: a marker that only survives if the document does,
# and a log of every text the card's live row showed (so a value that flashed by is caught too).
WATCH = """() => {
  window.__marker = 'set-before-the-webhooks';
  window.__shown = [];
  const note = () => {
    const row = document.querySelector('#project-hello-world .live');
    const text = row ? row.innerText : null;
    if (window.__shown[window.__shown.length - 1] !== text) window.__shown.push(text);
  };
  note();
  new MutationObserver(note).observe(document.getElementById('project-list'), {childList: true, subtree: true});
}"""


@pytest.fixture
def site(local_stack: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The dev app with the local flows running, for an owner whose projects are the fixtures' repos."""
    from heyfolio.config import get_settings
    from heyfolio.github import secrets
    from heyfolio.published import reload
    from tests.mcp_tasks.support import live_stack

    monkeypatch.setenv("HEYFOLIO_CONTENT", str(write_content(tmp_path / "content", PROJECTS)))
    monkeypatch.setenv("GITHUB_WEBHOOK_SECRET", SECRET.decode())
    get_settings.cache_clear()
    secrets.clear_cache()
    reload()
    with live_stack() as base:
        yield base


@dataclass
class LivePage:
    """The open page, its uncaught errors and every document it loaded (one, unless it reloaded)."""

    page: Any
    errors: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)


@pytest.fixture
def live_page(browser: Any, site: str) -> Iterator[LivePage]:
    """The page at ``/``, ready, its change feed connected, and the watch installed."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        live = LivePage(context.new_page())
        live.page.on("pageerror", lambda error: live.errors.append(str(error)))
        live.page.on(
            "request", lambda r: live.documents.append(r.url) if r.resource_type == "document" else None
        )
        live.page.goto(site + "/")
        live.page.wait_for_selector("body[data-ready='true']", timeout=60_000)
        # The feed reads "now" before answering, so a change after OPEN is never missed.
        wait_until(live.page, "() => window.heyfolioLive && window.heyfolioLive.readyState === 1")
        live.page.evaluate(WATCH)
        yield live
    finally:
        context.close()


def wait_until(page: Any, predicate: str, timeout: float = 60.0) -> None:
    """Poll ``predicate`` with ``page.evaluate`` (``wait_for_function`` would need eval, which the CSP forbids)."""
    end = time.monotonic() + timeout
    while not page.evaluate(predicate):
        if time.monotonic() > end:
            raise AssertionError(f"not true within {timeout} s: {predicate}")
        time.sleep(0.05)


def deliver(site: str, fixture: str, delivery: str, *, secret: bytes = SECRET) -> httpx.Response:
    """POST a fixture's raw bytes as GitHub does, signed with ``secret``."""
    body = (WEBHOOK_FIXTURES / fixture).read_bytes()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "GitHub-Hookshot/044aadd",
        "X-GitHub-Event": fixture.split(".", 1)[0],
        "X-GitHub-Delivery": delivery,
        "X-Hub-Signature-256": sign(secret, body),
    }
    return httpx.post(f"{site}/webhooks/github", content=body, headers=headers, timeout=10)


def timed(action: Callable[[], None]) -> float:
    started = time.monotonic()
    action()
    return time.monotonic() - started


def assert_not_reloaded(live: LivePage, site: str) -> None:
    assert live.page.evaluate("window.__marker") == "set-before-the-webhooks"
    assert live.page.evaluate("performance.getEntriesByType('navigation').length") == 1
    assert live.documents == [site + "/"], "the page was loaded more than once"
    assert live.errors == []


def test_star_and_release_update_the_card_without_a_reload(live_page: LivePage, site: str) -> None:
    from playwright.sync_api import expect

    page = live_page.page
    card = page.locator(CARD)
    facts = card.locator(".live li")
    assert card.locator(".live").count() == 0  # no live data yet: the card shows its content only
    assert page.locator("#project-list > li").count() == 2
    card.locator("summary").click()  # a visitor reading the card keeps it open through updates
    card.locator(".project-body p").first.wait_for()

    forged = deliver(site, "star.created.payload.json", "e2e-forged-star", secret=b"not-the-secret")
    assert forged.status_code == 401  # a forged delivery is refused and shows nothing

    assert deliver(site, "star.created.payload.json", "e2e-star-1").status_code == 202
    star_seconds = timed(lambda: expect(facts).to_have_text(["★ 1"], timeout=LIVE_TIMEOUT_MS))
    assert facts.first.locator("span").get_attribute("title") == "1 stars on GitHub"
    assert "project-updated" in (card.get_attribute("class") or "")
    assert card.get_attribute("data-updated-at")
    assert card.locator("details").get_attribute("open") is not None
    assert page.locator("#project-octo-repo .live").count() == 0  # the other card is untouched

    assert deliver(site, "release.published.payload.json", "e2e-release-1").status_code == 202
    release = card.locator(".live a", has_text="Release 0.0.1")
    release_seconds = timed(lambda: expect(release).to_be_visible(timeout=LIVE_TIMEOUT_MS))
    assert release.get_attribute("href") == "https://github.com/Codertocat/Hello-World/releases/tag/0.0.1"
    # The release's repository snapshot says 0 stars; the insight flow then adds its summary.
    expect(facts).to_have_text(["★ 0", "Release 0.0.1"], timeout=LIVE_TIMEOUT_MS)
    expect(card.locator(".insight")).to_contain_text("0.0.1", timeout=LIVE_TIMEOUT_MS)

    assert_not_reloaded(live_page, site)
    shown = page.evaluate("window.__shown")
    assert shown[0] is None and "★ 1" in shown and shown[-1] == "★ 0\nRelease 0.0.1"
    print(f"webhook -> card: star {star_seconds * 1000:.0f} ms, release {release_seconds * 1000:.0f} ms")


def test_a_repository_made_private_disappears_from_the_open_page(live_page: LivePage, site: str) -> None:
    from playwright.sync_api import expect

    page = live_page.page
    cards = page.locator("#project-list > li")
    expect(cards).to_have_count(2)
    assert deliver(site, "repository.privatized.payload.json", "e2e-private-1").status_code == 202
    seconds = timed(lambda: expect(page.locator(CARD)).to_have_count(0, timeout=LIVE_TIMEOUT_MS))
    expect(cards).to_have_count(1)
    assert page.locator("#project-octo-repo h3").inner_text() == "octo-repo"
    assert_not_reloaded(live_page, site)
    assert [p["slug"] for p in httpx.get(f"{site}/api/projects", timeout=10).json()["projects"]] == [
        "octo-repo"
    ]
    print(f"webhook -> card gone: {seconds * 1000:.0f} ms")
