"""The owner dashboard's data API: leads, visitor questions, tool latency and model usage.

Every route needs an owner token (``Authorization: Bearer <jwt>``, checked by
``heyfolio.security.tokens.verify_token``): 401 when the token is missing or refused,
403 when it is valid but not the owner's. Responses are ``no-store``: they carry
visitors' contact details and must never sit in a shared cache. The figures are read
from ``heyfolio.storage`` on every request (a portfolio's volume is small), so the
dashboard shows what is stored, not a second copy of it.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response, content_types

from heyfolio.api.errors import install_not_found
from heyfolio.api.query import Choice, Number, event_query
from heyfolio.config import get_settings
from heyfolio.security.access import AuthError, authenticate, record_owner_action
from heyfolio.security.oauth import challenge, metadata_url
from heyfolio.security.tokens import Identity
from heyfolio.storage import clock, invocations, leads, usage
from heyfolio.storage.questions import recent

DEFAULT_DAYS = 14
MAX_DAYS = 90
MAX_QUESTIONS = 200
LEADS_PER_STATUS = 100
NO_STORE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}

resolver = APIGatewayRestResolver()
install_not_found(resolver, "the owner API is /api/owner/leads, questions, latency and usage")


class AuthFailure(Exception):
    """The request may not read owner data; carries the HTTP status and a message a person can act on."""

    def __init__(self, status: int, message: str, challenge: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.challenge = challenge


@resolver.exception_handler(AuthFailure)
def _auth_failure(error: AuthFailure) -> Response:
    headers = dict(NO_STORE)
    if error.challenge:
        headers["WWW-Authenticate"] = error.challenge
    return Response(
        status_code=error.status,
        content_type=content_types.APPLICATION_JSON,
        body={"message": error.message},
        headers=headers,
    )


def require_owner(authorization: str | None, *, source_ip: str | None = None, route: str = "") -> Identity:
    """The owner's identity from an ``Authorization`` header, or ``AuthFailure`` (401/403/503).

    Checked by ``heyfolio.security.access.authenticate`` (owner scope, revocation, audit of refusals);
    401/403 carry the RFC 6750/9728 challenge pointing at the site's protected-resource metadata.
    """

    settings = get_settings()
    try:
        identity = authenticate(
            authorization,
            surface=f"owner_api:{route}" if route else "owner_api",
            source_ip=source_ip,
            required_scope=settings.owner_scope,
        )
    except AuthError as error:
        header = None
        if error.status in (401, 403):
            header = challenge(
                resource_metadata=metadata_url(settings.public_url),
                error=error.error,
                description=error.description if error.error else None,
                scope=error.scope,
            )
        if error.status == 403:
            message = "This token belongs to a visitor; the dashboard needs the owner's token."
        elif error.status == 503:
            message = error.description
        elif error.error is None or error.error == "invalid_request":
            message = "An owner token is required: send 'Authorization: Bearer <token>'."
        else:
            message = error.description  # cause and fix (heyfolio.security.refusals), said once
        raise AuthFailure(error.status, message, header) from None
    assert identity is not None  # required_scope makes anonymous a refusal
    record_owner_action(identity, "read", target=route or "owner_api", source_ip=source_ip)
    return identity


def _owner() -> Identity:
    event = resolver.current_event
    source_ip = (event.request_context.identity.source_ip if event.request_context else None) or None
    return require_owner(
        event.headers.get("authorization"),  # case-insensitive in Powertools v3
        source_ip=source_ip,
        route=event.path,
    )


DAYS = Number("days", 1, MAX_DAYS, DEFAULT_DAYS)


def _lead_statuses() -> tuple[str, ...]:
    from heyfolio.storage import leads

    return tuple(leads.STATUSES)


def _days() -> int:
    """The ``days`` window (1..90, default 14); any other parameter is a 400 listing what the route takes."""
    days: int = event_query(resolver.current_event, [DAYS], route=resolver.current_event.path)["days"]
    return days


def _since(days: int) -> float:
    return clock.now() - days * 24 * 3600


def _ok(body: dict[str, Any]) -> Response:
    return Response(status_code=200, content_type=content_types.APPLICATION_JSON, body=body, headers=NO_STORE)


def leads_view(status: str | None = None) -> dict[str, Any]:
    """Every live lead (or those in ``status``), new ones first (they wait on the owner), each group newest first.

    ``counts`` always covers every status, so a filtered view still shows what it leaves out.
    """

    rows: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    for group in leads.STATUSES:
        if status is not None and group != status:
            counts[group] = len(leads.list_by_status(group, limit=LEADS_PER_STATUS))  # type: ignore[arg-type]
            continue
        found = leads.list_by_status(group, limit=LEADS_PER_STATUS)  # type: ignore[arg-type]
        counts[group] = len(found)
        rows.extend(
            {
                "lead_id": lead.lead_id,
                "status": lead.status,
                "name": lead.name,
                "email": lead.email,
                "message": lead.message,
                "source": lead.source,
                "created_at": lead.created_at,
                "decided_at": lead.decided_at,
                "reply": lead.reply,
                "erased": lead.erased_at is not None,
            }
            for lead in found
        )
    return {"leads": rows, "counts": counts, "status": status}


def questions_view(days: int) -> dict[str, Any]:
    """Questions visitors asked in the window: unanswered first, then newest first."""

    found = recent(since=_since(days), limit=MAX_QUESTIONS)
    ordered = sorted(found, key=lambda q: (q.answered, -q.at))
    return {
        "days": days,
        "total": len(ordered),
        "unanswered": sum(1 for q in ordered if not q.answered),
        "questions": [
            {"question": q.question, "answered": q.answered, "source": q.source, "at": q.at} for q in ordered
        ],
    }


def latency_view(days: int) -> dict[str, Any]:
    """p50/p95/max latency and error count per tool, slowest p95 first."""

    figures = invocations.percentiles(_since(days))
    tools = sorted(figures.values(), key=lambda t: (-t.p95_ms, t.tool))
    return {
        "days": days,
        "tools": [
            {
                "tool": t.tool,
                "count": t.count,
                "errors": t.errors,
                "p50_ms": round(t.p50_ms, 1),
                "p95_ms": round(t.p95_ms, 1),
                "max_ms": round(t.max_ms, 1),
            }
            for t in tools
        ],
    }


def usage_view(days: int) -> dict[str, Any]:
    """Model calls, tokens and cost per UTC day (every day of the window, zeros included)."""

    totals = usage.totals(_since(days - 1))  # today and the days - 1 before it
    rows: list[dict[str, Any]] = []
    for day in totals:
        rows.append(
            {
                "day": day.day,
                "calls": day.total.calls,
                "input_tokens": day.total.input_tokens,
                "output_tokens": day.total.output_tokens,
                "cost_usd": round(day.total.cost_usd, 6),
                "by_model": {
                    model: {
                        "calls": t.calls,
                        "input_tokens": t.input_tokens,
                        "output_tokens": t.output_tokens,
                        "cost_usd": round(t.cost_usd, 6),
                    }
                    for model, t in day.by_model.items()
                },
            }
        )
    return {
        "days": days,
        "per_day": rows,
        "total": {
            "calls": sum(r["calls"] for r in rows),
            "input_tokens": sum(r["input_tokens"] for r in rows),
            "output_tokens": sum(r["output_tokens"] for r in rows),
            "cost_usd": round(sum(r["cost_usd"] for r in rows), 6),
        },
    }


@resolver.get("/api/owner/leads")
def leads_route() -> Response:
    _owner()
    query = event_query(
        resolver.current_event, [Choice("status", _lead_statuses())], route="/api/owner/leads"
    )
    return _ok(leads_view(query["status"]))


@resolver.get("/api/owner/questions")
def questions_route() -> Response:
    _owner()
    return _ok(questions_view(_days()))


@resolver.get("/api/owner/latency")
def latency_route() -> Response:
    _owner()
    return _ok(latency_view(_days()))


@resolver.get("/api/owner/usage")
def usage_route() -> Response:
    _owner()
    return _ok(usage_view(_days()))
