"""The sign-in MCP clients use on AWS, in front of Cognito: PKCE required, client ids are OAuth
Client ID Metadata Documents. Cognito is faked at the HTTP boundary (its /oauth2/authorize and
/oauth2/token, with its own PKCE check and single-use codes); the client's metadata document is
served on loopback. The site is the dev app."""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from tests.support.live_server import serve

APP_CLIENT = "cognito-app-client"


def s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")


class FakeCognito:
    """Cognito's managed login as the front sees it, and a client's metadata document."""

    def __init__(self) -> None:
        self.codes: dict[str, dict[str, str]] = {}
        self.base = ""
        self.client_redirect = "http://127.0.0.1:33418/callback"

    async def authorize(self, request: Request) -> Response:
        q = request.query_params
        assert q["client_id"] == APP_CLIENT and q["code_challenge_method"] == "S256"
        code = secrets.token_hex(8)
        self.codes[code] = {"challenge": q["code_challenge"], "redirect_uri": q["redirect_uri"]}
        return RedirectResponse(f"{q['redirect_uri']}?{urlencode({'code': code, 'state': q['state']})}", 302)

    async def token(self, request: Request) -> Response:
        form = await request.form()
        if form.get("grant_type") == "refresh_token":
            return JSONResponse({"access_token": "refreshed", "expires_in": 3600, "token_type": "Bearer"})
        grant = self.codes.pop(str(form.get("code")), None)  # single use, like Cognito
        if grant is None or s256(str(form.get("code_verifier"))) != grant["challenge"]:
            return JSONResponse({"error": "invalid_grant"}, 400)
        assert form.get("redirect_uri") == grant["redirect_uri"] and form.get("client_id") == APP_CLIENT
        return JSONResponse(
            {
                "access_token": "cognito-access",
                "refresh_token": "r1",
                "expires_in": 3600,
                "token_type": "Bearer",
            }
        )

    async def client_document(self, request: Request) -> Response:
        return JSONResponse(
            {
                "client_id": f"{self.base}/client.json",
                "client_name": "An MCP client",
                "redirect_uris": [self.client_redirect],
                "token_endpoint_auth_method": "none",
            }
        )

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/oauth2/authorize", self.authorize),
                Route("/oauth2/token", self.token, methods=["POST"]),
                Route("/client.json", self.client_document),
            ]
        )


@pytest.fixture
def stack(base_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, FakeCognito]]:
    from heyfolio.config import get_settings

    cognito = FakeCognito()
    with serve(cognito.app()) as fake:
        cognito.base = fake
        monkeypatch.setenv("HEYFOLIO_PUBLIC_URL", base_url)
        monkeypatch.setenv("HEYFOLIO_COGNITO_DOMAIN", fake)
        monkeypatch.setenv("HEYFOLIO_OAUTH_CLIENT_IDS", APP_CLIENT)
        get_settings.cache_clear()
        yield base_url, cognito
    get_settings.cache_clear()


def _authorize(site: str, client_id: str, redirect: str, **extra: str) -> httpx.Response:
    params = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": redirect,
        "state": "xyz",
        **extra,
    }
    return httpx.get(f"{site}/oauth/authorize", params=params)


def test_discovery_points_mcp_clients_at_the_front(stack: tuple[str, FakeCognito]) -> None:
    site, _ = stack
    resource = httpx.get(f"{site}/.well-known/oauth-protected-resource/mcp").json()
    assert resource["authorization_servers"] == [site]
    metadata = httpx.get(f"{site}/.well-known/oauth-authorization-server").json()
    assert metadata["issuer"] == site
    assert metadata["authorization_endpoint"] == f"{site}/oauth/authorize"
    assert metadata["token_endpoint"] == f"{site}/oauth/token"
    assert metadata["code_challenge_methods_supported"] == ["S256"]
    assert metadata["client_id_metadata_document_supported"] is True


