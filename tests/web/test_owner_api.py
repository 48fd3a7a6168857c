"""The owner dashboard's data API: owner token required, and figures that match what is stored.

Requests go through the deployed handler (``functions/owner_api``) as API Gateway events; data
is written through the storage repositories into moto, as the product writes it.
"""

from __future__ import annotations

import json
import time
from typing import Any

import jwt
import pytest

from heyfolio.dev.apigw_events import build_event

pytestmark = pytest.mark.usefixtures("local_stack")
DAY = 24 * 3600


def call(
    path: str, token: str | None = None, query: str = "", scheme: str = "Bearer"
) -> tuple[int, Any, dict]:
    from heyfolio.stack.local_invoke import invoke_local

    headers = [("Accept", "application/json")]
    if token is not None:
        headers.append(("Authorization", f"{scheme} {token}"))
    event = build_event(
        method="GET",
        path=path,
        resource=path,
        path_parameters={},
        query_string=query,
        headers=headers,
        body=b"",
    )
    result = invoke_local("owner_api", event)
    headers_out = {k.lower(): v for k, v in (result.get("headers") or {}).items()}
    for k, values in (result.get("multiValueHeaders") or {}).items():
        headers_out.setdefault(k.lower(), values[0])
    return result["statusCode"], json.loads(result["body"]), headers_out


def owner_token() -> str:
    from heyfolio.security.tokens import mint_token

    return mint_token("owner")


ROUTES = ["/api/owner/leads", "/api/owner/questions", "/api/owner/latency", "/api/owner/usage"]


@pytest.mark.parametrize("path", ROUTES)
def test_every_route_refuses_a_request_without_a_token(path: str) -> None:
    status, body, headers = call(path)
    assert status == 401
    assert "owner token is required" in body["message"]
    assert headers["www-authenticate"].startswith("Bearer")
    assert headers["cache-control"] == "no-store"


@pytest.mark.parametrize(
    ("token", "scheme"),
    [
        ("not-a-jwt", "Bearer"),
        ("", "Bearer"),
        (None, "Basic"),  # the right token under the wrong scheme
    ],
)
def test_malformed_credentials_get_401(token: str | None, scheme: str) -> None:
    status, body, _ = call("/api/owner/leads", token if token is not None else owner_token(), scheme=scheme)
    assert status == 401
    assert body["message"]


def test_a_token_signed_by_another_key_is_refused() -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    from heyfolio.security.tokens import mint_token

    genuine = jwt.decode(mint_token("owner"), options={"verify_signature": False})
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    forged = jwt.encode(genuine, other, algorithm="RS256")
    status, body, _ = call("/api/owner/leads", forged)
    assert status == 401
    assert "heyfolio token --role owner" in body["message"]


def test_an_expired_owner_token_is_refused() -> None:
    from heyfolio.security.tokens import mint_token

    expired = mint_token("owner", ttl_seconds=60, now=time.time() - 3600)
    status, body, _ = call("/api/owner/usage", expired)
    assert status == 401
    assert "refused" in body["message"]


def test_a_visitor_token_is_forbidden() -> None:
    from heyfolio.security.tokens import mint_token

    status, body, headers = call("/api/owner/leads", mint_token("visitor"))
    assert status == 403
    assert "visitor" in body["message"]
    # RFC 6750 3.1: a token without the needed scope gets 403 with an insufficient_scope challenge.
    assert headers["www-authenticate"].startswith('Bearer error="insufficient_scope"')
    assert 'scope="portfolio:owner"' in headers["www-authenticate"]


@pytest.mark.parametrize(
    ("days", "fragment"), [("ten", "must be an integer"), ("0", "from 1 to 90"), ("91", "from 1 to 90")]
)
def test_bad_period_gets_400(days: str, fragment: str) -> None:
    status, body, _ = call("/api/owner/usage", owner_token(), query=f"days={days}")
    assert status == 400
    assert fragment in body["message"]


def test_bad_period_without_token_is_still_401_first() -> None:
    status, _, _ = call("/api/owner/usage", None, query="days=ten")
    assert status == 401


@pytest.mark.parametrize(
    ("path", "query", "fragments"),
    [
        (
            "/api/owner/leads",
            "status=bogus",
            ["'status' must be one of new, approved, declined, expired", "'bogus'"],
        ),
        ("/api/owner/leads", "status=", ["'status' must be one of"]),
        (
            "/api/owner/leads",
            "statuz=new",
            ["does not take 'statuz'", "status=new|approved|declined|expired"],
        ),
        ("/api/owner/leads", "status=new&status=approved", ["given 2 times"]),
        ("/api/owner/usage", "period=7", ["does not take 'period'", "days=1..90"]),
        ("/api/owner/questions", "days=7&limit=5", ["does not take 'limit'", "days=1..90"]),
        ("/api/owner/latency", "days=%00", ["must be an integer from 1 to 90"]),
        ("/api/owner/usage", "days=99999999999999999999", ["must be an integer from 1 to 90"]),
    ],
)
def test_bad_filters_get_400_with_the_allowed_values(path: str, query: str, fragments: list[str]) -> None:
    """A mistyped filter is refused, never silently answered with everything (issue 9, item 7)."""
    status, body, _ = call(path, owner_token(), query=query)
    assert status == 400, body
    for fragment in fragments:
        assert fragment in body["message"], body["message"]


