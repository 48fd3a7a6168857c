"""One call per route that applies the request guards and the rate limits, in that order.

Guards first (size, JSON depth, batches) because they cost no network call; then the
surface's limiter for the client IP and, when the route knows it, the visitor session.

- zip handlers: ``refusal = protect_event(event, surface="mcp", jsonrpc=True)``; return it if
  not ``None``, or wrap the whole handler with :func:`protected_handler`.
- ASGI apps: ``app = ProtectedApp(app, surface="chat")``.

Surfaces: ``"chat"`` (fails closed) and ``"mcp"`` (MCP and the public read API; fails open).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

from heyfolio.config import get_settings
from heyfolio.guards.apigw import guard_event, rejection_response
from heyfolio.guards.asgi import BodyGuard, Receive, Scope, Send
from heyfolio.guards.rejection import Rejection
from heyfolio.limits import backend
from heyfolio.limits.http import apigw_refusal, client_ip_from_event, client_ip_from_scope, refusal_for

Surface = Literal["chat", "mcp"]
SessionOf = Callable[[Any], str | None]
EXEMPT_PATHS = frozenset({"/healthz"})


def _limiter(surface: Surface) -> Any:
    return backend.chat_limiter() if surface == "chat" else backend.mcp_limiter()


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
    decision = _limiter(surface).check(ip=client_ip_from_event(event), session=session)
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


class ProtectedApp:
    """ASGI: body guards (:class:`~heyfolio.guards.asgi.BodyGuard`) then the surface's rate limit.

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
    ) -> None:
        self.app = app
        self._surface = surface
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
        decision = _limiter(self._surface).check(
            ip=client_ip_from_scope(scope, trust_forwarded=trust), session=session
        )
        path = str(scope.get("path", "/"))
        jsonrpc = any(path == p or path.startswith(p.rstrip("/") + "/") for p in self._jsonrpc_paths)
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
