"""/docs on AWS (issue 12, item 5): the web page's function serves web/docs.html and the committed
web/openapi.json, which must be what web/make_openapi.py generates from the current routes."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from heyfolio.stack.template import PROJECT_TEMPLATE, function_specs

ROOT = Path(__file__).resolve().parents[2]


def test_the_committed_openapi_document_is_current() -> None:
    sys.path.insert(0, str(ROOT / "web"))
    try:
        import make_openapi
    finally:
        sys.path.remove(str(ROOT / "web"))
    committed = (ROOT / "web" / "openapi.json").read_text(encoding="utf-8")
    assert committed == make_openapi.document_text(), (
        "web/openapi.json is stale: run .venv/bin/python web/make_openapi.py and commit it"
    )
    routes = {(r.method.lower(), r.path) for spec in function_specs(PROJECT_TEMPLATE) for r in spec.routes}
    documented = json.loads(committed)["paths"]
    for method, path in routes:
        if method != "any":
            assert method in documented.get(path, {}), f"{method.upper()} {path} is not in /openapi.json"


def _event(path: str) -> dict[str, Any]:
    event: dict[str, Any] = json.loads((ROOT / "events" / "web_site.json").read_text(encoding="utf-8"))
    event["path"] = event["resource"] = path
    event["requestContext"]["resourcePath"] = path
    event["requestContext"]["path"] = f"/dev{path}"
    return event


@pytest.mark.usefixtures("local_stack")
def test_the_web_site_function_serves_docs_and_the_document() -> None:
    from heyfolio.stack.local_invoke import invoke_local

    web_site = next(s for s in function_specs(PROJECT_TEMPLATE) if s.name == "web_site")
    assert {("GET", "/docs"), ("GET", "/openapi.json")} <= {(r.method, r.path) for r in web_site.routes}
    page = invoke_local("web_site", _event("/docs"))
    assert page["statusCode"] == 200
    headers = {k.lower(): v[-1] for k, v in page["multiValueHeaders"].items()}
    assert headers["content-type"].startswith("text/html") and "content-security-policy" in headers
    assert 'src="/static/docs.js"' in page["body"]
    document = invoke_local("web_site", _event("/openapi.json"))
    assert document["statusCode"] == 200
    assert json.loads(document["body"]) == json.loads(
        (ROOT / "web" / "openapi.json").read_text(encoding="utf-8")
    )
