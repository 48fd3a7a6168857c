"""Owner and visitor bearer tokens: RS256 JWTs with pinned algorithm, issuer and audience.

Locally a key pair is generated once into ``settings.data_dir`` so ``make dev`` and
``heyfolio token --role owner`` agree without configuration; the dev server publishes its
public half as a JWKS (``/.well-known/jwks.json``). On AWS the issuer is a Cognito user pool
(``HEYFOLIO_OAUTH_ISSUER``) and its JWKS is fetched over HTTP (``heyfolio.security.jwks``).
``verify_token`` is the same code in both places: the key comes from the issuer's key set by
``kid``; algorithm (RS256 only), issuer, audience (this server's canonical URL, or its
``/mcp`` resource), ``exp``, ``nbf`` and ``iat`` are checked. Owner rights come from the owner
scope (``HEYFOLIO_OWNER_SCOPE``), not from a role claim alone. Revocation (a ``jti``
denylist) needs storage and lives in ``heyfolio.security.access``.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from heyfolio.config import get_settings
from heyfolio.security import jwks
from heyfolio.security.jwks import KeyNotFound, public_jwk
from heyfolio.security.signing_keys import local_key_pair

Role = Literal["owner", "visitor"]
ALGORITHM = "RS256"


class InvalidToken(Exception):
    """The token is malformed, forged, expired, not yet valid or for another audience/issuer.

    ``reason`` is a short machine word for the audit log (``expired``, ``audience``, ...).
    """

    def __init__(self, message: str, reason: str = "invalid") -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Identity:
    """A verified caller."""

    role: Role
    subject: str
    token_id: str | None = None
    expires_at: int | None = None
    scopes: frozenset[str] = frozenset()
    issuer: str | None = None
    session_id: str | None = None
    """A visitor token's chat session (``sid``), when it was minted for one."""

    def has_scope(self, scope: str) -> bool:
        return scope in self.scopes


def issuer(public_url: str) -> str:
    """The local issuer's identifier (the dev server that publishes its JWKS)."""
    return public_url.rstrip("/")


def audience(public_url: str) -> str:
    """The audience minted tokens carry: the MCP endpoint's canonical URL."""
    return public_url.rstrip("/") + "/mcp"


def audiences(public_url: str) -> list[str]:
    """Audiences this server accepts: its canonical URL and its ``/mcp`` resource (RFC 9728 both)."""
    return [public_url.rstrip("/"), audience(public_url)]


def mint_token(
    role: Role,
    *,
    subject: str | None = None,
    ttl_seconds: int = 3600,
    public_url: str | None = None,
    data_dir: Path | None = None,
    now: float | None = None,
    session_id: str | None = None,
    scopes: tuple[str, ...] | None = None,
) -> str:
    """A token signed by the local key for ``role`` (the owner's dev token, a visitor session).

    Owner tokens carry the owner scope; visitor tokens none (``scopes`` overrides, for tests).
    """
    import jwt

    if role not in ("owner", "visitor"):
        raise ValueError("role must be 'owner' or 'visitor'")
    settings = get_settings()
    url = public_url or settings.public_url
    private, public = local_key_pair(data_dir or settings.data_dir)
    issued = int(now if now is not None else time.time())
    granted = scopes if scopes is not None else ((settings.owner_scope,) if role == "owner" else ())
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
    if granted:
        claims["scope"] = " ".join(granted)
    if session_id:
        claims["sid"] = session_id
    return jwt.encode(claims, private, algorithm=ALGORITHM, headers={"kid": public_jwk(public)["kid"]})


def key_source(public_url: str | None = None, data_dir: Path | None = None) -> Any:
    """Where this process finds the issuer's keys.

    The configured issuer's JWKS over HTTP; for the local issuer (no ``HEYFOLIO_OAUTH_ISSUER`` /
    ``HEYFOLIO_OAUTH_JWKS_URL``) the local key set, read in process - the dev server cannot
    fetch its own JWKS over HTTP from inside a request it is serving on one event loop.
    """

    settings = get_settings()
    if settings.oauth_jwks_url:
        return jwks.http_jwks(settings.oauth_jwks_url)
    if settings.oauth_issuer and settings.oauth_issuer != issuer(public_url or settings.public_url):
        return jwks.http_jwks(settings.oauth_issuer + "/.well-known/jwks.json")
    return jwks.LocalJwks(data_dir or settings.data_dir)


