"""Rate limits that fit the traffic (issue 9, item 4), on the production store: the real
``upstash-ratelimit`` library against a real redis-server through the Upstash REST shim.

Each surface has its own buckets (an MCP client never uses up the page's read API); /mcp is
counted per verified caller when the request carries a valid token (an assistant's servers
call for many users from few addresses) and per IP otherwise; a global budget caps all public
traffic together; contact_owner calls have a bucket of their own.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from heyfolio.config import LIMIT_SURFACES, Settings, get_settings
from heyfolio.limits.protect import decide, protect_event, rate_limited
from heyfolio.limits.rules import SURFACES, parse_limits

PING = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "ping"})
CONTACT = json.dumps(
    {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "contact_owner", "arguments": {}}}
)
IP = "203.0.113.7"


@pytest.fixture
def upstash_limits(
    fresh_settings: None, shim: Any, direct: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    """Production-shaped limits (Upstash over the shim) with small windows to reach in a test."""
    for name, value in {
        "HEYFOLIO_LIMITS_BACKEND": "upstash",
        "UPSTASH_REDIS_REST_URL": shim.url,
        "UPSTASH_REDIS_REST_TOKEN": shim.token,
        "HEYFOLIO_MCP_LIMITS": "5/m",
        "HEYFOLIO_MCP_IP_LIMITS": "3/m",
        "HEYFOLIO_API_LIMITS": "4/m",
        "HEYFOLIO_CONTACT_LIMITS": "2/h",
        "HEYFOLIO_GLOBAL_LIMITS": "1000/m",
    }.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    yield direct
    get_settings.cache_clear()


def _event(path: str, *, ip: str = IP, body: str | None = None, token: str | None = None) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return {
        "path": path,
        "httpMethod": "POST" if body else "GET",
        "body": body,
        "headers": headers,
        "requestContext": {"identity": {"sourceIp": ip}},
    }


def _mcp(**kwargs: Any) -> int:
    refused = protect_event(
        _event("/mcp", body=kwargs.pop("body", PING), **kwargs), surface="mcp", jsonrpc=True
    )
    return 200 if refused is None else int(refused["statusCode"])


def _token(subject: str) -> str:
    from heyfolio.security.tokens import mint_token

    return mint_token("visitor", subject=subject)


def test_an_mcp_client_never_uses_up_the_pages_read_api(upstash_limits: Any) -> None:
    assert [_mcp() for _ in range(4)] == [200, 200, 200, 429]
    read = rate_limited(lambda e, c: {"statusCode": 200}, surface="api")
    assert [read(_event("/api/profile"), None)["statusCode"] for _ in range(5)] == [200] * 4 + [429]
    assert _mcp(ip="198.51.100.9") == 200, "another address has its own bucket"


def test_verified_callers_are_counted_per_subject_not_per_address(upstash_limits: Any) -> None:
    alice, bob = _token("assistant-user-alice"), _token("assistant-user-bob")
    # Many users of one assistant, one egress address: each has the caller limit (5/m).
    assert [_mcp(token=alice) for _ in range(6)] == [200] * 5 + [429]
    assert [_mcp(token=bob) for _ in range(5)] == [200] * 5
    # Anonymous traffic from that address still has its own (smaller) per-IP limit.
    assert [_mcp() for _ in range(4)] == [200, 200, 200, 429]
    # A token that does not verify is anonymous: it cannot buy a fresh bucket.
    forged = alice[:-4] + ("AAAA" if not alice.endswith("AAAA") else "BBBB")
    assert _mcp(token=forged) == 429
    assert _mcp(token="not-a-jwt") == 429


def test_the_global_budget_caps_every_caller_together(
    upstash_limits: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEYFOLIO_GLOBAL_LIMITS", "6/m")
    get_settings.cache_clear()
    statuses = [_mcp(ip=f"192.0.2.{i}") for i in range(4)]  # four addresses, one request each
    read = rate_limited(lambda e, c: {"statusCode": 200}, surface="api")
    statuses += [read(_event("/api/projects", ip=f"192.0.2.{i}"), None)["statusCode"] for i in range(4)]
    assert statuses == [200] * 6 + [429, 429]
    refused = read(_event("/api/projects", ip="192.0.2.99"), None)
    assert refused["statusCode"] == 429 and "all visitors together" in json.loads(refused["body"])["message"]
    # The owner's own routes are not part of the public budget.
    owner = rate_limited(lambda e, c: {"statusCode": 200}, surface="owner")
    assert owner(_event("/api/owner/leads"), None)["statusCode"] == 200


def test_contact_owner_calls_have_a_bucket_of_their_own(upstash_limits: Any) -> None:
    token = _token("recruiter")
    assert [_mcp(token=token, body=CONTACT) for _ in range(3)] == [200, 200, 429]
    assert _mcp(token=token) == 200, "other MCP calls of that caller go on"
    assert _mcp(body=CONTACT, ip="198.51.100.20") == 200, "a different anonymous sender has their own"


def test_each_surface_has_its_own_keys_in_the_store(upstash_limits: Any) -> None:
    direct = upstash_limits
    decide("api", ip=IP)
    keys_after_api = direct.dbsize()
    decide("mcp", ip=IP)
    assert direct.dbsize() == keys_after_api + 1, "the mcp surface did not reuse the api bucket"


def test_defaults_are_generous_locally_and_tighter_on_aws() -> None:
    local, aws = Settings.from_env({}), Settings.from_env({"HEYFOLIO_ENV": "aws"})
    assert set(LIMIT_SURFACES) == {"mcp", "mcp_ip", "api", "owner", "webhook", "contact", "visitor", "global"}
    assert set(SURFACES) == {"chat", "mcp", "api", "owner", "webhook", "contact", "visitor"}
    for name in ("mcp", "mcp_ip", "api"):
        # The MCP Inspector and the conformance suite send a few hundred requests a minute.
        assert local.limits[name][0] == parse_limits("3000/m")[0], name
        assert aws.limits[name][0].count < local.limits[name][0].count
    assert local.mcp_limits == local.limits["mcp"]
    assert Settings.from_env({"HEYFOLIO_API_LIMITS": "7/m"}).limits["api"] == parse_limits("7/m")
    with pytest.raises(ValueError, match="HEYFOLIO_OWNER_LIMITS"):
        Settings.from_env({"HEYFOLIO_OWNER_LIMITS": "lots"})
