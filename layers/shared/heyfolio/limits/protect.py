"""One call per route that applies the request guards and the rate limits, in that order.

Guards first (size, JSON depth, batches) because they cost no network call; then the
surface's limiter for the client IP and, when the route knows it, the visitor session.

- zip handlers: ``refusal = protect_event(event, surface="mcp", jsonrpc=True)``; return it if
  not ``None``, or wrap the whole handler with :func:`protected_handler`.
- ASGI apps: ``app = ProtectedApp(app, surface="chat")``.

Surfaces (``heyfolio.limits.rules.Surface``; README "Rate limits"): ``chat`` (fails closed),
``mcp`` (per verified caller, else per IP), ``api`` (the public read API), ``owner``,
``webhook``, ``visitor`` (a visitor's own data: ``/api/me*``); a ``tools/call`` of
``contact_owner`` on ``/mcp`` also counts against ``contact``.
Each surface has its own buckets.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from heyfolio.config import get_settings
from heyfolio.guards.apigw import guard_event, rejection_response
from heyfolio.guards.asgi import BodyGuard, Receive, Scope, Send
from heyfolio.guards.rejection import Rejection
from heyfolio.limits import backend
from heyfolio.limits.callers import authorization_of_event, authorization_of_scope, verified_caller
from heyfolio.limits.decision import Decision
from heyfolio.limits.http import apigw_refusal, client_ip_from_event, client_ip_from_scope, refusal_for
from heyfolio.limits.rules import Surface

SessionOf = Callable[[Any], str | None]
EXEMPT_PATHS = frozenset({"/healthz"})
CALLER_SURFACES = frozenset({"mcp"})
"""Surfaces counted per verified caller when the request has one (else per IP)."""
CONTACT_TOOL = "contact_owner"


def _limiter(surface: Surface) -> Any:
    return backend.surface_limiter(surface)


def _calls_contact(body: bytes | str | None) -> bool:
    """Whether a JSON-RPC body is a ``tools/call`` of ``contact_owner`` (it also counts as ``contact``)."""
    if not body:
        return False
    try:
        payload = json.loads(body)
    except ValueError:
        return False
    params = payload.get("params") if isinstance(payload, dict) else None
    return (
        payload.get("method") == "tools/call"
        and isinstance(params, dict)
        and params.get("name") == CONTACT_TOOL
    )


def decide(
    surface: Surface,
    *,
    ip: str | None,
    authorization: str | None = None,
    session: str | None = None,
    body: bytes | str | None = None,
) -> Decision:
    """One request's decision on ``surface`` (and on ``contact`` for a contact_owner call)."""
    caller = verified_caller(authorization) if surface in CALLER_SURFACES else None
    decision: Decision = _limiter(surface).check(ip=ip, session=session, caller=caller)
    if decision.allowed and surface == "mcp" and _calls_contact(body):
        contact: Decision = _limiter("contact").check(ip=ip, caller=caller)
        if not contact.allowed:
            return contact
    return decision


def protect_event(
    event: dict[str, Any],
    *,
    surface: Surface,
    jsonrpc: bool = False,
    json_body: bool = False,
    session: str | None = None,
) -> dict[str, Any] | None:
    """``None`` if the request may proceed, else the API Gateway response refusing it."""
    path = str(event.get("path") or event.get("rawPath") or "/")
    try:
        guard_event(event, json_body=json_body, jsonrpc=jsonrpc)
    except Rejection as rejection:
        return rejection_response(rejection, jsonrpc=jsonrpc)
    if path in EXEMPT_PATHS:
        return None
    body = event.get("body") if surface == "mcp" and jsonrpc else None
    if body and event.get("isBase64Encoded"):
        import base64

        body = base64.b64decode(body)
    decision = decide(
        surface,
        ip=client_ip_from_event(event),
        authorization=authorization_of_event(event),
        session=session,
        body=body,
    )
    return apigw_refusal(decision, jsonrpc=jsonrpc)


def protected_handler(
    handler: Callable[[dict[str, Any], Any], Any],
    *,
    surface: Surface,
    jsonrpc: bool = False,
    json_body: bool = False,
    session_of: SessionOf | None = None,
) -> Callable[[dict[str, Any], Any], Any]:
    """``handler`` behind :func:`protect_event` (``session_of(event)`` names the visitor session)."""

    def wrapped(event: dict[str, Any], context: Any) -> Any:
        session = session_of(event) if session_of is not None else None
        refusal = protect_event(event, surface=surface, jsonrpc=jsonrpc, json_body=json_body, session=session)
        return refusal if refusal is not None else handler(event, context)

    return wrapped


def _under(path: str, prefixes: Sequence[str] | None) -> bool:
    """Whether ``path`` is one of ``prefixes`` or below one (``None``: every path)."""
    if prefixes is None:
        return True
    return any(path == p or path.startswith(p.rstrip("/") + "/") for p in prefixes)


