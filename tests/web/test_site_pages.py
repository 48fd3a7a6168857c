"""The web function serves both pages with a strict Content-Security-Policy, and the assets they load."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from heyfolio.dev.apigw_events import build_event

WEB = Path(__file__).resolve().parents[2] / "web"


def get(path: str) -> dict:
    """The function's answer, with ``headers`` holding single- and multi-value headers, lower-cased."""
    from heyfolio.stack.local_invoke import invoke_local

    event = build_event(
        method="GET", path=path, resource=path, path_parameters={}, query_string="", headers=[], body=b""
    )
    result = dict(invoke_local("web_site", event))
    headers = {k.lower(): v for k, v in (result.get("headers") or {}).items()}
    for key, values in (result.get("multiValueHeaders") or {}).items():
        headers.setdefault(key.lower(), values[0])
    result["headers"] = headers
    return result


@pytest.mark.parametrize(("path", "marker"), [("/", "/static/app.js"), ("/owner", "/static/owner.js")])
def test_pages_are_served_with_a_strict_policy(path: str, marker: str) -> None:
    result = get(path)
    assert result["statusCode"] == 200
    assert marker in result["body"]
    headers = result["headers"]
    policy = headers["content-security-policy"]
    assert (
        "script-src 'self'" in policy and "object-src 'none'" in policy and "frame-ancestors 'none'" in policy
    )
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert headers["content-type"].startswith("text/html")


def test_every_script_and_stylesheet_the_pages_reference_is_served() -> None:
    referenced: set[str] = set()
    for page in ("index.html", "owner.html"):
        referenced |= set(re.findall(r'(?:src|href)="(/static/[^"]+)"', (WEB / page).read_text()))
    for script in WEB.glob("static/*.js"):
        referenced |= {f"/static/{m}" for m in re.findall(r'from "\./([^"]+)"', script.read_text())}
    assert "/static/chat.js" in referenced and "/static/charts.js" in referenced
    for path in sorted(referenced):
        result = get(path)
        assert result["statusCode"] == 200, path
        if path.endswith((".png",)):  # the page's icons (installable page): binary, no charset
            assert result["headers"]["content-type"] == "image/png", path
        else:
            assert "charset=utf-8" in result["headers"]["content-type"], path


def test_no_page_script_parses_html_from_strings() -> None:
    """Content and model output go in as text: no innerHTML/outerHTML/insertAdjacentHTML/document.write."""
    for script in WEB.glob("static/*.js"):
        source = script.read_text()
        for sink in (
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
            "new Function",
        ):
            assert sink not in source, f"{script.name} uses {sink}"
