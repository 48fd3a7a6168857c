"""The page's side of leads: ``POST /api/contact``, ``GET /api/me/leads`` and ``POST /api/me/session``.

``POST /api/contact`` takes the contact form as JSON (``name``, ``email``, ``message``,
``consent``) with an idempotency key from the page (``Idempotency-Key`` header or
``idempotencyKey``): one key, one lead, however often the page retries. It is rate limited like
the chat (it fails closed), its body is capped at :data:`MAX_BODY_BYTES`, and it needs consent.
The visitor is whoever the signed visitor session names (the chat's token, as a cookie or a
bearer token); a visitor without one gets a fresh session, so their lead is in their export and
erased with them. ``POST /api/me/session`` turns the token the chat hands out into that cookie.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from aws_lambda_powertools.event_handler import Response, content_types
from aws_lambda_powertools.event_handler.router import APIGatewayRouter

from heyfolio.leads import service

log = logging.getLogger(__name__)

NO_STORE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}
MAX_BODY_BYTES = 16 * 1024

router = APIGatewayRouter()


def _json(status: int, body: dict[str, Any], extra: dict[str, str] | None = None) -> Response:
    return Response(
        status_code=status,
        content_type=content_types.APPLICATION_JSON,
        body=body,
        headers={**NO_STORE, **(extra or {})},
    )


def _refused(result: dict[str, Any]) -> Response:
    """An API Gateway proxy refusal (guards, rate limit) as a resolver response."""
    headers = {k: str(v) for k, v in (result.get("headers") or {}).items() if k.lower() != "content-type"}
    try:
        body = json.loads(result.get("body") or "{}")
    except ValueError:
        body = {"message": str(result.get("body"))}
    return _json(int(result["statusCode"]), body if isinstance(body, dict) else {"message": body}, headers)


def secure_cookie() -> bool:
    """Secure cookies everywhere except the plain-HTTP loopback dev server."""
    from heyfolio.config import get_settings

    url = get_settings().public_url
    return not url.startswith(("http://127.0.0.1", "http://localhost", "http://[::1]"))


def _session() -> Any:
    """The caller's visitor session, or ``None`` (no token, or one this site did not issue)."""
    from heyfolio.security.visitor import InvalidVisitorSession, token_from_headers, verify_visitor_session

    token = token_from_headers(dict(router.current_event.headers or {}))
    if token is None:
        return None
    try:
        return verify_visitor_session(token)
    except InvalidVisitorSession:
        return None


@router.post("/api/contact")
def contact() -> Response:
    """Store the page's contact form as a lead (once per idempotency key) and start the owner's review."""
    from heyfolio.limits.protect import protect_event
    from heyfolio.security.visitor import mint_visitor_session, set_cookie
    from heyfolio.storage import keys

    event = router.current_event
    raw = event.body or ""
    if len(raw.encode("utf-8", "surrogatepass")) > MAX_BODY_BYTES:
        return _json(
            413,
            {"message": f"The contact form is larger than {MAX_BODY_BYTES // 1024} KB; shorten the message."},
        )
    refusal = protect_event(event.raw_event, surface="chat", json_body=True)
    if refusal is not None:
        return _refused(refusal)
    try:
        body = json.loads(raw)
    except ValueError:
        return _json(
            400, {"message": "The body must be JSON: {name, email, message, consent}.", "field": None}
        )
    if not isinstance(body, dict):
        return _json(400, {"message": "The body must be a JSON object.", "field": None})
    headers = {k.lower(): v for k, v in (event.headers or {}).items()}
    try:
        key = service.check_key(headers.get("idempotency-key") or body.get("idempotencyKey"))
        fields = service.check(body)
    except service.InvalidContact as problem:
        return _json(400, {"message": problem.message, "field": problem.field})
    session = _session()
    extra: dict[str, str] = {}
    if session is None:
        visitor_id = keys.new_id()
        token = mint_visitor_session(visitor_id)
        extra["Set-Cookie"] = set_cookie(token, secure=secure_cookie())
    else:
        visitor_id = session.visitor_id
    try:
        submitted = service.submit(key, fields, source="web", visitor_id=visitor_id)
    except Exception:
        log.exception("contact form: the lead could not be stored with its approval flow")
        # submit() removed the lead it made: nothing half-done is left, and the same key may retry.
        return _json(
            503,
            {"message": "Your message could not be sent just now and nothing was stored. Please try again."},
            {"Retry-After": "30"},
        )
    view = service.visitor_view(submitted.lead_id, visitor_id)
    answer = {
        **submitted.to_dict(),
        "note": view.note if view else service.NOTES["new"],
        "message": f"Thanks {fields.name}: your message is on its way. You'll get the reply at {fields.email}.",
    }
    return _json(201 if submitted.created else 200, answer, extra)


@router.get("/api/me/leads")
def my_leads() -> Response:
    """The calling visitor's own contact requests: status and, once approved, the owner's reply."""
    session = _session()
    if session is None:
        return _json(200, {"leads": []})
    return _json(200, {"leads": [v.to_dict() for v in service.visitor_leads(session.visitor_id)]})


@router.post("/api/me/session")
def keep_session() -> Response:
    """Keep the visitor token the chat issued as an HttpOnly cookie, so the next visit is the same visitor."""
    from heyfolio.security.visitor import DEFAULT_TTL_SECONDS, set_cookie, token_from_headers

    session = _session()
    if session is None:
        return _json(
            401,
            {"message": "Send the visitor token the chat gave you as Authorization: Bearer <token>."},
            {"WWW-Authenticate": 'Bearer realm="heyfolio-visitor"'},
        )
    remaining = max(1, min(DEFAULT_TTL_SECONDS, int(session.expires_at - time.time())))
    value = token_from_headers(dict(router.current_event.headers or {})) or ""
    return _json(
        200,
        {"visitorKept": True, "expiresAt": session.expires_at},
        {"Set-Cookie": set_cookie(value, secure=secure_cookie(), max_age=remaining)},
    )
