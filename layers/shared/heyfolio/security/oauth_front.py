"""The authorization server MCP clients see on AWS: PKCE required, Client ID Metadata Documents.

Cognito signs the owner's tokens, but it neither requires PKCE nor knows MCP clients: it has no
registration endpoint and does not read OAuth Client ID Metadata Documents. So the stack fronts
it. Its metadata (RFC 8414, at ``<site>/.well-known/oauth-authorization-server``) names this
site's ``/oauth/authorize`` and ``/oauth/token``:

- ``authorize`` accepts a client whose ``client_id`` is the https URL of its metadata document
  (fetched, size-capped; its ``client_id`` must be that URL and the ``redirect_uri`` one of its
  ``redirect_uris``), refuses any request without an S256 ``code_challenge``, and sends the owner
  to Cognito's sign-in with the stack's one app client and a PKCE pair of its own;
- Cognito comes back to ``/oauth/callback``; the client gets a code of ours, encrypted
  (AES-GCM with a key derived from the site's secret) so it reveals nothing, valid five minutes;
- ``token`` checks the client's ``code_verifier`` against its challenge and the client and
  redirect it was issued for, then redeems Cognito's code (Cognito codes are single use, so a
  replayed code fails there) and returns Cognito's tokens; ``refresh_token`` grants pass through.

Everything the flow carries between steps travels sealed in ``state`` and in the code: nothing is
stored. Configured by ``HEYFOLIO_COGNITO_DOMAIN`` (the user pool's domain URL) and the app client
in ``HEYFOLIO_OAUTH_CLIENT_IDS``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

CODE_TTL_SECONDS = 300
STATE_TTL_SECONDS = 900
MAX_METADATA_BYTES = 5 * 1024
_PURPOSE = b"heyfolio oauth front v1"


class OAuthError(Exception):
    """An OAuth error (RFC 6749 5.2): ``error`` code, a description, and the HTTP status."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.error = error
        self.description = description
        self.status = status

    def to_dict(self) -> dict[str, str]:
        return {"error": self.error, "error_description": self.description}


@dataclass(frozen=True)
class Front:
    """Where Cognito is and which of its app clients the front signs in with."""

    site: str
    cognito: str
    app_client: str

    @property
    def callback(self) -> str:
        return f"{self.site}/oauth/callback"


def front() -> Front | None:
    """The front's configuration, or ``None`` where it is off (locally: the dev issuer has no sign-in)."""
    from heyfolio.config import get_settings

    settings = get_settings()
    domain = os.environ.get("HEYFOLIO_COGNITO_DOMAIN", "").rstrip("/")
    if not domain or not settings.oauth_client_ids:
        return None
    return Front(settings.public_url.rstrip("/"), domain, settings.oauth_client_ids[0])


def metadata(config: Front) -> dict[str, Any]:
    """RFC 8414 metadata of the front (with the CIMD and PKCE fields MCP clients look for)."""
    from heyfolio.config import get_settings
    from heyfolio.security.tokens import expected_issuer

    settings = get_settings()
    return {
        "issuer": config.site,
        "authorization_endpoint": f"{config.site}/oauth/authorize",
        "token_endpoint": f"{config.site}/oauth/token",
        "jwks_uri": settings.oauth_jwks_url or f"{expected_issuer()}/.well-known/jwks.json",
        "scopes_supported": [settings.owner_scope],
        "response_types_supported": ["code"],
        "grant_types_supported": ["authorization_code", "refresh_token"],
        "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": ["none"],
        "client_id_metadata_document_supported": True,
        "service_documentation": f"{config.site}/docs",
    }


# -- sealing -------------------------------------------------------------------------------------


def _keys() -> list[bytes]:
    from heyfolio.security.visitor import derived_keys

    return derived_keys(_PURPOSE)


def seal(payload: Mapping[str, Any], ttl_seconds: int, *, now: float | None = None) -> str:
    """``payload`` encrypted and authenticated (AES-GCM, newest key), expiring after ``ttl_seconds``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    body = json.dumps({**payload, "exp": int((now or time.time()) + ttl_seconds)}, separators=(",", ":"))
    nonce = secrets.token_bytes(12)
    sealed = nonce + AESGCM(_keys()[0]).encrypt(nonce, body.encode(), _PURPOSE)
    return base64.urlsafe_b64encode(sealed).decode().rstrip("=")


def unseal(token: str, *, what: str, now: float | None = None) -> dict[str, Any]:
    """The payload of :func:`seal`, or ``OAuthError`` (``invalid_grant``) if forged or expired."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (ValueError, TypeError):
        raise OAuthError("invalid_grant", f"the {what} is not one this server issued") from None
    for key in _keys():
        try:
            payload = json.loads(AESGCM(key).decrypt(raw[:12], raw[12:], _PURPOSE))
        except (InvalidTag, ValueError):
            continue
        if not isinstance(payload, dict) or payload.get("exp", 0) < (now or time.time()):
            raise OAuthError("invalid_grant", f"the {what} has expired; start the sign-in again")
        return payload
    raise OAuthError("invalid_grant", f"the {what} is not one this server issued")


