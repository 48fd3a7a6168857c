"""The visitor's own data routes (issue 9, item 4): ``/api/me*`` is a rate-limit surface of its
own (``visitor``, per client IP, README "Rate limits"). Past it the answer is 429 with
``Retry-After`` and ``RateLimit-*`` headers and a JSON body a person can act on, and a refused
request reads and writes nothing: the visitor's lead, memories and audit trail are as before."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import partial
from typing import Any

import pytest

from heyfolio.config import get_settings
from heyfolio.dev.apigw_events import build_event
from heyfolio.limits import backend
from heyfolio.limits.protect import _under
from heyfolio.limits.ratelimit import MemorySlidingWindow
from heyfolio.privacy.routes import VISITOR_PATHS

FROZEN_MS = 1_800_000_030_000
"""Half a minute into a minute window, so the test's requests never straddle a window boundary."""
IP = "198.51.100.23"


@pytest.fixture
def two_a_minute(local_stack: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(
        backend, "MemorySlidingWindow", partial(MemorySlidingWindow, clock_ms=lambda: FROZEN_MS)
    )
    monkeypatch.setenv("HEYFOLIO_LIMITS_BACKEND", "memory")
    monkeypatch.setenv("HEYFOLIO_VISITOR_LIMITS", "2/m")
    get_settings.cache_clear()
    backend.reset()
    yield
    backend.reset()
    get_settings.cache_clear()


def _call(method: str, path: str, token: str | None, *, ip: str = IP, body: bytes = b"") -> dict[str, Any]:
    from heyfolio.stack.local_invoke import invoke_local

    headers = [("Authorization", f"Bearer {token}")] if token else []
    event = build_event(
        method=method,
        path=path,
        resource=path,
        path_parameters={},
        query_string="",
        headers=headers,
        body=body,
    )
    event["requestContext"]["identity"]["sourceIp"] = ip
    result: dict[str, Any] = invoke_local("visitor_data", event)
    return result


def _snapshot() -> str:
    """Every item of both tables, and the audit trail (what a refused request must not change)."""
    from heyfolio.aws.clients import client

    settings = get_settings()
    items = []
    for table in (settings.table_name, settings.events_table_name):
        items += [json.dumps(i, sort_keys=True) for i in client("dynamodb").scan(TableName=table)["Items"]]
    return "\n".join(sorted(items))


def test_the_visitor_routes_are_their_own_surface() -> None:
    for path in ("/api/me", "/api/me/export", "/api/me/leads", "/api/me/session"):
        assert _under(path, VISITOR_PATHS), path
    for path in ("/api/contact", "/api/meetings", "/api/profile"):
        assert not _under(path, VISITOR_PATHS), path
    assert get_settings().limits["visitor"], "HEYFOLIO_VISITOR_LIMITS is read like the other surfaces"


def test_past_the_limit_erase_is_refused_with_429_and_changes_nothing(two_a_minute: None) -> None:
    from heyfolio.security.visitor import mint_visitor_session
    from heyfolio.storage import audit, leads

    visitor_id = "a" * 32
    token = mint_visitor_session(visitor_id)
    lead, _ = leads.create_once(
        "form-9", name="Maren Holt", email="maren@example.org", message="About the data role",
        consent=True, visitor_id=visitor_id,
    )  # fmt: skip

    assert _call("GET", "/api/me/export", token)["statusCode"] == 200
    assert _call("GET", "/api/me/leads", token)["statusCode"] == 200
    before, trail = _snapshot(), [(e.action, e.actor) for e in audit.list_recent(limit=50)]

    refused = _call("DELETE", "/api/me", token)
    assert refused["statusCode"] == 429
    headers = refused["headers"]
    assert int(headers["Retry-After"]) >= 1
    assert headers["RateLimit-Limit"] == "2" and headers["RateLimit-Remaining"] == "0"
    body = json.loads(refused["body"])
    assert body["error"] == "rate_limited" and body["retry_after"] == int(headers["Retry-After"])
    assert "2/m" in body["message"] and "wait" in body["message"]
    assert "Set-Cookie" not in headers, "a refused erase does not drop the visitor's cookie"

    # Nothing was erased, nothing audited: the refusal came before the route ran.
    assert _snapshot() == before
    assert [(e.action, e.actor) for e in audit.list_recent(limit=50)] == trail
    kept = leads.get(lead.lead_id)
    assert kept is not None and (kept.name, kept.email) == ("Maren Holt", "maren@example.org")

    # Every /api/me route shares the bucket, a request without a token included (counted before
    # the token is read, so guessing tokens is limited too); another address has its own.
    assert _call("GET", "/api/me/export", token)["statusCode"] == 429
    assert _call("POST", "/api/me/session", None)["statusCode"] == 429
    other = _call("DELETE", "/api/me", token, ip="203.0.113.99")
    assert other["statusCode"] == 200 and json.loads(other["body"])["complete"] is True