def test_leads_filter_by_status_keeps_every_count() -> None:
    from heyfolio.storage import leads

    first, _ = leads.create_once("k-f1", name="Ada", email="ada@example.com", message="Staff", consent=True)
    leads.create_once("k-f2", name="Grace", email="grace@example.com", message="Principal", consent=True)
    leads.transition(first.lead_id, "new", "approved")
    status, body, _ = call("/api/owner/leads", owner_token(), query="status=approved")
    assert status == 200 and body["status"] == "approved"
    assert [(row["name"], row["status"]) for row in body["leads"]] == [("Ada", "approved")]
    assert body["counts"] == {"new": 1, "approved": 1, "declined": 0, "expired": 0}
    status, body, _ = call("/api/owner/leads", owner_token(), query="status=declined")
    assert status == 200 and body["leads"] == []


def test_leads_new_first_with_counts_and_no_store() -> None:
    from heyfolio.storage import leads

    first, _ = leads.create_once(
        "k-1", name="Ada", email="ada@example.com", message="Staff role", consent=True
    )
    leads.create_once("k-2", name="Grace", email="grace@example.com", message="Principal role", consent=True)
    leads.transition(first.lead_id, "new", "approved")
    status, body, headers = call("/api/owner/leads", owner_token())
    assert status == 200
    assert headers["cache-control"] == "no-store"
    assert [(row["name"], row["status"]) for row in body["leads"]] == [("Grace", "new"), ("Ada", "approved")]
    assert body["counts"] == {"new": 1, "approved": 1, "declined": 0, "expired": 0}
    assert body["leads"][0]["email"] == "grace@example.com" and body["leads"][0]["erased"] is False


def test_questions_unanswered_first_and_limited_to_the_period() -> None:
    from heyfolio.storage.clock import using_clock
    from heyfolio.storage.questions import record

    now = time.time()
    with using_clock(lambda: now - 40 * DAY):
        record("An old unanswered question", answered=False, source="chat")
    record("What did she build with Rust?", answered=True, source="chat")
    record("What is her salary?", answered=False, source="chat")
    record("Does she know COBOL?", answered=False, source="mcp")
    status, body, _ = call("/api/owner/questions", owner_token(), query="days=30")
    assert status == 200
    asked = [(q["question"], q["answered"]) for q in body["questions"]]
    assert asked[-1] == ("What did she build with Rust?", True)
    assert {q for q, answered in asked[:2]} == {"What is her salary?", "Does she know COBOL?"}
    assert all(not answered for _, answered in asked[:2])
    assert "An old unanswered question" not in [q for q, _ in asked]
    assert body["total"] == 3 and body["unanswered"] == 2


def test_latency_percentiles_per_tool_slowest_first() -> None:
    from heyfolio.storage import invocations

    now = time.time()
    for ms in range(1, 21):  # 1..20 ms: nearest-rank p50 = 10, p95 = 19
        invocations.record("search_portfolio", "visitor", float(ms), "ok", at=now - ms)
    for ms in (100.0, 200.0, 300.0, 400.0):
        invocations.record("match_role", "visitor", ms, "error" if ms == 400 else "ok", at=now - 5)
    invocations.record("get_project", "visitor", 5.0, "ok", at=now - 10 * DAY)  # outside 7 days
    status, body, _ = call("/api/owner/latency", owner_token(), query="days=7")
    assert status == 200
    tools = {t["tool"]: t for t in body["tools"]}
    assert [t["tool"] for t in body["tools"]] == ["match_role", "search_portfolio"]
    assert (tools["search_portfolio"]["p50_ms"], tools["search_portfolio"]["p95_ms"]) == (10.0, 19.0)
    assert tools["search_portfolio"]["count"] == 20 and tools["search_portfolio"]["errors"] == 0
    assert (tools["match_role"]["p50_ms"], tools["match_role"]["p95_ms"], tools["match_role"]["errors"]) == (
        200.0,
        400.0,
        1,
    )


def test_usage_per_day_covers_every_day_and_sums_exactly() -> None:
    from heyfolio.storage import keys, usage

    now = time.time()
    usage.record("claude-haiku-4-5", 1000, 100, 0.0015, 400, at=now)
    usage.record("claude-sonnet-4-5", 2000, 300, 0.0105, 900, at=now)
    usage.record("claude-haiku-4-5", 500, 50, 0.0007, 300, at=now - 2 * DAY)
    usage.record("claude-haiku-4-5", 9999, 999, 9.0, 300, at=now - 20 * DAY)  # outside 7 days
    status, body, _ = call("/api/owner/usage", owner_token(), query="days=7")
    assert status == 200
    days = body["per_day"]
    assert len(days) == 7
    assert days[-1]["day"] == keys.day_of(now) and days[0]["day"] == keys.day_of(now - 6 * DAY)
    today, two_ago = days[-1], days[-3]
    assert (today["calls"], today["input_tokens"], today["output_tokens"]) == (2, 3000, 400)
    assert today["cost_usd"] == pytest.approx(0.012)
    assert set(today["by_model"]) == {"claude-haiku-4-5", "claude-sonnet-4-5"}
    assert (two_ago["calls"], two_ago["input_tokens"]) == (1, 500)
    assert sum(d["calls"] for d in days) == 3
    assert body["total"] == {"calls": 3, "input_tokens": 3500, "output_tokens": 450, "cost_usd": 0.0127}


def test_empty_store_gives_empty_views_not_errors() -> None:
    token = owner_token()
    assert call("/api/owner/leads", token)[1]["leads"] == []
    assert call("/api/owner/questions", token)[1]["questions"] == []
    assert call("/api/owner/latency", token)[1]["tools"] == []
    usage_body = call("/api/owner/usage", token, query="days=3")[1]
    assert [d["calls"] for d in usage_body["per_day"]] == [0, 0, 0]
