"""Why a token was refused, and what to do about it where this server runs.

A refusal names its cause - issuer, audience, expiry, revocation, signature - with the values
that differ (the token's issuer next to the one this server expects), and the fix for the place
the server runs: locally a fresh ``heyfolio token`` minted for this server's URL; on AWS signing
in again through the owner's sign-in (Cognito). The text starts with "The token was refused:"
exactly once; callers show it as is.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

PREFIX = "The token was refused:"


def _claims(token: str | None) -> dict[str, Any]:
    """The token's claims, unverified (only to name what differs; never to trust)."""
    if not token:
        return {}
    try:
        import jwt

        claims = jwt.decode(token, options={"verify_signature": False})
    except Exception:
        return {}
    return claims if isinstance(claims, dict) else {}


def fix() -> str:
    """What the owner does next, for where this server runs."""
    from heyfolio.config import get_settings

    settings = get_settings()
    if settings.env == "aws" or settings.oauth_issuer:
        return "Sign in again as the owner (the stack's Cognito sign-in; README: 'Owner tools from MCP clients')."
    return f"Mint a token for this server: heyfolio token --role owner --url {settings.public_url}"


def _cause(reason: str, detail: str, claims: dict[str, Any]) -> str:
    from heyfolio.config import get_settings
    from heyfolio.security.tokens import audiences, expected_issuer

    if reason == "issuer":
        found = claims.get("iss")
        return (
            f"it was issued by {found!r}, but this server accepts tokens from {expected_issuer()!r} "
            "(wrong issuer: minted for another server or port)"
            if found
            else f"it names no issuer this server accepts ({expected_issuer()!r})"
        )
    if reason == "audience":
        found = claims.get("aud")
        return (
            f"it was minted for {found!r}, not for this server ({', '.join(audiences(get_settings().public_url))}) (wrong audience)"
            if found
            else f"it is for another client or server (wrong audience): {detail}"
        )
    if reason == "expired":
        exp = claims.get("exp")
        when = (
            datetime.fromtimestamp(exp, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
            if isinstance(exp, int | float)
            else "earlier"
        )
        return f"it expired at {when}"
    if reason == "revoked":
        return "it has been revoked (POST /api/owner/tokens/revoke)"
    if reason == "not_yet_valid":
        return "it is not valid yet (check this machine's clock)"
    if reason in ("signature", "unknown_key"):
        return f"its signature does not match this server's keys ({detail})"
    return detail.rstrip(".")


def explain(reason: str, detail: str, token: str | None = None) -> str:
    """``The token was refused: <cause>. <fix>`` - one sentence each, no repetition."""
    cause = _cause(reason, detail, _claims(token))
    return f"{PREFIX} {cause}. {fix()}"
