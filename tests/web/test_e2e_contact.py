"""The contact form, the visitor's own data and installability in a real headless Chromium.

The page talks to the whole dev app (every function, the approval flow executing in moto with
the queue poller as Lambda's event source), so the form's lead, the owner's decision, the
emailed reply in the outbox and the page's "Your messages" are the real chain. Everything the
visitor does is done with the keyboard only.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e
MAX_TABS = 80


@pytest.fixture
def site(local_stack: None) -> Iterator[str]:
    from tests.mcp_tasks.support import live_stack

    with live_stack() as base:
        yield base


@pytest.fixture
def page(browser: Any, site: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.errors = errors  # type: ignore[attr-defined]
    opened.goto(site + "/")
    expect(opened.locator("body")).to_have_attribute("data-ready", "true", timeout=15_000)
    yield opened
    context.close()


def tab_to(page: Any, selector: str) -> None:
    """Press Tab until ``selector`` has the focus (the keyboard's way there)."""
    target = page.locator(selector)
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if target.evaluate("node => node === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {selector}")


def fill_by_keyboard(
    page: Any, name: str = "Grace Hopper", message: str = "Could we talk about a staff role?"
) -> None:
    """The dialog is open with the focus on its first empty field: type, Tab, tick, send."""
    focused = page.evaluate("document.activeElement.id")
    assert focused in ("contact-name", "contact-message"), focused
    if focused == "contact-message":
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Shift+Tab")
    page.keyboard.type(name)
    page.keyboard.press("Tab")
    page.keyboard.type("grace@example.com")
    page.keyboard.press("Tab")
    if not page.locator("#contact-message").input_value():
        page.keyboard.type(message)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "contact-consent"
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "contact-send"
    page.keyboard.press("Enter")


def leads_now() -> list[Any]:
    from heyfolio.storage import leads

    return [lead for status in leads.STATUSES for lead in leads.list_by_status(status)]  # type: ignore[arg-type]


def test_the_button_opens_an_accessible_form_and_one_submission_makes_one_lead(page: Any) -> None:
    tab_to(page, "#contact-open")
    page.keyboard.press("Enter")
    dialog = page.locator("#contact-dialog")
    expect(dialog).to_be_visible()
    assert page.evaluate("document.activeElement.id") == "contact-name"
    for field in ("name", "email", "message", "consent"):  # every field has a visible label
        assert page.locator(f"label[for='contact-{field}']").is_visible()
    # Sending without consent: told what to fix, at the field; nothing stored.
    page.keyboard.type("Grace Hopper")
    page.locator("#contact-send").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#contact-email-error")).to_be_visible()
    assert page.evaluate("document.activeElement.id") == "contact-email"
    assert page.locator("#contact-email").get_attribute("aria-invalid") == "true"
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    assert page.evaluate("document.activeElement.id") == "contact-open"  # focus back where it was

    page.keyboard.press("Enter")
    page.locator("#contact-name").fill("")
    fill_by_keyboard(page)
    expect(page.locator("#contact-status")).to_contain_text("your message is on its way")
    # A second click on Send would be a new submission with a fresh key; none happened: one lead.
    stored = leads_now()
    assert [(lead.name, lead.email, lead.source) for lead in stored] == [
        ("Grace Hopper", "grace@example.com", "web")
    ]
    cookie = next(c for c in page.context.cookies() if c["name"] == "heyfolio_visitor")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["path"] == "/api"
    assert stored[0].visitor_id
    expect(page.locator("#my-leads li")).to_have_count(1)
    expect(page.locator("#my-leads li")).to_contain_text("Waiting for a reply")
    assert page.errors == []  # type: ignore[attr-defined]


def test_the_reply_shows_on_the_page_after_the_owner_approves(page: Any) -> None:
    from heyfolio.flows.coordinator import get_runner
    from heyfolio.flows.reply_email import outbox_dir
    from heyfolio.flows.review import review_lead

    tab_to(page, "#contact-open")
    page.keyboard.press("Enter")
    fill_by_keyboard(page)
    expect(page.locator("#contact-status")).to_contain_text("on its way")
    [lead] = leads_now()
    deadline = time.monotonic() + 60  # another thread's work: patience, not a bound
    while get_runner().describe_approval(lead.lead_id).state != "waiting_for_owner":  # type: ignore[union-attr]
        assert time.monotonic() < deadline, "the approval flow never waited for the owner"
        time.sleep(0.1)
    review_lead(lead.lead_id, "approve", "Thanks Grace - does Thursday work?")
    page.reload()
    expect(page.locator("body")).to_have_attribute("data-ready", "true", timeout=15_000)
    item = page.locator("#my-leads li.approved")
    expect(item).to_contain_text("Replied")
    expect(item.locator(".reply")).to_have_text("Thanks Grace - does Thursday work?")
    deadline = time.monotonic() + 60  # another thread's work: patience, not a bound
    while not list(outbox_dir().glob("*.eml")):
        assert time.monotonic() < deadline, "no email in the outbox"
        time.sleep(0.1)
    assert "Thanks Grace - does Thursday work?" in next(outbox_dir().glob("*.eml")).read_text()


def test_the_chat_offers_the_form_when_asked_how_to_reach_the_owner(page: Any) -> None:
    tab_to(page, "#chat-input")
    page.keyboard.type("How can I get in touch with her?")
    page.keyboard.press("Enter")
    offer = page.locator(".msg.assistant .chat-form-offer")
    expect(offer).to_be_visible(timeout=15_000)
    expect(page.locator(".msg.assistant:not(.streaming)")).to_have_count(1)
    assert leads_now() == []  # offering stores nothing
    tab_to(page, ".msg.assistant .chat-form-offer")
    page.keyboard.press("Enter")
    expect(page.locator("#contact-dialog")).to_be_visible()
    fill_by_keyboard(page, name="Ada Lovelace")
    expect(page.locator("#contact-status")).to_contain_text("on its way")
    [lead] = leads_now()
    assert lead.name == "Ada Lovelace" and lead.source == "web"
    # The chat's visitor is the lead's visitor: the chat's token became the cookie first.
    from heyfolio.security.visitor import verify_visitor_session

    cookie = next(c for c in page.context.cookies() if c["name"] == "heyfolio_visitor")
    assert verify_visitor_session(cookie["value"]).visitor_id == lead.visitor_id


def test_a_link_from_an_mcp_client_opens_the_form_with_the_message(browser: Any, site: str) -> None:
    from heyfolio.leads.service import contact_page_url

    context = browser.new_context()
    linked = context.new_page()
    url = contact_page_url("Hello from Claude").replace("http://127.0.0.1:8000", site)
    linked.goto(url)
    expect(linked.locator("#contact-dialog")).to_be_visible(timeout=15_000)
    assert linked.locator("#contact-message").input_value() == "Hello from Claude"
    assert linked.evaluate("document.activeElement.id") == "contact-name"
    context.close()


def test_download_my_data_and_forget_me(page: Any) -> None:
    tab_to(page, "#contact-open")
    page.keyboard.press("Enter")
    fill_by_keyboard(page)
    expect(page.locator("#contact-status")).to_contain_text("on its way")
    page.keyboard.press("Escape")
    tab_to(page, "#download-data")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    exported = json.loads(open(download.value.path()).read())  # noqa: SIM115 - read once
    assert [x["email"] for x in exported["leads"]] == ["grace@example.com"]

    page.once("dialog", lambda dialog: dialog.accept())
    tab_to(page, "#forget-me")
    page.keyboard.press("Enter")
    expect(page.locator("#my-data-status")).to_contain_text("Forgotten")
    expect(page.locator("#my-leads li")).to_have_count(0)
    assert not [c for c in page.context.cookies() if c["name"] == "heyfolio_visitor"]
    [lead] = leads_now()
    assert lead.name is None and lead.email is None and lead.visitor_id is None


def test_the_page_is_installable_and_caches_only_its_shell(page: Any, site: str) -> None:
    manifest_href = page.locator("link[rel='manifest']").get_attribute("href")
    manifest = page.request.get(site + manifest_href)
    assert manifest.ok and manifest.headers["content-type"].startswith("application/manifest+json")
    document = manifest.json()
    assert document["display"] == "standalone" and document["start_url"] == "/"
    sizes = {icon["sizes"] for icon in document["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in document["icons"]:
        png = page.request.get(site + icon["src"])
        assert png.ok and png.body()[:8] == b"\x89PNG\r\n\x1a\n"
    scope = page.evaluate("navigator.serviceWorker.ready.then(r => r.scope)")
    assert scope == site + "/"
    expect(page.locator("html")).to_have_attribute("data-sw", "registered")
    # Ask something, then look in the cache: the shell is there, no answer and no /api/ response.
    page.fill("#chat-input", "What has Mira built with Rust?")
    page.press("#chat-input", "Enter")
    expect(page.locator(".msg.assistant:not(.streaming)")).to_have_count(1, timeout=15_000)
    cached = page.evaluate(
        "caches.keys().then(ns => Promise.all(ns.map(n => caches.open(n).then(c => c.keys()))))"
        ".then(lists => lists.flat().map(r => new URL(r.url).pathname))"
    )
    assert "/" in cached and "/static/app.js" in cached
    assert not [path for path in cached if path.startswith(("/api/", "/mcp", "/media/"))]


def test_the_owner_approves_with_a_reply_and_declines_from_the_dashboard(browser: Any, site: str) -> None:
    from heyfolio.leads.service import submit
    from heyfolio.security.tokens import mint_token
    from heyfolio.storage import leads

    first = submit(
        "dash-key-0001",
        {"name": "Ada Lovelace", "email": "ada@example.com", "message": "Staff role?", "consent": True},
        source="web",
    )
    second = submit(
        "dash-key-0002",
        {"name": "Alan Turing", "email": "alan@example.com", "message": "Hi", "consent": True},
        source="web",
    )
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    owner = context.new_page()
    owner.goto(site + "/owner")
    owner.fill("#token", mint_token("owner"))
    owner.press("#token", "Enter")
    expect(owner.locator("body")).to_have_attribute("data-ready", "true", timeout=15_000)
    row = owner.locator(f"tr[data-lead-id='{first.lead_id}']")
    # Approving without a reply is refused in the page: the visitor must get words.
    row.get_by_role("button", name="Approve and send reply").click()
    expect(row.locator("[role=status]")).to_contain_text("Write the reply")
    row.get_by_role("textbox", name="Reply to Ada Lovelace").fill("Thanks Ada - Thursday?")
    row.get_by_role("button", name="Approve and send reply").click()
    expect(row.locator("[role=status]")).to_contain_text("Approved")
    owner.locator(f"tr[data-lead-id='{second.lead_id}']").get_by_role("button", name="Decline").click()
    expect(owner.locator(f"tr[data-lead-id='{second.lead_id}'] [role=status]")).to_contain_text("Declined")
    approved, declined = leads.get(first.lead_id), leads.get(second.lead_id)
    assert approved is not None and (approved.status, approved.reply) == (
        "approved",
        "Thanks Ada - Thursday?",
    )
    assert declined is not None and declined.status == "declined"
    # After the reload the decided row shows the reply instead of the controls.
    expect(owner.locator(f"tr[data-lead-id='{first.lead_id}'] .reply")).to_have_text(
        "Thanks Ada - Thursday?", timeout=10_000
    )
    context.close()
