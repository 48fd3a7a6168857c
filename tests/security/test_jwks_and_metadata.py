"""The JWKS cache (refresh on an unknown kid, no refresh storm) and the discovery documents."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest

from heyfolio.dev.apigw_events import build_event
from heyfolio.security.jwks import HttpJwks, KeyNotFound, jwks_document
from tests.security.conftest import Issuer, _pem_pair


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _fetcher(documents: list[dict[str, Any]]) -> tuple[Any, list[int]]:
    calls: list[int] = []

    def fetch(url: str, timeout: float) -> bytes:
        calls.append(1)
        return json.dumps(documents[-1]).encode()

    return fetch, calls


def test_unknown_kids_cause_at_most_one_fetch_per_interval() -> None:
    _, public = _pem_pair()
    document = jwks_document(public)
    kid = document["keys"][0]["kid"]
    fetch, calls = _fetcher([document])
    clock = Clock()
    keys = HttpJwks("https://issuer.example/jwks", fetch=fetch, clock=clock, min_refresh_seconds=30, ttl=3600)
    assert keys.key(kid) is not None and len(calls) == 1
    for n in range(200):  # a flood of forged kids
        with pytest.raises(KeyNotFound):
            keys.key(f"forged-{n}")
    assert len(calls) == 1
    clock.now += 31
    with pytest.raises(KeyNotFound):
        keys.key("forged-again")
    assert len(calls) == 2  # one more, after the interval


def test_rotation_is_picked_up_on_the_new_kid_and_stale_sets_refresh() -> None:
    _, first = _pem_pair()
    _, second = _pem_pair()
    docs = [jwks_document(first)]
    fetch, calls = _fetcher(docs)
    clock = Clock()
    keys = HttpJwks("https://issuer.example/jwks", fetch=fetch, clock=clock, min_refresh_seconds=30, ttl=600)
    keys.key(docs[0]["keys"][0]["kid"])
    docs.append({"keys": [*jwks_document(first)["keys"], *jwks_document(second)["keys"]]})
    clock.now += 60
    assert keys.key(docs[-1]["keys"][1]["kid"]) is not None and len(calls) == 2
    clock.now += 601
    keys.key(docs[-1]["keys"][0]["kid"])
    assert len(calls) == 3  # the whole set was stale


def test_concurrent_unknown_kid_requests_share_one_fetch() -> None:
    _, public = _pem_pair()
    document = jwks_document(public)
    gate = threading.Event()
    calls: list[int] = []

    def slow(url: str, timeout: float) -> bytes:
        calls.append(1)
        gate.wait(2)
        return json.dumps(document).encode()

    keys = HttpJwks("https://issuer.example/jwks", fetch=slow)
    errors: list[Exception] = []

    def worker() -> None:
        try:
            keys.key("unknown")
        except KeyNotFound as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(20)]
    for t in threads:
        t.start()
    gate.set()
    for t in threads:
        t.join(5)
    assert len(calls) == 1 and len(errors) == 20


def test_an_unreachable_or_broken_issuer_is_a_refusal_not_a_crash() -> None:
    def down(url: str, timeout: float) -> bytes:
        raise OSError("connection refused")

    with pytest.raises(KeyNotFound, match="could not be fetched"):
        HttpJwks("https://issuer.example/jwks", fetch=down).key("k")
    with pytest.raises(KeyNotFound, match="not a key set"):
        HttpJwks("https://issuer.example/jwks", fetch=lambda u, t: b'{"keys": 3}').key("k")


def test_a_down_issuer_is_a_401_at_the_endpoint(issuer: Issuer, monkeypatch: pytest.MonkeyPatch) -> None:
    from heyfolio.config import get_settings
    from heyfolio.security import jwks
    from tests.security.test_token_matrix import _mcp

    monkeypatch.setenv("HEYFOLIO_OAUTH_ISSUER", "http://127.0.0.1:9")  # nothing listens on the discard port
    get_settings.cache_clear()
    jwks.reset()
    status, _, _ = _mcp(issuer.mint(iss="http://127.0.0.1:9"))
    assert status == 401


def _get(function: str, path: str) -> tuple[int, dict[str, Any]]:
    from heyfolio.stack.local_invoke import invoke_local

    event = build_event(
        method="GET", path=path, resource=path, path_parameters={}, query_string="", headers=[], body=b""
    )
    result = invoke_local(function, event)
    return result["statusCode"], json.loads(result["body"])


@pytest.mark.usefixtures("local_stack")
def test_protected_resource_metadata_for_the_site_and_for_mcp() -> None:
    from heyfolio.config import get_settings

    base = get_settings().public_url
    status, site = _get("auth_metadata", "/.well-known/oauth-protected-resource")
    assert status == 200 and site["resource"] == base
    status, mcp = _get("auth_metadata", "/.well-known/oauth-protected-resource/mcp")
    assert status == 200 and mcp["resource"] == base + "/mcp"  # RFC 9728: identical to the resource URL
    for doc in (site, mcp):
        assert doc["authorization_servers"] == [base]
        assert doc["scopes_supported"] == ["portfolio:owner"]
        assert doc["bearer_methods_supported"] == ["header"]


@pytest.mark.usefixtures("local_stack")
def test_the_dev_server_jwks_verifies_heyfolio_token_over_http() -> None:
    """``heyfolio token`` signs with the key whose public half /.well-known/jwks.json publishes."""
    from heyfolio.security.tokens import mint_token, verify_token

    status, document = _get("auth_metadata", "/.well-known/jwks.json")
    assert status == 200 and document["keys"][0]["alg"] == "RS256" and "d" not in document["keys"][0]
    served = HttpJwks("http://dev/.well-known/jwks.json", fetch=lambda u, t: json.dumps(document).encode())
    assert verify_token(mint_token("owner"), keys=served).role == "owner"
    assert verify_token(mint_token("visitor"), keys=served).role == "visitor"


@pytest.mark.usefixtures("local_stack")
def test_jwks_route_points_elsewhere_when_the_issuer_is_remote(monkeypatch: pytest.MonkeyPatch) -> None:
    from heyfolio.config import get_settings

    monkeypatch.setenv("HEYFOLIO_OAUTH_ISSUER", "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_X")
    get_settings.cache_clear()
    status, body = _get("auth_metadata", "/.well-known/jwks.json")
    assert status == 404 and "cognito-idp" in body["message"]
    _, mcp = _get("auth_metadata", "/.well-known/oauth-protected-resource/mcp")
    assert mcp["authorization_servers"] == ["https://cognito-idp.us-east-1.amazonaws.com/us-east-1_X"]


@pytest.mark.usefixtures("local_stack")
def test_visitor_sessions_and_owner_tokens_never_stand_in_for_each_other() -> None:
    from heyfolio.security.tokens import InvalidToken, mint_token, verify_token
    from heyfolio.security.visitor import InvalidVisitorSession, mint_visitor_session, verify_visitor_session

    session = mint_visitor_session("v" * 32, "s" * 32)
    assert verify_visitor_session(session).visitor_id == "v" * 32
    with pytest.raises(InvalidToken):
        verify_token(session)  # HS256: refused by the RS256-only verifier
    with pytest.raises(InvalidVisitorSession):
        verify_visitor_session(mint_token("owner"))
    with pytest.raises(InvalidVisitorSession):
        verify_visitor_session(mint_visitor_session("v" * 32, now=0))  # expired
    head, payload, signature = session.split(".")
    with pytest.raises(InvalidVisitorSession):
        verify_visitor_session(f"{head}.{payload}.{signature[::-1]}")
