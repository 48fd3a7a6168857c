"""Signed visitor sessions: how an anonymous visitor finds their own data again.

A visitor never signs in. On the first chat turn the server mints a visitor session token - a
JWT naming the visitor id (``sub``) and the chat session (``sid``) - and the page keeps it
(the HttpOnly ``heyfolio_visitor`` cookie, set by ``POST /api/me/session``, or ``Authorization: Bearer``). ``GET /api/me/export`` and
``DELETE /api/me`` accept only this token type.

Why HS256 with a server secret and not the RS256 issuer: the issuer (Cognito on AWS) only
signs owner tokens; visitor sessions are the site's own, so they are signed with a key only
the site's functions hold - derived from the shared ``requestState`` sealing secret with a
purpose label, so no second secret has to be provisioned. The owner verifier pins RS256, this
one pins HS256 with a different key, a different issuer and ``typ``: neither accepts the other.
"""

from __future__ import annotations

import hashlib
import hmac
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from http.cookies import CookieError, SimpleCookie

from heyfolio.config import get_settings
from heyfolio.security.shared_keys import aws_keys, local_key

COOKIE = "heyfolio_visitor"
TOKEN_TYPE = "visitor-session"
ALGORITHM = "HS256"
DEFAULT_TTL_SECONDS = 30 * 24 * 3600
"""As long as the conversations it finds (``conversations.DEFAULT_RETENTION_SECONDS``)."""


class InvalidVisitorSession(Exception):
    """Not a visitor session this site issued, or expired."""


@dataclass(frozen=True)
class VisitorSession:
    visitor_id: str
    session_id: str | None
    token_id: str
    expires_at: int


def root_keys() -> list[bytes]:
    """The site's shared secret keys (newest first): the ``requestState`` sealing secret."""
    settings = get_settings()
    if settings.env == "aws" and settings.request_state_parameter:
        return aws_keys(settings.request_state_parameter)
    return [local_key(settings.data_dir)]


def derived_keys(purpose: bytes) -> list[bytes]:
    """One key per root for ``purpose``: keys for different uses never coincide."""
    return [hmac.new(root, purpose, hashlib.sha256).digest() for root in root_keys()]


def _keys() -> list[bytes]:
    return derived_keys(b"heyfolio visitor session v1")


def _issuer() -> str:
    return get_settings().public_url.rstrip("/") + "#visitor"


def mint_visitor_session(
    visitor_id: str,
    session_id: str | None = None,
    *,
    ttl_seconds: int = DEFAULT_TTL_SECONDS,
    now: float | None = None,
) -> str:
    """A visitor session token for ``visitor_id`` (signed with the newest key)."""
    import jwt

    issued = int(now if now is not None else time.time())
    claims = {
        "iss": _issuer(),
        "aud": _issuer(),
        "typ": TOKEN_TYPE,
        "sub": visitor_id,
        "iat": issued,
        "nbf": issued,
        "exp": issued + ttl_seconds,
        "jti": uuid.uuid4().hex,
    }
    if session_id:
        claims["sid"] = session_id
    return jwt.encode(claims, _keys()[0], algorithm=ALGORITHM)


def verify_visitor_session(token: str) -> VisitorSession:
    """The session a token names, or ``InvalidVisitorSession``."""
    import jwt

    if not isinstance(token, str) or token.count(".") != 2 or len(token) > 4096:
        raise InvalidVisitorSession("not a visitor session token")
    last: Exception | None = None
    for key in _keys():
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=[ALGORITHM],
                audience=_issuer(),
                issuer=_issuer(),
                options={"require": ["exp", "iat", "nbf", "sub", "jti"]},
                leeway=30,
            )
        except jwt.InvalidSignatureError as exc:
            last = exc
            continue
        except jwt.PyJWTError as exc:
            raise InvalidVisitorSession(str(exc)) from None
        if claims.get("typ") != TOKEN_TYPE or not isinstance(claims.get("sub"), str) or not claims["sub"]:
            raise InvalidVisitorSession("not a visitor session token")
        sid = claims.get("sid")
        return VisitorSession(
            claims["sub"], sid if isinstance(sid, str) else None, claims["jti"], claims["exp"]
        )
    raise InvalidVisitorSession(str(last or "signature verification failed"))


def token_from_headers(headers: Mapping[str, str]) -> str | None:
    """The visitor token of a request: ``Authorization: Bearer`` first, then the cookie."""
    lowered = {k.lower(): v for k, v in headers.items()}
    scheme, _, value = (lowered.get("authorization") or "").strip().partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    raw = lowered.get("cookie")
    if raw:
        try:
            jar = SimpleCookie(raw)
        except CookieError:
            return None
        morsel = jar.get(COOKIE)
        if morsel is not None and morsel.value:
            return morsel.value
    return None


COOKIE_PATH = "/api"
"""Sent with every API call of the page (chat, contact form, ``/api/me``), never with pages or assets."""


def set_cookie(token: str, *, secure: bool, max_age: int = DEFAULT_TTL_SECONDS) -> str:
    """A ``Set-Cookie`` value for the visitor token: HttpOnly, SameSite=Strict, path ``/api``.

    ``secure`` is off only for the plain-HTTP loopback dev server (browsers drop Secure cookies there).
    """
    flags = "; Secure" if secure else ""
    return f"{COOKIE}={token}; Max-Age={max_age}; Path={COOKIE_PATH}; HttpOnly; SameSite=Strict{flags}"


def clear_cookie(*, secure: bool) -> str:
    """A ``Set-Cookie`` value that removes the visitor cookie (after "Forget me")."""
    return set_cookie("", secure=secure, max_age=0)
