"""Guards for ASGI apps: a middleware that caps the body per route and checks JSON shape.

The body is read (at most the cap, whatever ``Content-Length`` claims) before the app sees
it, then replayed to the app unchanged; a refusal is answered without calling the app.
Streaming responses are untouched. For JSON-RPC paths (``/mcp``) refusals are JSON-RPC errors
and array bodies (batches) are refused.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any

from heyfolio.asgi_body import BodyTooLarge, ClientGone, read_body
from heyfolio.config import get_settings
from heyfolio.guards.jsonbody import parse_json
from heyfolio.guards.jsonrpc import single_request
from heyfolio.guards.rejection import Rejection
from heyfolio.guards.sizes import limit_for

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


async def send_rejection(send: Send, rejection: Rejection, *, jsonrpc: bool = False) -> None:
    """Answer ``rejection`` on an ASGI connection."""
    status, headers, body = rejection.render(jsonrpc=jsonrpc)
    raw_headers = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    raw_headers += [(b"content-length", str(len(body)).encode()), (b"connection", b"close")]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})


class BodyGuard:
    """ASGI middleware: body size caps, JSON depth and (on ``jsonrpc_paths``) no batches.

    ``body_limits`` and ``max_depth`` default to the settings at call time.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        body_limits: dict[str, int] | None = None,
        max_depth: int | None = None,
        jsonrpc_paths: Sequence[str] = ("/mcp",),
    ) -> None:
        self.app = app
        self._limits = body_limits
        self._max_depth = max_depth
        self._jsonrpc_paths = tuple(jsonrpc_paths)

    def _config(self) -> tuple[dict[str, int], int]:
        if self._limits is not None and self._max_depth is not None:
            return self._limits, self._max_depth

        s = get_settings()
        return (self._limits or s.body_limits, self._max_depth or s.json_max_depth)

    def _is_jsonrpc(self, path: str) -> bool:
        return any(path == p or path.startswith(p.rstrip("/") + "/") for p in self._jsonrpc_paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method", "GET") not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        limits, max_depth = self._config()
        path, root = str(scope.get("path", "/")), str(scope.get("root_path", ""))
        # Mounted apps may see their path without the mount prefix (older Starlette).
        full_path = path if not root or path.startswith(root) else root + path
        jsonrpc = self._is_jsonrpc(full_path)
        limit = limit_for(full_path, limits)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        try:
            declared = int(headers.get("content-length", "0") or 0)
        except ValueError:
            await send_rejection(
                send, Rejection(400, "invalid_length", "Content-Length is not a number"), jsonrpc=jsonrpc
            )
            return
        too_large = Rejection(
            413,
            "payload_too_large",
            f"the request body is over {limit} bytes, the cap for {full_path}: send a smaller request",
        )
        if declared > limit:
            await send_rejection(send, too_large, jsonrpc=jsonrpc)
            return

        try:
            body = await read_body(receive, limit)
        except ClientGone:
            return
        except BodyTooLarge:
            await send_rejection(send, too_large, jsonrpc=jsonrpc)
            return
        content_type = headers.get("content-type", "")
        if body and ("json" in content_type or jsonrpc):
            try:
                payload = parse_json(body, max_depth=max_depth)
                if jsonrpc:
                    single_request(payload)
            except Rejection as rejection:
                await send_rejection(send, rejection, jsonrpc=jsonrpc)
                return

        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
