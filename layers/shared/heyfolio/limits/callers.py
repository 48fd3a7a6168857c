"""Who is calling, for the rate limits: the subject of a verified bearer token, or nobody.

An AI assistant's servers call ``/mcp`` for many of their users from a few egress addresses;
counting them per IP would throttle all those users together. A request carrying a token
this deployment would accept (signature, issuer, audience, expiry: ``verify_token``) is
counted per token subject instead. Anything else - no token, a malformed, forged or expired
one - counts as anonymous, per IP: an unverified name would let one client mint a fresh
bucket per request. Revocation is not checked here (the endpoint does that before serving);
a revoked token is only ever counted, never served.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

log = logging.getLogger(__name__)


def verified_caller(authorization: str | None) -> str | None:
    """``sub:<subject>`` for a valid bearer token in ``authorization``, else ``None``."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    from heyfolio.security.tokens import verify_token

    try:
        identity = verify_token(token.strip())
    except Exception:  # InvalidToken, or keys that cannot be read: anonymous
        return None
    return f"sub:{identity.subject}"


def authorization_of_scope(scope: Mapping[str, Any]) -> str | None:
    """The ``Authorization`` header of an ASGI request."""
    headers: Iterable[tuple[bytes, bytes]] = scope.get("headers") or []
    for name, value in headers:
        if name.lower() == b"authorization":
            return value.decode("latin-1")
    return None


def authorization_of_event(event: Mapping[str, Any]) -> str | None:
    """The ``Authorization`` header of an API Gateway proxy event (any case)."""
    for name, value in (event.get("headers") or {}).items():
        if str(name).lower() == "authorization" and value:
            return str(value)
    return None
