"""The visitor's privacy routes: ``GET /api/me/export`` and ``DELETE /api/me`` (plus the contact
routes of :mod:`heyfolio.leads.routes`, served by the same function), rate limited on the
``visitor`` surface (:data:`VISITOR_PATHS`).

The caller proves who they are with the signed visitor session the chat handed them
(``Authorization: Bearer`` or the ``heyfolio_visitor`` cookie; ``heyfolio.security.visitor``).
Both answers are ``no-store``; both are written to the audit log under the visitor's pseudonym
(``audit_log.visitor_ref``), never their id, so the erase leaves no id behind.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response, content_types

from heyfolio.api.query import event_query
from heyfolio.leads.routes import router as contact_router
from heyfolio.leads.routes import secure_cookie
from heyfolio.privacy.erase import erase_visitor
from heyfolio.privacy.export import export_visitor
from heyfolio.security import audit_log
from heyfolio.security.visitor import InvalidVisitorSession, token_from_headers, verify_visitor_session

NO_STORE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}
VISITOR_PATHS = ("/api/me",)
"""The visitor's own data routes (``/api/me``, ``/api/me/export``, ``/api/me/leads``, ``/api/me/session``):
the ``visitor`` rate-limit surface, per client IP, counted before the token is even read (README
"Rate limits"). The contact form this function also serves counts on ``chat`` in its route."""

resolver = APIGatewayRestResolver()
resolver.include_router(contact_router)


class VisitorAuthFailure(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@resolver.exception_handler(VisitorAuthFailure)
def _auth_failure(error: VisitorAuthFailure) -> Response:
    return Response(
        status_code=401,
        content_type=content_types.APPLICATION_JSON,
        body={"message": error.message},
        headers={**NO_STORE, "WWW-Authenticate": 'Bearer realm="heyfolio-visitor"'},
    )


def _source_ip() -> str | None:
    context = resolver.current_event.request_context
    return (context.identity.source_ip if context else None) or None


def _visitor() -> Any:
    token = token_from_headers(dict(resolver.current_event.headers or {}))
    if token is None:
        raise VisitorAuthFailure(
            "Send the visitor token the chat gave you (Authorization: Bearer <token>, or the heyfolio_visitor cookie)."
        )
    try:
        return verify_visitor_session(token)
    except InvalidVisitorSession as error:
        audit_log.record(
            audit_log.AUTH_FAILURE,
            actor="unknown",
            outcome="refused",
            target="privacy_api",
            source_ip=_source_ip(),
            detail={"reason": "visitor_session", "status": 401},
        )
        raise VisitorAuthFailure(f"That visitor token was refused ({error}).") from None


@resolver.get("/api/me/export")
def export_route() -> Response:
    """Everything stored about the calling visitor, as JSON."""
    event_query(resolver.current_event, [], route=resolver.current_event.path)

    session = _visitor()
    document = export_visitor(session.visitor_id)
    audit_log.record(
        audit_log.PRIVACY_EXPORT,
        actor=audit_log.visitor_ref(session.visitor_id),
        outcome="exported",
        target="visitor",
        source_ip=_source_ip(),
        detail={key: len(value) for key, value in document.items() if isinstance(value, list)},
    )
    headers = {**NO_STORE, "Content-Disposition": 'attachment; filename="heyfolio-my-data.json"'}
    return Response(
        status_code=200, content_type=content_types.APPLICATION_JSON, body=document, headers=headers
    )


@resolver.delete("/api/me")
def erase_route() -> Response:
    """Erase the calling visitor everywhere; 200 with what was erased, 500 if anything stayed."""
    event_query(resolver.current_event, [], route=resolver.current_event.path)

    session = _visitor()
    report = erase_visitor(session.visitor_id).to_dict()
    audit_log.record(
        audit_log.PRIVACY_ERASE,
        actor=audit_log.visitor_ref(session.visitor_id),
        outcome="erased" if report["complete"] else "incomplete",
        target="visitor",
        source_ip=_source_ip(),
        detail={"deleted": report["deleted"], "leads_anonymised": report["leads_anonymised"]},
    )
    from heyfolio.security.visitor import clear_cookie

    status = 200 if report["complete"] else 500
    # Forgotten: the browser drops the cookie too, so the next visit starts as a new visitor.
    headers = {**NO_STORE, "Set-Cookie": clear_cookie(secure=secure_cookie())}
    return Response(
        status_code=status, content_type=content_types.APPLICATION_JSON, body=report, headers=headers
    )
