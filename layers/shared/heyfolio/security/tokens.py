"""Owner and visitor bearer tokens: RS256 JWTs with pinned algorithm, issuer and audience.

Locally a key pair is generated once into ``settings.data_dir`` so ``make dev`` and
``heyfolio token --role owner`` agree without configuration. The audience is the
MCP endpoint's URL (``public_url + "/mcp"``), so a token minted for another
resource is refused. The security issue extends this module with JWKS, revocation
and Cognito; callers only use ``mint_token``/``verify_token``/``Identity``.
"""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

Role = Literal["owner", "visitor"]
ALGORITHM = "RS256"
_PRIVATE = "token-signing.pem"
_PUBLIC = "token-signing.pub.pem"


class InvalidToken(Exception):
    """The token is malformed, forged, expired, not yet valid or for another audience/issuer."""


@dataclass(frozen=True)
class Identity:
    """A verified caller."""

    role: Role
    subject: str
    token_id: str | None = None
    expires_at: int | None = None


def issuer(public_url: str) -> str:
    return public_url.rstrip("/")


def audience(public_url: str) -> str:
    return public_url.rstrip("/") + "/mcp"


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    try:
        os.link(tmp, path)  # first writer wins
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)


@lru_cache(maxsize=4)
def local_key_pair(data_dir: Path) -> tuple[bytes, bytes]:
    """(private PEM, public PEM), generated once into ``data_dir``."""
    private_path, public_path = data_dir / _PRIVATE, data_dir / _PUBLIC
    if not private_path.exists():
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        data_dir.mkdir(parents=True, exist_ok=True)
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        _write_private(private_path, pem)
    private = private_path.read_bytes()
    if not public_path.exists():
        from cryptography.hazmat.primitives import serialization

        loaded = serialization.load_pem_private_key(private, password=None)
        public_path.write_bytes(
            loaded.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
    return private, public_path.read_bytes()


def mint_token(
    role: Role,
    *,
    subject: str | None = None,
    ttl_seconds: int = 3600,
    public_url: str | None = None,
    data_dir: Path | None = None,
    now: float | None = None,
) -> str:
    """A signed token for ``role`` (the owner's dev token, a visitor session)."""
    import jwt

    from heyfolio.config import get_settings

    if role not in ("owner", "visitor"):
        raise ValueError("role must be 'owner' or 'visitor'")
    settings = get_settings()
    url = public_url or settings.public_url
    private, _ = local_key_pair(data_dir or settings.data_dir)
    issued = int(now if now is not None else time.time())
    claims: dict[str, Any] = {
        "iss": issuer(url),
        "aud": audience(url),
        "sub": subject or ("owner" if role == "owner" else f"visitor-{uuid.uuid4().hex[:12]}"),
        "role": role,
        "iat": issued,
        "nbf": issued,
        "exp": issued + ttl_seconds,
        "jti": uuid.uuid4().hex,
    }
    return jwt.encode(claims, private, algorithm=ALGORITHM)


def verify_token(token: str, *, public_url: str | None = None, data_dir: Path | None = None) -> Identity:
    """Check signature (RS256 only), issuer, audience, ``exp``/``nbf`` and the role claim."""
    import jwt

    from heyfolio.config import get_settings

    settings = get_settings()
    url = public_url or settings.public_url
    _, public = local_key_pair(data_dir or settings.data_dir)
    try:
        claims = jwt.decode(
            token,
            public,
            algorithms=[ALGORITHM],
            audience=audience(url),
            issuer=issuer(url),
            options={"require": ["exp", "iat", "nbf", "iss", "aud", "sub"]},
            leeway=30,
        )
    except jwt.PyJWTError as exc:
        raise InvalidToken(str(exc)) from exc
    role = claims.get("role")
    if role not in ("owner", "visitor"):
        raise InvalidToken("the token carries no valid role")
    return Identity(
        role=role, subject=str(claims["sub"]), token_id=claims.get("jti"), expires_at=claims.get("exp")
    )