def test_a_client_signs_the_owner_in_with_pkce(stack: tuple[str, FakeCognito]) -> None:
    site, cognito = stack
    client_id = f"{cognito.base}/client.json"
    verifier = secrets.token_urlsafe(48)
    to_cognito = _authorize(
        site, client_id, cognito.client_redirect, code_challenge=s256(verifier), code_challenge_method="S256"
    )
    assert to_cognito.status_code == 302
    sign_in = urlsplit(to_cognito.headers["location"])
    assert f"{sign_in.scheme}://{sign_in.netloc}" == cognito.base
    query = parse_qs(sign_in.query)
    assert query["redirect_uri"] == [f"{site}/oauth/callback"] and query["code_challenge_method"] == ["S256"]
    assert query["code_challenge"] != [s256(verifier)]  # the front's own PKCE pair with Cognito
    back_to_site = httpx.get(to_cognito.headers["location"])
    assert back_to_site.status_code == 302
    to_client = httpx.get(back_to_site.headers["location"])
    assert to_client.status_code == 302
    landed = urlsplit(to_client.headers["location"])
    assert f"{landed.scheme}://{landed.netloc}{landed.path}" == cognito.client_redirect
    code = parse_qs(landed.query)["code"][0]
    assert parse_qs(landed.query)["state"] == ["xyz"]

    form = {
        "grant_type": "authorization_code",
        "code": code,
        "client_id": client_id,
        "redirect_uri": cognito.client_redirect,
    }
    wrong = httpx.post(f"{site}/oauth/token", data={**form, "code_verifier": secrets.token_urlsafe(48)})
    assert wrong.status_code == 400 and wrong.json()["error"] == "invalid_grant"
    assert "PKCE" in wrong.json()["error_description"]
    tokens = httpx.post(f"{site}/oauth/token", data={**form, "code_verifier": verifier})
    assert tokens.status_code == 200, tokens.text
    assert tokens.json()["access_token"] == "cognito-access" and tokens.headers["cache-control"] == "no-store"
    replay = httpx.post(f"{site}/oauth/token", data={**form, "code_verifier": verifier})
    assert replay.status_code == 400  # Cognito's code is single use
    refreshed = httpx.post(
        f"{site}/oauth/token",
        data={"grant_type": "refresh_token", "refresh_token": "r1", "client_id": client_id},
    )
    assert refreshed.json()["access_token"] == "refreshed"


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"code_challenge": ""}, "invalid_request"),
        ({"code_challenge_method": "plain"}, "invalid_request"),
        ({"client_id": "my-client"}, "invalid_client"),
        ({"redirect_uri": "http://127.0.0.1:9/elsewhere"}, "invalid_request"),
        ({"response_type": "token"}, "unsupported_response_type"),
    ],
)
def test_requests_without_pkce_or_a_known_client_are_refused(
    stack: tuple[str, FakeCognito], change: dict[str, str], error: str
) -> None:
    site, cognito = stack
    params: dict[str, Any] = {
        "client_id": f"{cognito.base}/client.json",
        "redirect": cognito.client_redirect,
        "code_challenge": s256("v" * 50),
        "code_challenge_method": "S256",
    }
    redirect = change.pop("redirect_uri", params.pop("redirect"))
    client_id = change.pop("client_id", params.pop("client_id"))
    response = _authorize(site, client_id, redirect, **{**params, **change})
    assert response.status_code == 400 and response.json()["error"] == error
    assert response.json()["error_description"]


def test_a_forged_code_is_refused(stack: tuple[str, FakeCognito]) -> None:
    site, _ = stack
    forged = httpx.post(
        f"{site}/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": "AAAA",
            "client_id": "x",
            "redirect_uri": "y",
            "code_verifier": "z",
        },
    )
    assert forged.status_code == 400 and forged.json()["error"] == "invalid_grant"


def test_locally_there_is_no_sign_in_and_the_answer_says_how_to_get_a_token(base_url: str) -> None:
    response = httpx.get(f"{base_url}/oauth/authorize")
    assert response.status_code == 404 and "heyfolio token --role owner" in response.json()["message"]
