"""The visitor's page in a real headless Chromium: content, streamed cited answers, voice,
keyboard-only use, phone width, a browser without speech recognition, printing.

The page talks to the real dev server (portfolio API, web function, photo); ``POST /api/chat``
is the scripted stand-in of ``fake_chat`` speaking the chat's wire format, so each test
chooses the answer it needs (one that pauses halfway, one carrying HTML, one that fails).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.live_server import serve
from tests.web.fake_chat import RUST_ANSWER, FakeChat, with_fake_chat
from tests.web.speech_stand_ins import FAKE_SPEECH, NO_RECOGNITION

pytestmark = pytest.mark.e2e
RUST_QUESTION = "What has Mira built with Rust?"


@pytest.fixture(scope="module")
def fake_chat() -> FakeChat:
    return FakeChat()


@pytest.fixture(scope="module")
def site(module_stack: None, fake_chat: FakeChat) -> Iterator[str]:
    from heyfolio.config import get_settings
    from heyfolio.dev.server import build_app

    with serve(with_fake_chat(build_app(get_settings()), fake_chat)) as url:
        yield url


@pytest.fixture
def open_page(browser: Any, site: str, fake_chat: FakeChat) -> Iterator[Any]:
    """``open_page(width=1280, init=FAKE_SPEECH)``: a fresh context on the page, ready."""
    contexts: list[Any] = []
    fake_chat.requests.clear()
    fake_chat.gate.set()

    def opener(width: int = 1280, height: int = 900, init: str | None = FAKE_SPEECH, path: str = "/") -> Any:
        # bypass_csp: Playwright's wait_for_function evaluates strings, which the page's policy
        # forbids; it also means the HTML-injection tests check the page's code, not the policy.
        context = browser.new_context(viewport={"width": width, "height": height}, bypass_csp=True)
        contexts.append(context)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.errors = errors  # type: ignore[attr-defined]
        if init:
            page.add_init_script(init)
        page.goto(site + path)
        page.wait_for_selector("body[data-ready='true']", timeout=60_000)  # an event; generous under load
        return page

    yield opener
    fake_chat.gate.set()
    for context in contexts:
        context.close()


def finished_answers(page: Any) -> Any:
    return page.locator(".msg.assistant:not(.streaming)")


def ask_and_wait(page: Any, question: str) -> Any:
    before = finished_answers(page).count()
    page.fill("#chat-input", question)
    page.press("#chat-input", "Enter")
    page.wait_for_function(
        "n => document.querySelectorAll('.msg.assistant:not(.streaming)').length > n", arg=before
    )
    return finished_answers(page).last


def test_page_shows_the_owner_projects_and_resume_from_content(open_page: Any) -> None:
    page = open_page()
    assert page.inner_text("#owner-name") == "Mira Okafor"
    assert page.title().startswith("Mira Okafor — Staff Software Engineer")
    assert "distributed systems" in page.inner_text("#owner-label")
    photo = page.locator("#owner-photo")
    assert (
        photo.get_attribute("src") == "/media/photo.svg"
        and photo.get_attribute("alt") == "Photo of Mira Okafor"
    )
    # The image loads after the page is ready: wait until the browser is done with it (loaded or
    # broken), then require that it decoded.
    page.wait_for_function("document.getElementById('owner-photo').complete", timeout=30_000)
    assert page.evaluate("document.getElementById('owner-photo').naturalWidth") > 0
    assert page.locator("#project-list > li").count() == 6
    assert page.locator("#project-ledgerline h3").inner_text() == "ledgerline"
    assert "Tidewater Labs" in page.inner_text("#resume-work-0")
    assert page.locator("#faq-notice_period").count() == 1
    suggestions = page.locator(".suggestion").all_inner_texts()
    assert RUST_QUESTION in suggestions and any("ledgerline" in s for s in suggestions)
    download = page.locator("#download-resume")
    assert download.get_attribute("href") == "/api/profile"
    assert download.get_attribute("download") == "mira-okafor.resume.json"
    assert page.errors == []


def test_project_card_reads_more_from_the_api_as_text(open_page: Any) -> None:
    page = open_page()
    card = page.locator("#project-ledgerline")
    card.locator("summary").click()
    body = card.locator(".project-body")
    body.locator("p").first.wait_for()
    assert len(body.inner_text()) > 200
    assert card.locator("a[href='https://github.com/mira-okafor/ledgerline']").count() == 1


def test_answer_streams_then_cites_sections_that_open_on_click(open_page: Any, fake_chat: FakeChat) -> None:
    page = open_page()
    fake_chat.gate.clear()  # the answer stops halfway until released
    page.get_by_role("button", name=RUST_QUESTION).click()
    streaming = page.locator(".msg.assistant.streaming")
    streaming.get_by_text("1.2 million appends per second").wait_for()
    assert "Cobalt Payments" not in streaming.inner_text()
    assert page.locator("#send").is_disabled() and page.locator("#stop").is_visible()
    assert page.inner_text("#announcer") == ""  # nothing announced mid-answer
    assert page.locator(".msg.assistant strong").inner_text() == "ledgerline"  # Markdown bold, as a node
    fake_chat.gate.set()
    answer = finished_answers(page).last
    answer.locator(".sources a").nth(1).wait_for()
    assert "Cobalt Payments she also wrote Rust services" in answer.inner_text()
    assert answer.locator(".tools li").inner_text() == "Looked up: search_portfolio"
    assert "claude-haiku-4-5" in answer.locator(".meta").inner_text()
    links = answer.locator(".sources a")
    assert links.nth(0).get_attribute("href") == "#project-ledgerline"
    assert links.nth(1).get_attribute("href") == "#resume-work-1"
    assert fake_chat.requests[-1] == {"message": RUST_QUESTION, "session_id": None}

    links.nth(1).click()
    page.wait_for_function("document.activeElement && document.activeElement.id === 'resume-work-1'")
    assert "Cobalt Payments" in page.inner_text("#resume-work-1")
    assert page.evaluate("location.hash") == "#resume-work-1"
    links.nth(0).click()
    page.wait_for_function("document.activeElement && document.activeElement.id === 'project-ledgerline'")
    assert page.locator("#project-ledgerline details").get_attribute("open") is not None
    page.wait_for_function(  # scrolled to it (smoothly): its top is inside the viewport
        "() => { const r = document.getElementById('project-ledgerline').getBoundingClientRect();"
        " return r.top >= 0 && r.top < innerHeight; }"
    )

    ask_and_wait(page, "And with Go?")
    assert fake_chat.requests[-1] == {"message": "And with Go?", "session_id": "sess-1"}  # same session


def test_only_finished_answers_are_announced(open_page: Any) -> None:
    page = open_page()
    page.evaluate(
        """() => {
          window.__announced = [];
          new MutationObserver(() => {
            const text = document.getElementById('announcer').textContent;
            if (text) window.__announced.push(text);
          }).observe(document.getElementById('announcer'), {childList: true, characterData: true, subtree: true});
        }"""
    )
    ask_and_wait(page, RUST_QUESTION)
    page.wait_for_function("window.__announced.length > 0")
    announced = page.evaluate("window.__announced")
    assert len(announced) == 1
    assert announced[0].startswith("Answer: Mira built ledgerline")
    assert announced[0].endswith("Ask me about the design if you like!")
    region = page.locator("#announcer")
    assert region.get_attribute("aria-live") == "polite"
    chat = page.locator("#chat")
    assert chat.get_attribute("role") == "region"
    assert page.inner_text(f"#{chat.get_attribute('aria-labelledby')}") == "Ask about Mira"


def test_errors_reach_the_visitor_and_the_form_recovers(open_page: Any) -> None:
    page = open_page()
    answer = ask_and_wait(page, "please break now")
    assert "I started to answer" in answer.inner_text()
    assert "The model is overloaded" in answer.locator(".chat-error").inner_text()
    refused = ask_and_wait(page, "refuse me")
    assert "Too many questions from this address" in refused.locator(".chat-error").inner_text()
    oversize = ask_and_wait(page, "an oversize question")
    assert (
        oversize.locator(".chat-error").inner_text()
        == "That message is too long: keep it under 2000 characters."
    )
    assert page.locator("#send").is_enabled() and page.locator("#stop").is_hidden()
    offline = ask_and_wait(page, "what is the weather")
    assert "does not say anything about that" in offline.inner_text()
    assert "Offline answer" in offline.locator(".meta").inner_text()


def test_html_in_an_answer_or_citation_is_shown_as_text(open_page: Any) -> None:
    page = open_page()
    answer = ask_and_wait(page, "inject something")
    assert page.locator(".messages img").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert '<img src=x onerror="window.__pwned=1">' in answer.locator(".answer").inner_text()
    assert answer.locator(".answer strong").inner_text() == "bold"
    assert answer.locator(".sources a").inner_text().startswith("<img")


def test_keyboard_only_flow_with_visible_focus(open_page: Any) -> None:
    page = open_page()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    skip_box = page.locator(".skip").bounding_box()
    assert skip_box is not None and skip_box["y"] >= 0  # the skip link shows itself when focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "chat-input"
    order = []
    for _ in range(4):
        page.keyboard.press("Tab")
        order.append(page.evaluate("document.activeElement.id || document.activeElement.textContent.trim()"))
    assert order == ["mic", "send", "speak-toggle", "wake-toggle"]
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.id") == "chat-input"
    for selector in ("#chat-input", "#send", ".suggestion"):
        page.focus(selector) if selector != ".suggestion" else page.locator(selector).first.focus()
        style = page.evaluate(
            "() => { const s = getComputedStyle(document.activeElement);"
            " return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
        )
        assert style[0] != "none" and style[1] >= 2, (selector, style)
    page.focus("#chat-input")
    page.keyboard.type(RUST_QUESTION)
    page.keyboard.press("Enter")
    page.locator(".msg.assistant:not(.streaming) .sources a").first.wait_for()
    page.locator(".sources a").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement.id === 'project-ledgerline'")


def test_push_to_talk_sends_the_transcript_and_reads_aloud_only_when_asked(
    open_page: Any, fake_chat: FakeChat
) -> None:
    page = open_page()
    assert page.evaluate("window.__recognitions.length") == 0  # nothing listens until asked
    assert page.locator("#speak-toggle").is_checked() is False
    notice = page.inner_text("#voice-notice")
    assert "browser vendor" in notice and "only the text" in notice
    mic = page.locator("#mic")
    mic.click()
    assert mic.get_attribute("aria-pressed") == "true"
    assert "Listening" in page.inner_text("#wake-status")
    page.evaluate("window.__say('what has she built', false)")
    assert page.inner_text("#transcript-text") == "what has she built"
    assert fake_chat.requests == []  # interim words are not sent
    page.evaluate("window.__say('what has she built with Rust', true)")
    finished_answers(page).last.locator(".sources a").first.wait_for()
    assert fake_chat.requests[-1]["message"] == "what has she built with Rust"
    assert page.inner_text("#transcript-text") == "what has she built with Rust"
    assert page.locator(".msg.user").last.inner_text() == "what has she built with Rust"
    page.wait_for_function("document.getElementById('mic').getAttribute('aria-pressed') === 'false'")
    assert page.locator("#wake-status").is_hidden()
    assert page.evaluate("window.__spoken") == []  # never spoken without the visitor's click

    page.locator("#speak-toggle").check()
    fake_chat.gate.clear()
    mic.click()
    page.evaluate("window.__say('tell me about Rust again')")
    page.wait_for_function("window.__spoken.length >= 2")  # sentences spoken while the answer streams
    assert page.locator(".msg.assistant.streaming").count() == 1
    fake_chat.gate.set()
    page.wait_for_function("window.__spoken.length >= 4")
    finished_answers(page).nth(1).wait_for()
    assert page.evaluate("window.__spoken") == [
        "Mira built ledgerline, an append-only log in Rust with group commit.",
        "It handles 1.2 million appends per second.",
        "At Cobalt Payments she also wrote Rust services for the ledger.",
        "Ask me about the design if you like!",
    ]
    assert "".join(RUST_ANSWER).replace("**", "").strip() == " ".join(page.evaluate("window.__spoken"))


def test_voice_errors_are_explained(open_page: Any) -> None:
    page = open_page()
    page.locator("#mic").click()
    page.evaluate("window.__fail('not-allowed')")
    error = page.locator("#voice-error")
    error.wait_for()
    assert "Microphone access was blocked" in error.inner_text()
    page.wait_for_function("document.getElementById('mic').getAttribute('aria-pressed') === 'false'")


def test_wake_phrase_is_opt_in_shown_while_listening_and_sends_only_what_follows_it(
    open_page: Any, fake_chat: FakeChat
) -> None:
    page = open_page()
    wake = page.locator("#wake-toggle")
    assert not wake.is_checked()
    assert page.inner_text("#wake-toggle-wrap") == "Listen for “Hey Mira”"
    assert page.evaluate("window.__listening().length") == 0
    wake.check()
    status = page.locator("#wake-status")
    assert status.is_visible() and "Listening for “Hey Mira”" in status.inner_text()
    assert page.evaluate("window.__listening().map(r => r.continuous)") == [True]

    assert fake_chat.requests == []
    page.evaluate("window.__say('so anyway what is the weather like')")
    page.evaluate("window.__say('Hey Mira, what has she built with Rust?')")
    finished_answers(page).last.wait_for()
    # Order, not a pause: speech is handled in turn, so once the second phrase has been answered the
    # first was handled too - and sent nothing (speech without the phrase goes nowhere).
    assert [r["message"] for r in fake_chat.requests] == ["what has she built with Rust?"]

    page.evaluate("window.__say('hey mira')")
    page.wait_for_function("document.getElementById('wake-status').textContent.includes('your question')")
    page.evaluate("window.__say('tell me about ledgerline')")
    page.wait_for_function("document.querySelectorAll('.msg.assistant:not(.streaming)').length === 2")
    assert fake_chat.requests[-1]["message"] == "tell me about ledgerline"

    # Continuous recognition ends by itself now and then: the page keeps listening.
    page.evaluate("window.__listening()[0].finish()")
    page.wait_for_function("window.__listening().length === 1")
    wake.uncheck()
    assert status.is_hidden()
    page.wait_for_function("window.__listening().length === 0")


def test_phone_width_has_no_horizontal_scroll_and_a_usable_chat(open_page: Any) -> None:
    page = open_page(width=375, height=812)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    for selector in ("#chat-input", "#send", "#mic", ".suggestion >> nth=0"):
        box = page.locator(selector).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375, selector
        assert box["height"] >= 40, selector  # comfortable touch targets
    answer = ask_and_wait(page, RUST_QUESTION)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    box = answer.bounding_box()
    assert box is not None and box["x"] + box["width"] <= 375


def test_browser_without_speech_recognition_gets_text_chat_and_no_mic(
    open_page: Any, fake_chat: FakeChat
) -> None:
    page = open_page(init=NO_RECOGNITION)
    assert page.evaluate("typeof webkitSpeechRecognition") == "undefined"
    assert page.locator("#mic").is_hidden()
    assert page.locator("#wake-toggle-wrap").is_hidden()
    assert "has none, so please type your question" in page.inner_text("#voice-notice")
    assert page.locator("#speak-toggle-wrap").is_visible()  # synthesis still works there
    ask_and_wait(page, RUST_QUESTION)
    assert fake_chat.requests[-1]["message"] == RUST_QUESTION


def test_print_view_is_the_resume_without_the_chat(open_page: Any) -> None:
    page = open_page()
    page.emulate_media(media="print")
    assert page.locator("#chat").is_hidden()
    assert page.locator(".topnav").is_hidden()
    assert page.locator("#resume-work-0").is_visible()
    assert page.locator("#owner-name").is_visible()


def test_text_colours_meet_wcag_aa_contrast(open_page: Any) -> None:
    page = open_page()
    ask_and_wait(page, RUST_QUESTION)
    ratios = page.evaluate(
        """() => {
          const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
          const lum = (c) => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
                               return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
          const bg = (el) => { for (let n = el; n; n = n.parentElement) {
                                 const c = getComputedStyle(n).backgroundColor;
                                 if (c && !/rgba\\(.*, 0\\)$/.test(c) && c !== 'transparent') return c; }
                               return 'rgb(255, 255, 255)'; };
          const out = {};
          for (const sel of ['#owner-label', '.hint', '.suggestion', '#send', '#mic', '.msg.user', '.msg.assistant .answer p',
                             '.meta', '.source .snippet', '.small-print', '.chips li', '.badge', '.when', 'a.button.secondary',
                             '.toggle', '.sources-title']) {
            const el = document.querySelector(sel);
            if (!el) { out[sel] = null; continue; }
            const a = lum(getComputedStyle(el).color), b = lum(bg(el));
            out[sel] = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          }
          return out;
        }"""
    )
    for selector, ratio in ratios.items():
        assert ratio is not None, f"{selector} not on the page"
        assert ratio >= 4.5, f"{selector}: contrast {ratio:.2f} < 4.5"


def test_project_cards_show_live_github_data_when_the_api_has_it(
    open_page: Any, browser: Any, site: str
) -> None:
    import httpx

    projects = httpx.get(f"{site}/api/projects").json()["projects"]
    for p in projects:
        if p["slug"] == "ledgerline":
            p["live"] = {
                "stars": 1234,
                "latestRelease": {
                    "tag": "v0.9.1",
                    "url": "https://github.com/mira-okafor/ledgerline/releases/v0.9.1",
                },
                "ci": {
                    "status": "completed",
                    "conclusion": "failure",
                    "url": "https://github.com/mira-okafor/ledgerline/actions/runs/1",
                },
                "insight": {
                    "text": "Group commit now batches <b>fsync</b> per segment.",
                    "label": "Automated summary",
                },
            }
        if p["slug"] == "shoal":
            p["live"] = {"stars": 87, "ci": {"status": "in_progress", "conclusion": None}, "archived": True}
    context = browser.new_context(bypass_csp=True)
    try:
        page = context.new_page()
        page.route("**/api/projects", lambda route: route.fulfill(json={"projects": projects}))
        page.goto(site + "/")
        page.wait_for_selector("body[data-ready='true']")
        ledgerline = page.locator("#project-ledgerline .live li").all_inner_texts()
        assert ledgerline == ["★ 1,234", "Release v0.9.1", "CI failing"]
        release = page.locator("#project-ledgerline .live a", has_text="Release v0.9.1")
        assert release.get_attribute("href") == "https://github.com/mira-okafor/ledgerline/releases/v0.9.1"
        assert page.locator("#project-ledgerline .fact.ci-bad").count() == 1
        insight = page.locator("#project-ledgerline .insight").inner_text()
        assert insight == "Automated summary: Group commit now batches <b>fsync</b> per segment."
        assert page.locator("#project-shoal .live li").all_inner_texts() == ["★ 87", "CI running", "Archived"]
        assert page.locator("#project-tram-board .live").count() == 0  # no live data: content only
    finally:
        context.close()
