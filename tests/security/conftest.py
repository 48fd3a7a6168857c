"""An authorization server stand-in on loopback: its JWKS served over real HTTP, tokens signed with its key.

The verifier under test fetches ``<issuer>/.well-known/jwks.json`` with httpx exactly as it does
from Cognito on AWS; only the host differs. ``Issuer.mint`` makes tokens with any claim or header
an attacker might try.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

PUBLIC_URL = "http://127.0.0.1:8000"
AUDIENCE = PUBLIC_URL + "/mcp"


def _pem_pair() -> tuple[bytes, bytes]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private, public


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@dataclass
class Issuer:
    url: str
    private: bytes
    public: bytes
    kid: str
    requests: list[str] = field(default_factory=list)

    def claims(self, **overrides: Any) -> dict[str, Any]:
        now = int(time.time())
        base = {
            "iss": self.url,
            "aud": AUDIENCE,
            "sub": "owner-sub",
            "scope": "openid portfolio:owner",
            "iat": now,
            "nbf": now,
            "exp": now + 600,
            "jti": uuid.uuid4().hex,
        }
        base.update(overrides)
        return {k: v for k, v in base.items() if v is not None}

    def mint(self, *, key: bytes | None = None, kid: str | None = "default", **overrides: Any) -> str:
        headers = {"kid": self.kid if kid == "default" else kid} if kid is not None else {}
        return jwt.encode(self.claims(**overrides), key or self.private, algorithm="RS256", headers=headers)

    def hs256_with_public_key(self, **overrides: Any) -> str:
        """The classic key-confusion forgery: HMAC-SHA256 keyed with the RSA public key."""
        header = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": self.kid}).encode())
        payload = b64(json.dumps(self.claims(**overrides)).encode())
        signature = hmac.new(self.public, f"{header}.{payload}".encode(), hashlib.sha256).digest()
        return f"{header}.{payload}.{b64(signature)}"

    def alg_none(self, **overrides: Any) -> str:
        header = b64(json.dumps({"alg": "none", "typ": "JWT", "kid": self.kid}).encode())
        payload = b64(json.dumps(self.claims(**overrides)).encode())
        return f"{header}.{payload}."


@pytest.fixture
def issuer(local_stack: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[Issuer]:
    """A JWKS served on a loopback port; settings point the verifier at it (moto storage underneath)."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from heyfolio.config import get_settings
    from heyfolio.security import jwks
    from tests.support.live_server import serve

    private, public = _pem_pair()
    document = jwks.jwks_document(public)
    kid = document["keys"][0]["kid"]
    seen: list[str] = []

    async def keys(request: Request) -> JSONResponse:
        seen.append(request.url.path)
        return JSONResponse(document)

    app = Starlette(routes=[Route("/.well-known/jwks.json", keys)])
    with serve(app) as base:
        monkeypatch.setenv("HEYFOLIO_OAUTH_ISSUER", base)
        monkeypatch.setenv("HEYFOLIO_PUBLIC_URL", PUBLIC_URL)
        get_settings.cache_clear()
        jwks.reset()
        yield Issuer(base, private, public, kid, seen)
        jwks.reset()
    get_settings.cache_clear()


def audit_events(action: str | None = None) -> list[Any]:
    from heyfolio.storage import audit

    return [e for e in audit.list_recent(limit=200) if action is None or e.action == action]
