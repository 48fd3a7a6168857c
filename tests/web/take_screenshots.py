"""Refresh ``web/screenshots/*.png`` (the README shows them): ``.venv/bin/python -m tests.web.take_screenshots``.

Everything is real and local: the dev server on the embedded AWS emulator (moto), the offline
chat, and a dashboard over a week of sample data written through the storage repositories.
Not a test (it writes into the tree); run it after changing the page's look.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "web" / "screenshots"
QUESTION = "What has Mira built with Rust?"


def _seed_dashboard(now: float) -> None:
    from heyfolio.storage import invocations, leads, usage
    from heyfolio.storage.questions import record

    rng = random.Random(7)
    for tool, base in [
        ("match_role", 420),
        ("search_portfolio", 38),
        ("get_project", 14),
        ("contact_owner", 95),
    ]:
        for _ in range(40):
            invocations.record(
                tool, "visitor", base * rng.uniform(0.5, 2.6), "ok", at=now - rng.uniform(0, 6 * 86400)
            )
    for day in range(14):
        for _ in range(rng.randint(1, 7)):
            tokens_in, tokens_out = rng.randint(900, 3200), rng.randint(80, 420)
            cost = tokens_in * 1e-6 + tokens_out * 5e-6
            usage.record("claude-haiku-4-5", tokens_in, tokens_out, cost, 600, at=now - day * 86400 - 60)
    first, _ = leads.create_once(
        "s-1",
        name="Priya Raman",
        email="priya@example.com",
        message="Staff platform role at Northwind, remote-first.",
        consent=True,
    )
    leads.create_once(
        "s-2",
        name="Tom Becker",
        email="tom@example.com",
        message="Would you speak at our Rust meetup in March?",
        consent=True,
    )
    leads.transition(first.lead_id, "new", "approved")
    for question, answered in [
        ("What has Mira built with Rust?", True),
        ("Does Mira have experience with COBOL?", False),
        ("Is Mira open to remote work?", True),
        ("What is Mira's expected salary in USD?", False),
    ]:
        record(question, answered=answered, source="chat")


def main() -> None:
    os.environ.setdefault("HEYFOLIO_DATA_DIR", tempfile.mkdtemp(prefix="heyfolio-shots-"))
    from moto import mock_aws
    from playwright.sync_api import sync_playwright

    from heyfolio.config import get_settings
    from heyfolio.dev.server import build_app
    from heyfolio.security.tokens import mint_token
    from heyfolio.storage.tables import ensure_tables
    from tests.support.live_server import serve
    from tests.web.conftest import CHROMIUM, CHROMIUM_ARGS

    OUT.mkdir(parents=True, exist_ok=True)
    with mock_aws():
        ensure_tables()
        _seed_dashboard(time.time())
        with serve(build_app(get_settings())) as url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 860})
            page.goto(url + "/")
            page.wait_for_selector("body[data-ready='true']")
            page.screenshot(path=str(OUT / "page.png"))

            page.fill("#chat-input", QUESTION)
            page.press("#chat-input", "Enter")
            page.wait_for_selector(".msg.assistant:not(.streaming)", timeout=20_000)
            page.wait_for_timeout(300)
            page.locator("#chat").screenshot(path=str(OUT / "chat.png"))

            phone = browser.new_page(viewport={"width": 375, "height": 812})
            phone.goto(url + "/")
            phone.wait_for_selector("body[data-ready='true']")
            phone.screenshot(path=str(OUT / "phone.png"))

            owner = browser.new_page(viewport={"width": 1280, "height": 1320})
            owner.goto(url + "/owner")
            owner.fill("#token", mint_token("owner"))
            owner.press("#token", "Enter")
            owner.wait_for_selector("body[data-ready='true']")
            owner.screenshot(path=str(OUT / "dashboard.png"))
            browser.close()
    for shot in sorted(OUT.glob("*.png")):
        print(f"{shot.relative_to(OUT.parents[1])}: {shot.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
