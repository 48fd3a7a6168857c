"""Every token attack, at the MCP endpoint and at the owner API: refused with 401 (or 403) and audited.

The verifier fetches the issuer's JWKS over real HTTP from a loopback server (``conftest.issuer``);
storage (revocation list, audit log) is moto.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from heyfolio.dev.apigw_events import build_event
from tests.security.conftest import AUDIENCE, PUBLIC_URL, Issuer, _pem_pair, audit_events, b64


def now() -> int:
    """The time when a token is minted, not when the module was collected: on a loaded machine a
    parallel run reached this test over an hour after collection, when "an hour from now" had passed."""
    return int(time.time())


def _revoked(issuer: Issuer) -> str:
    from heyfolio.security.revocation import revoke

    jti = uuid.uuid4().hex
    revoke(jti, expires_at=time.time() + 600)
    return issuer.mint(jti=jti)


ATTACKS: dict[str, tuple[Callable[[Issuer], str], str]] = {
    "alg_none": (lambda i: i.alg_none(), "algorithm"),
    "hs256_signed_with_public_key": (lambda i: i.hs256_with_public_key(), "algorithm"),
    "foreign_audience": (lambda i: i.mint(aud="https://someone-else.example/mcp"), "audience"),
    "foreign_issuer": (lambda i: i.mint(iss="https://evil.example"), "issuer"),
    "expired": (lambda i: i.mint(iat=now() - 7200, nbf=now() - 7200, exp=now() - 3600), "expired"),
    "not_yet_valid": (lambda i: i.mint(nbf=now() + 3600, exp=now() + 7200), "not_yet_valid"),
    "wrong_key_same_kid": (lambda i: i.mint(key=_pem_pair()[0]), "signature"),
    "unknown_kid": (lambda i: i.mint(kid="not-a-key-of-this-issuer"), "unknown_key"),
    "no_kid": (lambda i: i.mint(kid=None), "unknown_key"),
    "missing_exp": (lambda i: i.mint(exp=None), "missing_claim"),
    "id_token_not_access_token": (lambda i: i.mint(token_use="id"), "token_use"),
    "revoked": (_revoked, "revoked"),
    "malformed_garbage": (lambda i: "not-a-jwt", "malformed"),
    "malformed_payload": (
        lambda i: b64(json.dumps({"alg": "RS256", "kid": i.kid}).encode()) + ".bm9wZQ.c2ln",
        "signature",  # the signature is checked before the payload is ever parsed
    ),
}


def _mcp(token: str | None, tool: str = "list_leads") -> tuple[int, dict[str, str], dict[str, Any]]:
    from tests.mcp.conftest import load_endpoint_module

    server = load_endpoint_module().server
    headers = [
        ("host", "127.0.0.1:8000"),
        ("content-type", "application/json"),
        ("accept", "application/json"),
    ]
    if token is not None:
        headers.append(("authorization", f"Bearer {token}"))
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": tool, "arguments": {}}}
    response = server.handle("POST", headers, json.dumps(body).encode())
    return response.status, {k.lower(): v for k, v in response.headers}, json.loads(response.body or b"{}")


def _owner_api(
    token: str | None, path: str = "/api/owner/leads"
) -> tuple[int, dict[str, str], dict[str, Any]]:
    from heyfolio.stack.local_invoke import invoke_local

    headers = [("Accept", "application/json")]
    if token is not None:
        headers.append(("Authorization", f"Bearer {token}"))
    event = build_event(
        method="GET",
        path=path,
        resource=path,
        path_parameters={},
        query_string="",
        headers=headers,
        body=b"",
        source_ip="198.51.100.9",
    )
    result = invoke_local("owner_api", event)
    out = {k.lower(): v for k, v in (result.get("headers") or {}).items()}
    for k, values in (result.get("multiValueHeaders") or {}).items():
        out.setdefault(k.lower(), values[0])
    return result["statusCode"], out, json.loads(result["body"])


SURFACES = {"mcp": _mcp, "owner_api": _owner_api}


@pytest.mark.parametrize("surface", SURFACES)
@pytest.mark.parametrize("attack", ATTACKS)
def test_attack_is_refused_with_401_a_challenge_and_an_audit_event(
    issuer: Issuer, surface: str, attack: str
) -> None:
    make, reason = ATTACKS[attack]
    token = make(issuer)
    status, headers, body = SURFACES[surface](token)
    assert status == 401, body
    challenge = headers["www-authenticate"]
    assert challenge.startswith("Bearer ") and 'error="invalid_token"' in challenge
    suffix = "/mcp" if surface == "mcp" else ""
    assert f'resource_metadata="{PUBLIC_URL}/.well-known/oauth-protected-resource{suffix}"' in challenge
    events = audit_events("auth.failure")
    assert len(events) == 1, [e.detail for e in events]
    assert events[0].detail["reason"] == reason
    assert events[0].outcome == "refused" and events[0].target.startswith(surface)
    if surface == "owner_api":
        assert events[0].source_ip == "198.51.100.9"
    assert token not in json.dumps([e.detail for e in events])  # the token itself is never logged


@pytest.mark.parametrize("surface", SURFACES)
def test_a_genuine_owner_token_passes_and_the_owner_action_is_audited(issuer: Issuer, surface: str) -> None:
    status, _, body = SURFACES[surface](issuer.mint())
    assert status == 200, body
    assert not audit_events("auth.failure")
    [event] = audit_events("owner.access")
    assert event.actor == "owner-sub" and event.outcome == "allowed"
    assert len(issuer.requests) == 1  # one JWKS fetch, over HTTP


@pytest.mark.parametrize("surface", SURFACES)
def test_a_valid_token_without_the_owner_scope_gets_403_insufficient_scope(
    issuer: Issuer, surface: str
) -> None:
    status, headers, _ = SURFACES[surface](issuer.mint(scope="openid"))
    assert status == 403
    assert 'error="insufficient_scope"' in headers["www-authenticate"]
    assert 'scope="portfolio:owner"' in headers["www-authenticate"]
    [event] = audit_events("auth.forbidden")
    assert event.detail["reason"] == "insufficient_scope" and event.actor == "owner-sub"


@pytest.mark.parametrize("surface", SURFACES)
def test_no_token_gets_401_with_the_metadata_pointer_and_no_audit_noise(issuer: Issuer, surface: str) -> None:
    status, headers, _ = SURFACES[surface](None)
    assert status == 401
    assert "resource_metadata=" in headers["www-authenticate"]
    assert "error=" not in headers["www-authenticate"]  # RFC 6750 3.1: no error code without credentials
    assert not audit_events()


def test_public_tools_stay_open_to_anonymous_callers(issuer: Issuer) -> None:
    status, _, body = _mcp(None, tool="get_profile")
    assert status == 200 and not body["result"]["isError"]


def test_a_token_revoked_after_use_is_refused_from_then_on(issuer: Issuer) -> None:
    from heyfolio.security.revocation import revoke
    from heyfolio.security.tokens import verify_token

    token = issuer.mint()
    assert _mcp(token)[0] == 200
    identity = verify_token(token)
    assert identity.token_id is not None
    revoke(identity.token_id, expires_at=identity.expires_at)
    assert _mcp(token)[0] == 401
    assert _owner_api(token)[0] == 401


def test_revocation_list_unreachable_fails_closed_with_503(
    issuer: Issuer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from heyfolio.security import revocation

    def broken(jti: str) -> bool:
        raise ConnectionError("DynamoDB is down")

    monkeypatch.setattr(revocation, "is_revoked", broken)
    status, headers, _ = _mcp(issuer.mint())
    assert status == 503 and "www-authenticate" not in headers
    assert _owner_api(issuer.mint())[0] == 503


def test_owner_revokes_a_token_through_the_route(issuer: Issuer) -> None:
    from heyfolio.stack.local_invoke import invoke_local

    victim = issuer.mint(sub="stolen-laptop")
    owner = issuer.mint()
    event = build_event(
        method="POST",
        path="/api/owner/tokens/revoke",
        resource="/api/owner/tokens/revoke",
        path_parameters={},
        query_string="",
        headers=[("Authorization", f"Bearer {owner}"), ("Content-Type", "application/json")],
        body=json.dumps({"token": victim}).encode(),
    )
    result = invoke_local("owner_security", event)
    assert result["statusCode"] == 200, result["body"]
    assert _mcp(victim)[0] == 401
    assert [e.action for e in audit_events("token.revoke")] == ["token.revoke"]
    # A visitor cannot revoke anything.
    event["headers"]["Authorization"] = f"Bearer {issuer.mint(scope='openid')}"
    event["multiValueHeaders"]["Authorization"] = [event["headers"]["Authorization"]]
    assert invoke_local("owner_security", event)["statusCode"] == 403


def test_owner_reads_the_audit_log(issuer: Issuer) -> None:
    from heyfolio.stack.local_invoke import invoke_local

    _mcp(issuer.alg_none())
    event = build_event(
        method="GET",
        path="/api/owner/audit",
        resource="/api/owner/audit",
        path_parameters={},
        query_string="action=auth.failure&limit=10",
        headers=[("Authorization", f"Bearer {issuer.mint()}")],
        body=b"",
    )
    result = invoke_local("owner_security", event)
    assert result["statusCode"] == 200
    events = json.loads(result["body"])["events"]
    assert [(e["action"], e["detail"]["reason"]) for e in events] == [("auth.failure", "algorithm")]
    bad = {
        **event,
        "queryStringParameters": {"limit": "0"},
        "multiValueQueryStringParameters": {"limit": ["0"]},
    }
    assert invoke_local("owner_security", bad)["statusCode"] == 400


def test_cognito_style_tokens_bind_to_the_app_client(issuer: Issuer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cognito access tokens carry ``client_id`` and no ``aud``: accepted only from the configured client."""
    from heyfolio.config import get_settings

    monkeypatch.setenv("HEYFOLIO_OAUTH_CLIENT_IDS", "owner-app-client")
    get_settings.cache_clear()
    assert _mcp(issuer.mint(aud=None, client_id="owner-app-client"))[0] == 200
    assert _mcp(issuer.mint(aud=None, client_id="another-client"))[0] == 401
    assert _mcp(issuer.mint(aud="https://evil.example", client_id="owner-app-client"))[0] == 401
    assert AUDIENCE.endswith("/mcp")
