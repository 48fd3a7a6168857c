"""The MCP Apps view in real Chromium: a small test host (``tests/apps/host.py``) embeds the HTML
read over /mcp in a sandboxed iframe under the CSP built from its metadata, speaks the
``ui/*`` handshake and posts a real tool result; the test checks what the view shows and
what it asks the host (links to open, tool calls and resource reads proxied to /mcp)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from mcp_handlers import apps
from tests.apps.host import McpAppsHost
from tests.apps.test_apps_wire import UI_CAPS, modern
from tests.support.live_server import serve

pytestmark = pytest.mark.e2e


@pytest.fixture
def host(server: Any) -> Iterator[tuple[McpAppsHost, str]]:
    (view,) = modern(server, "resources/read", {"uri": apps.VIEW_URI}, caps=UI_CAPS)["contents"]
    app = McpAppsHost(server, view)
    with serve(app) as base:
        yield app, base


@pytest.fixture
def show(browser: Any, host: tuple[McpAppsHost, str]) -> Iterator[Callable[..., Any]]:
    """``show(result, arguments)``: a fresh page where the host posts this tool result to the view."""
    app, base = host
    contexts: list[Any] = []

    def opener(result: dict[str, Any], arguments: dict[str, Any] | None = None) -> Any:
        app.case = {"result": result, "arguments": arguments or {}}
        context = browser.new_context(viewport={"width": 900, "height": 800})
        contexts.append(context)
        page = context.new_page()
        problems: list[str] = []
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.on(
            "console",
            lambda msg: (
                problems.append(msg.text) if msg.type == "error" or "Security Policy" in msg.text else None
            ),
        )
        page.problems = problems  # type: ignore[attr-defined]
        page.goto(f"{base}/host")
        page.wait_for_function("window.initialized === true", timeout=10_000)
        return page

    yield opener
    for context in contexts:
        context.close()


def call(server: Any, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
    result = modern(server, "tools/call", {"name": name, "arguments": arguments}, caps=UI_CAPS)
    return {k: v for k, v in result.items() if k in ("content", "structuredContent", "isError", "_meta")}


def test_resume_view_shows_sections_tabs_and_filters(server: Any, show: Callable[..., Any]) -> None:
    result = call(server, "get_profile", {})
    profile = result["structuredContent"]["profile"]
    page = show(result)
    view = page.frame_locator("#view")
    view.locator("#basics h1").wait_for()
    assert view.locator("#basics h1").inner_text() == profile["basics"]["name"]
    # One tab per section present, the first one shown; a click switches.
    assert view.locator('[data-tab="work"]').get_attribute("aria-pressed") == "true"
    assert view.locator("#section-work").is_visible() and not view.locator("#section-skills").is_visible()
    view.locator('[data-tab="skills"]').click()
    assert view.locator("#section-skills").is_visible() and not view.locator("#section-work").is_visible()
    assert view.locator("#section-skills .entry").count() == len(profile["skills"])
    # The filter hides entries whose text does not match.
    first_skill = profile["skills"][0]["name"]
    view.locator('input[type="search"]').fill(first_skill)
    visible = view.locator("#section-skills .entry:visible")
    assert visible.count() >= 1 and all(first_skill.lower() in t.lower() for t in visible.all_inner_texts())
    # The host's style variables and theme apply; the view reports its size; no CSP violation.
    color = view.locator("body").evaluate("b => getComputedStyle(b).color")
    assert color == "rgb(1, 2, 3)"
    assert page.evaluate("window.sizes.length") >= 1
    assert page.evaluate("window.sizes[window.sizes.length - 1].height") > 100
    assert page.problems == []  # type: ignore[attr-defined]


def test_project_card_opens_links_through_the_host(server: Any, show: Callable[..., Any]) -> None:
    result = call(server, "get_project", {"slug": "shoal"})
    project = result["structuredContent"]["project"]
    page = show(result, {"slug": "shoal"})
    view = page.frame_locator("#view")
    card = view.locator('article.project[data-slug="shoal"]')
    card.wait_for()
    assert card.locator("h1").inner_text() == project["title"]
    assert project["summary"] in card.locator(".summary").inner_text()
    assert project["repo"], "the sample project links its repository"
    card.locator("a", has_text="Repository").click()
    page.wait_for_function("window.opened.length === 1")
    assert page.evaluate("window.opened") == [f"https://github.com/{project['repo']}"]
    # The write-up is rendered from Markdown as text nodes (headings/lists), not raw HTML.
    assert card.locator(".markdown").count() == 1
    assert page.problems == []  # type: ignore[attr-defined]


def test_fit_view_filters_by_status_and_follows_evidence_through_the_server(
    server: Any, show: Callable[..., Any]
) -> None:
    job = "- Rust and systems programming\n- Distributed tracing with OpenTelemetry\n- Underwater basket weaving"
    result = call(server, "match_role", {"job": job})
    report = result["structuredContent"]
    page = show(result, {"job": job})
    view = page.frame_locator("#view")
    items = view.locator("li.requirement")
    items.first.wait_for()
    assert items.count() == len(report["requirements"])
    shown = {
        items.nth(i).locator(".requirement-text").inner_text(): items.nth(i).get_attribute("data-status")
        for i in range(items.count())
    }
    assert shown == {r["requirement"]: r["status"] for r in report["requirements"]}
    assert shown["Underwater basket weaving"] == "missing"
    assert view.locator("#summary").inner_text() == report["summary"]
    # Filtering by status.
    view.locator('[data-filter="missing"]').click()
    assert view.locator("li.requirement:visible").count() == report["counts"]["missing"]
    view.locator('[data-filter="all"]').click()
    # Evidence links: a project citation is fetched through the host (tools/call get_project on /mcp).
    project_evidence = [
        e
        for r in report["requirements"]
        for e in r["evidence"]
        if e["uri"].startswith("portfolio://projects/")
    ]
    assert project_evidence, "the sample portfolio has project evidence for Rust"
    cited = project_evidence[0]
    slug = cited["uri"].removeprefix("portfolio://projects/")
    view.locator(f'a.evidence-link[data-uri="{cited["uri"]}"]').first.click()
    view.locator(f'#detail article.project[data-slug="{slug}"]').wait_for()
    assert page.evaluate("window.proxied") == ["tools/call get_project"]
    assert page.problems == []  # type: ignore[attr-defined]


def test_data_is_shown_as_text_never_as_markup(show: Callable[..., Any]) -> None:
    hostile = "<img src=x onerror=\"parent.postMessage({jsonrpc:'2.0',method:'pwned'},'*')\">"
    result = {
        "content": [{"type": "text", "text": "x"}],
        "structuredContent": {
            "project": {
                "slug": "evil",
                "title": hostile,
                "summary": hostile,
                "topics": [hostile],
                "languages": [],
                "url": "javascript:alert(1)",
                "body": f"# {hostile}\n\n[click](javascript:alert(1)) and {hostile}",
            }
        },
        "isError": False,
    }
    page = show(result)
    view = page.frame_locator("#view")
    view.locator('article.project[data-slug="evil"]').wait_for()
    assert view.locator("img").count() == 0
    assert view.locator("article.project h1").inner_text() == hostile
    assert view.locator('a[href^="javascript"]').count() == 0
    assert "pwned" not in json.dumps(page.evaluate("window.received"))


def test_a_tool_error_is_shown_as_its_text(show: Callable[..., Any]) -> None:
    page = show(
        {"content": [{"type": "text", "text": "no project 'nope'; known projects: shoal"}], "isError": True}
    )
    view = page.frame_locator("#view")
    view.locator("#text-result").wait_for()
    assert "no project 'nope'" in view.locator("#text-result").inner_text()


def test_project_card_shows_demo_health(show: Callable[..., Any]) -> None:
    demos = [
        {"url": "https://trams.example.org/", "state": "up", "up": True, "latencyMs": 84},
        {"url": "https://beta.trams.example.org/", "state": "down", "up": False, "status": 503},
        {"url": "https://new.trams.example.org/", "state": "unknown", "up": None},
    ]
    project = {
        "slug": "tram-board",
        "title": "tram-board",
        "summary": "Departures.",
        "topics": [],
        "languages": [],
    }
    page = show(
        {
            "content": [{"type": "text", "text": "x"}],
            "structuredContent": {"project": {**project, "demos": demos}},
        }
    )
    view = page.frame_locator("#view")
    items = view.locator("ul.demos li")
    items.first.wait_for()
    assert [items.nth(i).get_attribute("class") for i in range(3)] == [
        "health up",
        "health down",
        "health unknown",
    ]
    assert items.nth(0).inner_text().endswith("— up (84 ms)")
    items.nth(1).locator("a").click()
    page.wait_for_function("window.opened.length === 1")
    assert page.evaluate("window.opened") == ["https://beta.trams.example.org/"]


def test_fit_view_indents_a_choices_alternatives_beneath_it_and_counts_it_once(
    show: Callable[..., Any],
) -> None:
    def row(text: str, status: str) -> dict[str, Any]:
        shown = (
            [{"uri": "portfolio://work/harbourlight", "title": "Harbourlight Apps"}]
            if status != "missing"
            else []
        )
        return {"requirement": text, "status": status, "evidence": shown}

    report = {
        "title": "Senior Mobile Engineer",
        "summary": "Invented.",
        "summarySource": "deterministic",
        "counts": {"matched": 1, "partial": 0, "missing": 1},
        "requirements": [
            {
                **row("End-to-end tests with Detox or Maestro", "matched"),
                "alternatives": [
                    row("End-to-end tests with Detox", "matched"),
                    row("End-to-end tests with Maestro", "missing"),
                ],
            },
            row("Kotlin Multiplatform", "missing"),
        ],
    }
    page = show({"content": [{"type": "text", "text": "x"}], "structuredContent": report})
    view = page.frame_locator("#view")
    items = view.locator("li.requirement")
    items.first.wait_for()
    assert items.count() == 2  # the choice is one requirement
    nested = items.nth(0).locator("ul.alternatives li.alternative")
    assert [nested.nth(i).locator(".alternative-text").inner_text() for i in range(nested.count())] == [
        "End-to-end tests with Detox",
        "End-to-end tests with Maestro",
    ]
    assert [nested.nth(i).get_attribute("data-status") for i in range(2)] == ["matched", "missing"]
    assert items.nth(0).locator(".requirement-text").inner_text() == "End-to-end tests with Detox or Maestro"
    # indented beneath the choice
    status_x = items.nth(0).locator(".status").first.bounding_box()["x"]
    assert nested.nth(0).locator(".status").bounding_box()["x"] > status_x + 10
    assert view.locator('[data-filter="all"]').inner_text() == "All (2)"
    view.locator('[data-filter="missing"]').click()
    assert view.locator("li.requirement:visible").count() == 1  # an alternative is not a row of its own
    assert page.problems == []  # type: ignore[attr-defined]
