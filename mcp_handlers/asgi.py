"""The endpoint as a bare ASGI application (no Starlette): what ``make dev`` mounts at ``/mcp``."""

from __future__ import annotations

from typing import Any

from heyfolio.asgi_body import BodyTooLarge, ClientGone, read_body
from mcp_handlers.server import McpServer, build_server
from mcp_handlers.subscriptions.asgi import SubscriptionsApp
from mcp_handlers.transport import MAX_BODY, HttpResponse

Scope = dict[str, Any]


class McpAsgiApp:
    """Reads the request, lets ``McpServer`` answer it, writes the response."""

    def __init__(self, server: McpServer | None = None) -> None:
        self._server = server
        self._listener: Any = None

    @property
    def server(self) -> McpServer:
        if self._server is None:
            self._server = build_server()
        return self._server

    @property
    def listener(self) -> Any:
        """The subscription stream app sharing this server's admission (built on the first listen)."""
        if self._listener is None:
            self._listener = SubscriptionsApp(self.server)
        return self._listener

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
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
        if any(
            k.lower() == b"mcp-method" and v == b"subscriptions/listen" for k, v in scope.get("headers", [])
        ):
            # ASGI can stream: a listen on /mcp is served here as on /mcp/subscriptions (see README).
            await self.listener(scope, receive, send)
            return

        try:
            body = await read_body(receive, MAX_BODY)
        except ClientGone:
            return
        except BodyTooLarge:
            await _send(send, HttpResponse(413, [("content-type", "text/plain")], b"Request body too large"))
            return
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope.get("headers", [])]
        response = self.server.handle(scope["method"], headers, body)
        await _send(send, response)


async def _send(send: Any, response: HttpResponse) -> None:
    headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers]
    headers.append((b"content-length", str(len(response.body)).encode()))
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send({"type": "http.response.body", "body": response.body})
