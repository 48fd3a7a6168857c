"""Owner-only security routes: read the audit log, revoke a token.

``GET /api/owner/audit`` lists audit events newest first (``limit``, ``action`` filters);
``POST /api/owner/tokens/revoke`` puts a token's ``jti`` on the denylist until it would have
expired anyway - send ``{"token": "<jwt>"}`` (its signature is checked first, so only real
tokens can be revoked) or ``{"jti": "...", "expires_at": <epoch>}``. Both need the owner scope
(``heyfolio.api.owner_routes.require_owner``: audited, revocation-checked).
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response, content_types
from aws_lambda_powertools.event_handler.exceptions import BadRequestError

from heyfolio.api.owner_routes import NO_STORE, AuthFailure, _auth_failure, require_owner
from heyfolio.api.query import Choice, Number, event_query
from heyfolio.security import audit_log
from heyfolio.security.audit_log import ACTIONS
from heyfolio.security.revocation import revoke
from heyfolio.security.tokens import InvalidToken, verify_token
from heyfolio.storage import audit

MAX_AUDIT = 500
DEFAULT_AUDIT = 100

resolver = APIGatewayRestResolver()
resolver.exception_handler(AuthFailure)(_auth_failure)


def _owner() -> Any:
    event = resolver.current_event
    source_ip = (event.request_context.identity.source_ip if event.request_context else None) or None
    return require_owner(event.headers.get("authorization"), source_ip=source_ip, route=event.path), source_ip


def _ok(body: dict[str, Any]) -> Response:
    return Response(status_code=200, content_type=content_types.APPLICATION_JSON, body=body, headers=NO_STORE)


@resolver.get("/api/owner/audit")
def audit_route() -> Response:
    """Audit events newest first: who, what, when, from where, outcome."""

    _owner()
    query = event_query(
        resolver.current_event,
        [Number("limit", 1, MAX_AUDIT, DEFAULT_AUDIT), Choice("action", (*ACTIONS, "owner.alert"))],
        route="/api/owner/audit",
    )
    limit: int = query["limit"]
    action: str | None = query["action"]
    found = audit.list_recent(limit=MAX_AUDIT if action else limit)
    rows = [
        {
            "at": e.at,
            "actor": e.actor,
            "action": e.action,
            "outcome": e.outcome,
            "target": e.target,
            "source_ip": e.source_ip,
            "detail": e.detail,
        }
        for e in found
        if action is None or e.action == action
    ][:limit]
    return _ok({"events": rows, "count": len(rows)})


@resolver.post("/api/owner/tokens/revoke")
def revoke_route() -> Response:
    """Put a token on the denylist (by the token itself, or by ``jti``)."""

    owner, source_ip = _owner()
    from heyfolio.guards.jsonbody import parse_json
    from heyfolio.guards.rejection import Rejection

    try:  # the one JSON policy (heyfolio.guards): no NaN/Infinity, no lone surrogates, bounded depth
        body = parse_json(resolver.current_event.body or "")
    except Rejection as rejection:
        raise BadRequestError(
            f'{rejection.message}. Send JSON: {{"token": "<jwt>"}} or {{"jti": "...", "expires_at": <epoch>}}.'
        ) from None
    if not isinstance(body, dict):
        raise BadRequestError('Send a JSON object: {"token": "<jwt>"} or {"jti": "..."}.')
    expires_at: float | None = None
    if isinstance(body.get("token"), str):
        try:
            identity = verify_token(body["token"])
        except InvalidToken as error:
            raise BadRequestError(
                f"That token is not one this server accepts ({error}); nothing to revoke."
            ) from None
        jti, expires_at = identity.token_id, identity.expires_at
    else:
        jti = body.get("jti")
        raw_expiry = body.get("expires_at")
        if raw_expiry is not None:
            if isinstance(raw_expiry, bool) or not isinstance(raw_expiry, int | float):
                raise BadRequestError("'expires_at' must be a number of seconds since the epoch.")
            expires_at = float(raw_expiry)
    if not isinstance(jti, str) or not jti or len(jti) > 256:
        raise BadRequestError("Give the token, or its 'jti' (a non-empty string of at most 256 characters).")
    revoke(jti, expires_at=expires_at, actor=owner.subject, reason="owner request")
    audit_log.record(
        audit_log.TOKEN_REVOKE,
        actor=owner.subject,
        outcome="revoked",
        target=f"jti:{jti}",
        source_ip=source_ip,
        detail={"expires_at": expires_at},
    )
    return _ok({"revoked": jti, "until": expires_at})
