"""Content that carries HTML is shown as text, never run: an owner's résumé is data, not markup.

A copy of the example owner's content gets ``<img src=x onerror=...>`` (and a ``javascript:``
link) in every field the page shows; the page must render the literal characters, create no
element from them and run no handler. The page's Content-Security-Policy is bypassed here so
the test checks the page's own code, not the second line of defence.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.live_server import serve

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
EVIL = '<img src=x onerror="window.__pwned=1">'


@pytest.fixture(scope="module")
def evil_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from moto import mock_aws

    from heyfolio.config import get_settings
    from heyfolio.dev.server import build_app
    from heyfolio.published import reload
    from heyfolio.storage.tables import ensure_tables

    content = tmp_path_factory.mktemp("evil") / "content"
    shutil.copytree(ROOT / "content", content)
    resume = json.loads((content / "resume.json").read_text())
    resume["basics"]["label"] = f"Engineer {EVIL}"
    resume["basics"]["summary"] = f"Summary {EVIL} <script>window.__pwned=2</script>"
    resume["basics"]["profiles"][0]["network"] = f"GitHub {EVIL}"
    resume["basics"]["profiles"][1]["url"] = "javascript:window.__pwned=3"
    resume["work"][0]["highlights"][0] = f"Highlight {EVIL}"
    resume["skills"][0]["keywords"][0] = f"Rust{EVIL}"
    (content / "resume.json").write_text(json.dumps(resume))
    project = content / "projects" / "shoal.md"
    text = project.read_text()
    text = re.sub(r"^title: .*$", f"title: 'shoal {EVIL}'", text, count=1, flags=re.M)
    text = text.replace("\n---\n", f"\n---\n\n{EVIL} **bold** [bad link](javascript:window.__pwned=4)\n", 1)
    project.write_text(text)
    faq = content / "faq.yaml"
    faq.write_text(faq.read_text().replace("notice_period: >-", f"notice_period: >-\n  {EVIL}", 1))

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HEYFOLIO_CONTENT", str(content))
        patch.setenv("HEYFOLIO_DATA_DIR", str(tmp_path_factory.mktemp("evil-data")))
        get_settings.cache_clear()
        reload()
        with mock_aws():  # the read API looks up live project data in DynamoDB
            ensure_tables()
            with serve(build_app(get_settings())) as url:
                yield url
    get_settings.cache_clear()
    reload()


def test_html_in_content_renders_as_text(browser: Any, evil_site: str) -> None:
    context = browser.new_context(bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(evil_site + "/")
        page.wait_for_selector("body[data-ready='true']")
        assert EVIL in page.inner_text("#owner-label")
        assert "<script>" in page.inner_text("#owner-summary")
        assert EVIL in page.inner_text("#resume-work-0")
        assert EVIL in page.inner_text("#project-shoal h3")
        assert EVIL in page.inner_text("#faq-notice_period")
        assert any(
            EVIL in s for s in page.locator(".suggestion").all_inner_texts()
        )  # "built with Rust<img…>"
        card = page.locator("#project-shoal")
        card.locator("summary").click()
        card.locator(".project-body strong").first.wait_for()
        assert EVIL in card.locator(".project-body").inner_text()
        assert card.locator(".project-body a").count() == 0  # the javascript: link stays text
        # The only images on the page are the owner's photo; no handler ever ran.
        assert page.locator("img").count() == 1
        assert page.locator("script:not([src])").count() == 0
        assert page.evaluate("window.__pwned") is None
        hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")
        assert not [h for h in hrefs if h.lower().startswith("javascript:")]
    finally:
        context.close()