def rate_limited(
    handler: Callable[[dict[str, Any], Any], Any],
    *,
    surface: Surface,
    paths: Sequence[str] | None = None,
) -> Callable[[dict[str, Any], Any], Any]:
    """``handler`` behind ``surface``'s rate limits only (its body guards applied elsewhere).

    ``paths`` limits the surface to those paths and the ones below them (a function serving
    routes of two surfaces counts each on its own: the visitor's ``/api/me*`` routes here,
    its contact form on ``chat`` in the route itself).
    """

    def wrapped(event: dict[str, Any], context: Any) -> Any:
        path = str(event.get("path") or event.get("rawPath") or "/")
        if path not in EXEMPT_PATHS and _under(path, paths):
            decision = decide(
                surface, ip=client_ip_from_event(event), authorization=authorization_of_event(event)
            )
            refusal = apigw_refusal(decision)
            if refusal is not None:
                return refusal
        return handler(event, context)

    return wrapped


class ProtectedApp:
    """ASGI: body guards (:class:`~heyfolio.guards.asgi.BodyGuard`) then the surface's rate limit.

    ``path_surfaces`` counts paths under a prefix on another surface (``{"/api/": "api"}``).
    ``trust_forwarded`` reads the client IP from the last ``X-Forwarded-For`` entry (behind
    API Gateway + the Lambda Web Adapter); by default only when ``HEYFOLIO_ENV=aws``.
    """

    def __init__(
        self,
        app: Any,
        *,
        surface: Surface,
        jsonrpc_paths: Sequence[str] = ("/mcp",),
        session_of: SessionOf | None = None,
        trust_forwarded: bool | None = None,
        path_surfaces: Mapping[str, Surface] | None = None,
    ) -> None:
        self.app = app
        self._surface = surface
        self._path_surfaces = dict(path_surfaces or {})
        self._session_of = session_of
        self._trust_forwarded = trust_forwarded
        self._jsonrpc_paths = tuple(jsonrpc_paths)
        self._guarded = BodyGuard(self._limited, jsonrpc_paths=jsonrpc_paths)

    def __getattr__(self, name: str) -> Any:  # expose the wrapped app's attributes (e.g. .server)
        return getattr(self.app, name)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self._guarded(scope, receive, send)

    async def _limited(self, scope: Scope, receive: Receive, send: Send) -> None:
        if str(scope.get("path", "/")) in EXEMPT_PATHS or scope.get("method") == "OPTIONS":
            await self.app(scope, receive, send)
            return
        trust = self._trust_forwarded
        if trust is None:
            trust = get_settings().env == "aws"
        session = self._session_of(scope) if self._session_of is not None else None
        path = str(scope.get("path", "/"))
        surface = next((v for k, v in self._path_surfaces.items() if path.startswith(k)), self._surface)
        jsonrpc = any(path == p or path.startswith(p.rstrip("/") + "/") for p in self._jsonrpc_paths)
        body: bytes | None = None
        if jsonrpc and surface == "mcp" and scope.get("method") == "POST":
            # The body guard has already read and checked the body; read it here (to see a
            # contact_owner call) and hand the same bytes on.
            body, receive = await _buffered(receive)
        decision = decide(
            surface,
            ip=client_ip_from_scope(scope, trust_forwarded=trust),
            authorization=authorization_of_scope(scope),
            session=session,
            body=body,
        )
        if decision.allowed:
            await self.app(scope, receive, send)
            return
        # A JSON-RPC refusal answers the request's own id (a response id may not be null);
        # the body guard has already read and checked the body, this replays it.
        request_id = await _jsonrpc_id(receive) if jsonrpc else None
        refusal = refusal_for(decision, jsonrpc=jsonrpc, jsonrpc_id=request_id)
        if refusal is None:
            await self.app(scope, receive, send)
            return
        body = refusal.encoded()
        headers = [(k.lower().encode(), v.encode()) for k, v in refusal.headers.items()]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": refusal.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


async def _buffered(receive: Receive) -> tuple[bytes, Receive]:
    """The whole request body, and a ``receive`` that gives it again (then what follows)."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message.get("type") != "http.request":
            break
        chunks.append(message.get("body", b"") or b"")
        if not message.get("more_body"):
            break
    body = b"".join(chunks)
    sent = False

    async def replay() -> Any:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return body, replay


async def _jsonrpc_id(receive: Receive) -> str | int | None:
    """The ``id`` of the JSON-RPC request in the (already guarded) body, if it has one."""
    import json

    message = await receive()
    try:
        payload = json.loads(message.get("body", b"") or b"null")
    except ValueError:
        return None
    found = payload.get("id") if isinstance(payload, dict) else None
    return found if isinstance(found, str | int) and not isinstance(found, bool) else None
