"""``functions/mcp_subscriptions``' ASGI app: listen streams, the browser feed, a readiness check.

Routes: ``POST /mcp/subscriptions`` (and ``POST /mcp`` when the endpoint's ASGI app hands a
listen over) → ``subscriptions/listen``, admitted by the same ``McpServer`` ladder as every
MCP request (transport security, ``_meta`` envelope, routing headers, bearer token), its
params checked against the SDK's wire model; ``server/discover`` and ``ping`` are answered
too, so an SDK client pointed at this URL can open its listen; any other method belongs to
``/mcp``. ``GET /api/changes`` → the browser's feed. ``GET /healthz`` → the Lambda Web
Adapter's readiness check.
"""

from __future__ import annotations

from typing import Any

from heyfolio.asgi_body import BodyTooLarge, ClientGone, read_body
from heyfolio.changes.push import fallback_poll_seconds
from mcp_handlers import wire
from mcp_handlers.inbound import Request
from mcp_handlers.server import McpServer
from mcp_handlers.subscriptions import CHANGES_PATH
from mcp_handlers.subscriptions.feed import default_poll_interval
from mcp_handlers.subscriptions.filter import ListenFilter
from mcp_handlers.subscriptions.listen_server import build_listen_server
from mcp_handlers.subscriptions.stream import Receive, Send, StreamLimits, serve_changes, serve_listen
from mcp_handlers.transport import HttpResponse, accepts
from mcp_handlers.wire import McpError

MAX_LISTEN_BODY = 64 * 1024
ANSWERED_HERE = frozenset({"server/discover", "ping"})


async def _send_response(send: Send, response: HttpResponse) -> None:
    headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers]
    headers.append((b"content-length", str(len(response.body)).encode()))
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send({"type": "http.response.body", "body": response.body})


def _plain(status: int, text: str, extra: list[tuple[str, str]] | None = None) -> HttpResponse:
    return HttpResponse(status, [("content-type", "text/plain"), *(extra or [])], text.encode())


class SubscriptionsApp:
    """Serve listen streams and the browser's change feed (one stream per request)."""

    def __init__(self, server: McpServer | None = None, limits: StreamLimits | None = None) -> None:
        self._server = server
        self._limits = limits

    @property
    def server(self) -> McpServer:
        if self._server is None:
            self._server = build_listen_server()
        return self._server

    @property
    def limits(self) -> StreamLimits:
        if self._limits is None:
            self._limits = StreamLimits(
                poll_interval=default_poll_interval(), fallback_poll=fallback_poll_seconds()
            )
        return self._limits

    async def __call__(self, scope: dict[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        method, path = scope["method"], scope["path"]
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope.get("headers", [])]
        if path == "/healthz":
            await _send_response(send, _plain(200 if method in ("GET", "HEAD") else 405, "ok"))
            return
        if path == CHANGES_PATH:
            if method != "GET":
                await _send_response(send, _plain(405, "GET only", [("allow", "GET")]))
                return
            last = next((v for k, v in headers if k.lower() == "last-event-id"), None)
            await serve_changes(last, send, receive, self.limits)
            return
        await self._mcp(scope, headers, receive, send)

    async def _mcp(
        self, scope: dict[str, Any], headers: list[tuple[str, str]], receive: Receive, send: Send
    ) -> None:
        try:
            body = await read_body(receive, MAX_LISTEN_BODY)
        except ClientGone:
            return
        except BodyTooLarge:
            await _send_response(send, _plain(413, "Request body too large"))
            return
        server = self.server
        admitted = server.admit(scope["method"], headers, body)
        if isinstance(admitted, HttpResponse):
            await _send_response(send, admitted)
            return
        if admitted.method in ANSWERED_HERE:
            await _send_response(send, server.answer(admitted))
            return
        if admitted.method != "subscriptions/listen":
            error = McpError(
                wire.METHOD_NOT_FOUND,
                f"this URL serves subscriptions/listen; send {admitted.method} to /mcp",
                admitted.method,
            )
            correlation = admitted.caller.correlation_id
            await _send_response(
                send, server.error_response(admitted.id, admitted.modern, correlation, error)
            )
            return
        await self._listen(admitted, headers, send, receive)

    async def _listen(
        self, request: Request, headers: list[tuple[str, str]], send: Send, receive: Receive
    ) -> None:
        server = self.server
        accept = next((v for k, v in headers if k.lower() == "accept"), "")
        if not accepts(accept)[1]:
            # A listen response IS a stream: the one method that needs text/event-stream (as the SDK).
            await _send_response(
                send, _plain(406, "Not Acceptable: subscriptions/listen answers text/event-stream")
            )
            return
        try:
            server.validate(request)
            filt = ListenFilter.from_params(request.params, owner=request.caller.is_owner)
        except McpError as exc:
            correlation = request.caller.correlation_id
            await _send_response(send, server.error_response(request.id, request.modern, correlation, exc))
            return
        await serve_listen(request.id, filt, send, receive, self.limits)