def expected_issuer(public_url: str | None = None) -> str:
    """The issuer tokens must come from: the configured one, else the local issuer."""

    settings = get_settings()
    return settings.oauth_issuer or issuer(public_url or settings.public_url)


_REASONS: tuple[tuple[str, str], ...] = (
    ("ExpiredSignatureError", "expired"),
    ("ImmatureSignatureError", "not_yet_valid"),
    ("InvalidAudienceError", "audience"),
    ("InvalidIssuerError", "issuer"),
    ("InvalidSignatureError", "signature"),
    ("InvalidAlgorithmError", "algorithm"),
    ("MissingRequiredClaimError", "missing_claim"),
    ("InvalidIssuedAtError", "issued_at"),
    ("DecodeError", "malformed"),
)


def _reason(exc: Exception) -> str:
    names = {cls.__name__ for cls in type(exc).__mro__}
    for name, reason in _REASONS:
        if name in names:
            return reason
    return "invalid"


def _scopes(claims: dict[str, Any]) -> frozenset[str]:
    raw = claims.get("scope", claims.get("scp"))
    if isinstance(raw, str):
        return frozenset(raw.split())
    if isinstance(raw, list):
        return frozenset(s for s in raw if isinstance(s, str))
    return frozenset()


def verify_token(
    token: str,
    *,
    public_url: str | None = None,
    data_dir: Path | None = None,
    keys: Any = None,
    issuer_url: str | None = None,
) -> Identity:
    """Check signature (RS256 only, key by ``kid`` from the issuer's JWKS), issuer, audience,
    ``exp``/``nbf``/``iat``; derive the role from the owner scope. ``InvalidToken`` otherwise."""
    import jwt

    settings = get_settings()
    url = public_url or settings.public_url
    if not isinstance(token, str) or token.count(".") != 2 or len(token) > 8192:
        raise InvalidToken("not a JWT (three dot-separated parts)", "malformed")
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError as exc:
        raise InvalidToken(f"unreadable token header ({exc})", "malformed") from None
    if header.get("alg") != ALGORITHM:
        raise InvalidToken(f"algorithm {header.get('alg')!r} is not allowed (RS256 only)", "algorithm")
    source = keys if keys is not None else key_source(url, data_dir)
    kid = header.get("kid")
    try:
        key = source.key(kid if isinstance(kid, str) else None)
    except KeyNotFound as exc:
        raise InvalidToken(str(exc), "unknown_key") from None
    # Cognito access tokens name their app client (``client_id``) instead of an audience; such a
    # token is accepted only from a configured client, and never when it does carry an ``aud``.
    by_client = False
    if settings.oauth_client_ids:
        try:
            by_client = "aud" not in jwt.decode(token, options={"verify_signature": False})
        except jwt.PyJWTError as exc:
            raise InvalidToken(str(exc), _reason(exc)) from None
    try:
        claims = jwt.decode(
            token,
            key,
            algorithms=[ALGORITHM],
            audience=None if by_client else audiences(url),
            issuer=issuer_url or expected_issuer(url),
            options={
                "require": ["exp", "iat", "iss", "sub", *(["client_id"] if by_client else ["aud"])],
                "verify_aud": not by_client,
            },
            leeway=30,
        )
    except jwt.PyJWTError as exc:
        raise InvalidToken(str(exc), _reason(exc)) from None
    if by_client and claims.get("client_id") not in settings.oauth_client_ids:
        raise InvalidToken("the token was issued to another client", "audience")
    if claims.get("token_use", "access") != "access":
        raise InvalidToken("only access tokens are accepted (this is an ID token)", "token_use")
    scopes = _scopes(claims)
    claimed = claims.get("role")
    if claimed is not None and claimed not in ("owner", "visitor"):
        raise InvalidToken("the token carries no valid role", "role")
    owner = settings.owner_scope in scopes
    if claimed == "visitor" and owner:
        raise InvalidToken("a visitor token cannot carry the owner scope", "role")
    sid = claims.get("sid")
    return Identity(
        role="owner" if owner else "visitor",
        subject=str(claims["sub"]),
        token_id=claims.get("jti"),
        expires_at=claims.get("exp"),
        scopes=scopes,
        issuer=str(claims.get("iss")),
        session_id=sid if isinstance(sid, str) else None,
    )
