"""Who may do what: one authentication step for the MCP endpoint and the owner routes.

``authenticate`` turns an ``Authorization`` header into an ``Identity`` (or ``None`` for an
anonymous caller where that is allowed) or raises ``AuthError`` carrying the HTTP status and
the RFC 6750 error: 401 ``invalid_request``/``invalid_token`` for missing, malformed, forged,
expired, not-yet-valid, foreign or revoked tokens; 403 ``insufficient_scope`` for a valid
token without the owner scope; 503 when the revocation list cannot be read for an owner token
(fail closed: owner rights are never granted unchecked). Every refusal of a presented token
is written to the audit log with the reason and the client's address.
"""

from __future__ import annotations

import logging

from heyfolio.config import get_settings
from heyfolio.security import audit_log, revocation
from heyfolio.security.tokens import Identity, InvalidToken, verify_token

logger = logging.getLogger("heyfolio.security")


class AuthError(Exception):
    """A refused request: ``status`` 401/403/503, ``error`` the RFC 6750 code (or None)."""

    def __init__(
        self,
        status: int,
        error: str | None,
        description: str,
        *,
        scope: str | None = None,
        reason: str = "",
    ) -> None:
        super().__init__(description)
        self.status = status
        self.error = error
        self.description = description
        self.scope = scope
        self.reason = reason or (error or "missing")


def bearer(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header; ``None`` if there is no header.

    ``AuthError`` (401 ``invalid_request``) for another scheme or an empty token.
    """
    if authorization is None or not authorization.strip():
        return None
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthError(401, "invalid_request", "Send the token as 'Authorization: Bearer <token>'.")
    return token.strip()


def _lacks_scope(scope: str) -> AuthError:
    """The 403 for a caller who is known but does not hold ``scope`` (RFC 6750 3.1's insufficient_scope)."""
    return AuthError(
        403, "insufficient_scope", f"This needs the {scope} scope.", scope=scope, reason="insufficient_scope"
    )


def _refuse(
    error: AuthError, *, surface: str, source_ip: str | None, subject: str | None = None
) -> AuthError:
    action = audit_log.AUTH_FORBIDDEN if error.status == 403 else audit_log.AUTH_FAILURE
    audit_log.record(
        action,
        actor=subject or "unknown",
        outcome="refused",
        target=surface,
        source_ip=source_ip,
        detail={"reason": error.reason, "status": error.status},
    )
    logger.warning(
        "authentication refused",
        extra={"surface": surface, "reason": error.reason, "status": error.status},
    )
    return error


def _check_revocation(identity: Identity) -> None:
    if not identity.token_id:
        raise AuthError(401, "invalid_token", "Owner tokens must carry a token id (jti).", reason="no_jti")
    try:
        revoked = revocation.is_revoked(identity.token_id)
    except Exception:
        logger.error("the revocation list could not be read", exc_info=True)
        raise AuthError(
            503, None, "Owner access is unavailable for a moment; try again.", reason="revocation_unavailable"
        ) from None
    if revoked:
        from heyfolio.security.refusals import explain

        raise AuthError(401, "invalid_token", explain("revoked", "revoked"), reason="revoked")


def authenticate(
    authorization: str | None,
    *,
    surface: str,
    source_ip: str | None = None,
    required_scope: str | None = None,
    allow_anonymous: bool = True,
) -> Identity | None:
    """The caller's identity (``None`` = anonymous) or ``AuthError``; refusals are audited.

    ``required_scope`` set: the caller must hold it (401 without a token, 403 without the scope).
    Tokens with the owner scope are checked against the revocation list.
    """

    try:
        token = bearer(authorization)
    except AuthError as error:
        raise _refuse(error, surface=surface, source_ip=source_ip) from None
    if token is None:
        if required_scope is not None or not allow_anonymous:
            # No credentials is not an attack: no audit line, just the challenge (RFC 6750 3.1).
            raise AuthError(401, None, "This needs the owner's token.", scope=required_scope)
        return None
    try:
        identity = verify_token(token)
    except InvalidToken as exc:
        from heyfolio.security.refusals import explain

        visitor = _visitor_session(token)
        if visitor is not None:
            # The chat's signed visitor session: the same visitor on /mcp (their leads are theirs).
            if required_scope is not None:
                raise _refuse(
                    _lacks_scope(required_scope),
                    surface=surface,
                    source_ip=source_ip,
                    subject=visitor.subject,
                ) from None
            return visitor
        raise _refuse(
            AuthError(401, "invalid_token", explain(exc.reason, str(exc), token), reason=exc.reason),
            surface=surface,
            source_ip=source_ip,
        ) from None
    if identity.has_scope(get_settings().owner_scope):
        try:
            _check_revocation(identity)
        except AuthError as error:
            raise _refuse(error, surface=surface, source_ip=source_ip, subject=identity.subject) from None
    if required_scope is not None and not identity.has_scope(required_scope):
        raise _refuse(
            _lacks_scope(required_scope), surface=surface, source_ip=source_ip, subject=identity.subject
        )
    return identity


def _visitor_session(token: str) -> Identity | None:
    """A visitor session token the chat issued (HS256, ``heyfolio.security.visitor``) as a visitor
    identity; ``None`` for anything else. It never carries a scope: never an owner."""
    from heyfolio.security.visitor import InvalidVisitorSession, verify_visitor_session

    try:
        session = verify_visitor_session(token)
    except (InvalidVisitorSession, Exception):
        return None
    return Identity(
        role="visitor",
        subject=session.visitor_id,
        token_id=session.token_id,
        expires_at=session.expires_at,
        session_id=session.session_id,
    )


def record_owner_action(identity: Identity, action: str, *, target: str, source_ip: str | None) -> None:
    """One audit line per owner action (a route or an owner tool), best effort."""
    audit_log.record(
        audit_log.OWNER_ACCESS,
        actor=identity.subject,
        outcome="allowed",
        target=target,
        source_ip=source_ip,
        detail={"action": action, "jti": identity.token_id},
    )


def owner_required(
    *, presented: bool, subject: str | None, scope: str, surface: str, source_ip: str | None = None
) -> AuthError:
    """The refusal for a caller without the owner scope: 401 (no token) or 403 (a token without it,
    audited). Returned, not raised, so each surface can shape it."""
    if not presented:
        return AuthError(401, None, "Send the owner's token (Authorization: Bearer).", scope=scope)
    return _refuse(
        AuthError(
            403,
            "insufficient_scope",
            f"This needs the {scope} scope.",
            scope=scope,
            reason="insufficient_scope",
        ),
        surface=surface,
        source_ip=source_ip,
        subject=subject,
    )


def record_owner_tool(subject: str, tool: str, *, source_ip: str | None = None) -> None:
    """Audit an owner tool call (the MCP endpoint has a caller, not the whole ``Identity``)."""
    audit_log.record(
        audit_log.OWNER_ACCESS,
        actor=subject,
        outcome="allowed",
        target=f"mcp:{tool}",
        source_ip=source_ip,
        detail={"action": "tools/call"},
    )
