"""The README's body caps and JSON depth on EVERY route, on both paths a request can take.

Routes come from ``template.yaml``; the caps from the one policy table (``HEYFOLIO_BODY_LIMITS``,
``heyfolio.guards.sizes``). Each route gets a body one byte over its cap and a JSON body nested
one level past ``HEYFOLIO_JSON_MAX_DEPTH``:

- through the function's own Lambda handler (an API Gateway event, as deployed);
- through the dev server (ASGI, as ``make dev`` serves it).

A 413 must name the cap; the depth refusal is a 400 naming the limit; nothing is stored. A new
route that skips the guard fails here the day it is added.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import pytest
from starlette.testclient import TestClient

from heyfolio.dev.apigw_events import build_event
from heyfolio.guards.policy import BodyPolicy
from heyfolio.guards.sizes import DEFAULT_BODY_LIMITS
from tests.fuzz.conftest import WEBHOOK_SECRET, audited_refusal, snapshot, template_routes


def _routes() -> list[tuple[str, str, str]]:
    from heyfolio.stack.template import function_specs

    return [
        (spec.name, route.method if route.method != "ANY" else "POST", route.path)
        for spec in function_specs()
        for route in spec.routes
    ]


def _concrete(path: str) -> str:
    return path.replace("{proxy+}", "app.js").replace("{slug}", "shoal").replace("{lead_id}", "x")


def _nested(levels: int) -> bytes:
    return ("[" * levels + "]" * levels).encode()


def test_the_readme_caps_are_the_defaults() -> None:
    assert DEFAULT_BODY_LIMITS == {
        "/api/chat": 16 * 1024,
        "/mcp": 64 * 1024,
        "/webhooks/github": 2 * 1024 * 1024,
        "*": 32 * 1024,
    }
    policy = BodyPolicy()
    assert policy.limit("/api/owner/tokens/revoke") == 32 * 1024, "owner routes: 32 KB"
    assert policy.limit("/mcp/subscriptions") == 64 * 1024 and policy.max_depth == 32


@pytest.mark.parametrize(("function", "method", "path"), _routes(), ids=lambda v: str(v))
def test_every_lambda_handler_refuses_bodies_over_its_cap_and_too_deep(
    stack: TestClient, function: str, method: str, path: str
) -> None:
    from heyfolio.stack.local_invoke import invoke_local

    concrete = _concrete(path)
    cap = BodyPolicy.from_settings().limit(concrete)
    before = snapshot()
    for body, status, fragment in [
        (b"x" * (cap + 1), 413, f"accepts at most {cap} bytes"),
        (_nested(33), 400, "nested more than 32 levels"),
    ]:
        headers = [("content-type", "application/json")]
        if path == "/webhooks/github":  # signed, so the refusal is about the body, not the signature
            digest = hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
            headers += [
                ("x-hub-signature-256", f"sha256={digest}"),
                ("x-github-event", "ping"),
                ("x-github-delivery", f"caps-{status}"),
            ]
        event = build_event(
            method=method,
            path=concrete,
            resource=path,
            path_parameters={},
            query_string="",
            headers=headers,
            body=body,
        )
        result = invoke_local(function, event)
        assert result["statusCode"] == status, (function, path, result.get("body", "")[:200])
        message = json.loads(result["body"])
        text = message.get("message") or (message.get("error") or {}).get("message")
        assert fragment in text, (function, path, text)
    added = [i for i in snapshot() if i not in before]
    assert all(audited_refusal(i) for i in added), added


@pytest.mark.parametrize(
    ("method", "path"), [(r.method if r.method != "ANY" else "POST", r.path) for r in template_routes()]
)
def test_the_dev_server_refuses_bodies_over_the_cap_before_reading_them(
    stack: TestClient, method: str, path: str
) -> None:
    concrete = _concrete(path)
    cap = BodyPolicy.from_settings().limit(concrete)
    too_big = stack.request(
        method, concrete, content=b"x" * (cap + 1), headers={"content-type": "application/json"}
    )
    assert too_big.status_code == 413, (path, too_big.text[:200])
    body: Any = too_big.json()
    text = body.get("message") or body["error"]["message"]
    assert f"accepts at most {cap} bytes" in text
    deep = stack.request(method, concrete, content=_nested(33), headers={"content-type": "text/plain"})
    assert deep.status_code == 400, (path, deep.text[:200])
