"""Owner routes of the approval flow: review a lead, and list the leads awaiting review.

``POST /api/owner/leads/{lead_id}/review`` with ``{"decision": "approve"|"decline"|"hold",
"reply": "..."}`` and ``GET /api/owner/approvals``. Both need the owner's bearer token
(``heyfolio.security.tokens.verify_token``): 401 without a valid token, 403 for a
visitor's. Answers are ``no-store``: they carry leads' details.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response, content_types

from heyfolio.api.errors import install_not_found
from heyfolio.api.owner_routes import AuthFailure, require_owner
from heyfolio.flows.approval import get_record
from heyfolio.flows.review import ReviewError, review_lead
from heyfolio.security.audit_log import record_lead_review
from heyfolio.storage import leads

NO_STORE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}
MAX_LISTED = 100

resolver = APIGatewayRestResolver()
install_not_found(
    resolver, "review a lead with POST /api/owner/leads/<lead_id>/review (ids from GET /api/owner/leads)"
)


def _json(status: int, body: dict[str, Any], extra: dict[str, str] | None = None) -> Response:
    return Response(
        status_code=status,
        content_type=content_types.APPLICATION_JSON,
        body=body,
        headers={**NO_STORE, **(extra or {})},
    )


def _source_ip() -> str | None:
    context = resolver.current_event.request_context
    return (context.identity.source_ip if context else None) or None


def _owner_problem() -> Response | None:
    """``None`` when the request carries the owner's token, else the 401/403/503 answer.

    Checked by ``heyfolio.api.owner_routes.require_owner`` (owner scope, revocation list, audited
    refusals, RFC 6750/9728 challenges), the same gate as every owner route.
    """

    event = resolver.current_event
    try:
        require_owner(event.headers.get("authorization"), source_ip=_source_ip(), route=event.path)
    except AuthFailure as failure:
        message = failure.message
        if failure.status == 403:
            message = "Only the owner may review leads; this is a visitor's token."
        extra = {"WWW-Authenticate": failure.challenge} if failure.challenge else None
        return _json(failure.status, {"message": message}, extra)
    return None


@resolver.post("/api/owner/leads/<lead_id>/review")
def review(lead_id: str) -> Response:
    problem = _owner_problem()
    if problem is not None:
        return problem
    from heyfolio.guards.jsonbody import parse_json
    from heyfolio.guards.rejection import Rejection

    try:  # the one JSON policy (heyfolio.guards): no NaN/Infinity, no lone surrogates, bounded depth
        body = parse_json(resolver.current_event.body or "")
    except Rejection as rejection:
        return _json(
            400,
            {
                "message": f'{rejection.message}. The body must be JSON: {{"decision": "approve", "reply": "..."}}.'
            },
        )
    if not isinstance(body, dict):
        return _json(400, {"message": "The body must be a JSON object."})
    reply = body.get("reply")
    if reply is not None and not isinstance(reply, str):
        return _json(400, {"message": "'reply' must be a string."})

    decision = str(body.get("decision") or "")
    try:
        result = review_lead(lead_id, decision, reply)
    except ReviewError as error:
        record_lead_review(
            "owner",
            lead_id,
            decision,
            outcome=f"refused-{error.status}",
            via="owner_api",
            source_ip=_source_ip(),
        )
        return _json(error.status, {"message": error.message})
    record_lead_review(
        "owner", lead_id, decision, outcome=result.status, via="owner_api", source_ip=_source_ip()
    )
    return _json(200, result.to_dict())


@resolver.get("/api/owner/approvals")
def approvals() -> Response:
    problem = _owner_problem()
    if problem is not None:
        return problem
    from heyfolio.api.query import QueryError, read_query

    event = resolver.current_event
    try:
        read_query(
            event.query_string_parameters,
            event.multi_value_query_string_parameters,
            [],
            route="/api/owner/approvals",
        )
    except QueryError as error:
        return _json(400, {"message": str(error)})
    waiting = []
    for lead in leads.list_by_status("new", limit=MAX_LISTED):
        record = get_record(lead.lead_id)
        waiting.append(
            {
                "leadId": lead.lead_id,
                "name": lead.name,
                "email": lead.email,
                "message": lead.message,
                "createdAt": lead.created_at,
                "flow": record.status if record is not None else "none",
            }
        )
    return _json(200, {"count": len(waiting), "leads": waiting})