def challenge_of(verifier: str) -> str:
    """The S256 code challenge of a PKCE verifier (RFC 7636)."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


# -- client id metadata documents ------------------------------------------------------------------


def _loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    return host in ("127.0.0.1", "localhost", "::1")


def client_metadata(client_id: str, *, fetch: Any = None) -> dict[str, Any]:
    """The client's metadata document, fetched from its ``client_id`` URL and checked."""
    parts = urlsplit(client_id)
    local = os.environ.get("HEYFOLIO_ENV", "local") == "local" and _loopback(client_id)
    if parts.scheme != "https" and not local:
        raise OAuthError(
            "invalid_client",
            "client_id must be the https URL of your client's metadata document "
            "(OAuth Client ID Metadata Documents); this server has no other registration",
        )
    if fetch is None:
        import httpx

        def fetch(url: str) -> bytes:
            with httpx.Client(timeout=5, follow_redirects=False) as http:
                response = http.get(url, headers={"accept": "application/json"})
                response.raise_for_status()
                return response.content[: MAX_METADATA_BYTES + 1]

    try:
        raw = fetch(client_id)
    except Exception as error:
        raise OAuthError(
            "invalid_client", f"the client metadata document could not be read ({error})"
        ) from None
    if len(raw) > MAX_METADATA_BYTES:
        raise OAuthError("invalid_client", f"the client metadata document is over {MAX_METADATA_BYTES} bytes")
    try:
        document = json.loads(raw)
    except ValueError:
        raise OAuthError("invalid_client", "the client metadata document is not JSON") from None
    if not isinstance(document, dict) or document.get("client_id") != client_id:
        raise OAuthError("invalid_client", "the metadata document's client_id must be its own URL")
    uris = document.get("redirect_uris")
    if not isinstance(uris, list) or not all(isinstance(u, str) for u in uris) or not uris:
        raise OAuthError("invalid_client", "the client metadata document lists no redirect_uris")
    return document


# -- the three steps -------------------------------------------------------------------------------


def authorize(config: Front, params: Mapping[str, str], *, fetch: Any = None) -> str:
    """Check the client's authorization request; the Cognito sign-in URL to send the owner to."""
    if params.get("response_type") != "code":
        raise OAuthError("unsupported_response_type", "only response_type=code is supported")
    client_id = params.get("client_id") or ""
    document = client_metadata(client_id, fetch=fetch)
    redirect_uri = params.get("redirect_uri") or ""
    if redirect_uri not in document["redirect_uris"]:
        raise OAuthError("invalid_request", "redirect_uri is not one of the client's redirect_uris")
    if params.get("code_challenge_method") != "S256" or not params.get("code_challenge"):
        raise OAuthError(
            "invalid_request", "PKCE is required: send code_challenge with code_challenge_method=S256"
        )
    verifier = secrets.token_urlsafe(48)
    state = seal(
        {
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "state": params.get("state"),
            "challenge": params["code_challenge"],
            "verifier": verifier,
        },
        STATE_TTL_SECONDS,
    )
    from heyfolio.config import get_settings

    query = {
        "response_type": "code",
        "client_id": config.app_client,
        "redirect_uri": config.callback,
        "scope": f"openid {get_settings().owner_scope}",
        "state": state,
        "code_challenge": challenge_of(verifier),
        "code_challenge_method": "S256",
    }
    return f"{config.cognito}/oauth2/authorize?{urlencode(query)}"


def callback(config: Front, params: Mapping[str, str]) -> str:
    """Cognito signed the owner in: the client's redirect with a code of ours (or Cognito's error)."""
    flow = unseal(params.get("state") or "", what="sign-in state")
    back: dict[str, str] = {}
    if flow.get("state"):
        back["state"] = str(flow["state"])
    if params.get("error") or not params.get("code"):
        back["error"] = params.get("error") or "access_denied"
        if params.get("error_description"):
            back["error_description"] = params["error_description"]
    else:
        back["code"] = seal(
            {
                "cognito_code": params["code"],
                "verifier": flow["verifier"],
                "challenge": flow["challenge"],
                "client_id": flow["client_id"],
                "redirect_uri": flow["redirect_uri"],
            },
            CODE_TTL_SECONDS,
        )
    separator = "&" if "?" in flow["redirect_uri"] else "?"
    return f"{flow['redirect_uri']}{separator}{urlencode(back)}"


def token(config: Front, form: Mapping[str, str], *, post: Any = None) -> dict[str, Any]:
    """The token endpoint: our code (PKCE checked) or a refresh token, redeemed at Cognito."""
    grant = form.get("grant_type")
    if grant == "authorization_code":
        grant_data = unseal(form.get("code") or "", what="authorization code")
        if (
            form.get("client_id") != grant_data["client_id"]
            or form.get("redirect_uri") != grant_data["redirect_uri"]
        ):
            raise OAuthError(
                "invalid_grant", "client_id or redirect_uri differ from the authorization request"
            )
        verifier = form.get("code_verifier") or ""
        if not verifier or challenge_of(verifier) != grant_data["challenge"]:
            raise OAuthError("invalid_grant", "code_verifier does not match the code_challenge (PKCE)")
        upstream = {
            "grant_type": "authorization_code",
            "client_id": config.app_client,
            "code": grant_data["cognito_code"],
            "redirect_uri": config.callback,
            "code_verifier": grant_data["verifier"],
        }
    elif grant == "refresh_token" and form.get("refresh_token"):
        upstream = {
            "grant_type": "refresh_token",
            "client_id": config.app_client,
            "refresh_token": form["refresh_token"],
        }
    else:
        raise OAuthError("unsupported_grant_type", "use grant_type=authorization_code or refresh_token")
    if post is None:
        import httpx

        def post(url: str, data: Mapping[str, str]) -> tuple[int, dict[str, Any]]:
            with httpx.Client(timeout=10) as http:
                response = http.post(url, data=dict(data))
                return response.status_code, response.json()

    status, answer = post(f"{config.cognito}/oauth2/token", upstream)
    if status != 200:
        raise OAuthError(
            str(answer.get("error") or "invalid_grant"),
            str(answer.get("error_description") or "the sign-in could not be completed; start again"),
        )
    return {
        k: answer[k]
        for k in ("access_token", "refresh_token", "expires_in", "token_type", "scope")
        if k in answer
    }
