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
from heyfolio.guards.policy import BodyPolicy
from heyfolio.guards.rejection import Rejection

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
    """ASGI middleware: the body policy (:mod:`heyfolio.guards.policy`) before the app runs.

    Any method may carry a body; a request that announces none (no ``Content-Length`` or
    ``Transfer-Encoding``) passes untouched, so long-lived GET streams are not read.
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

    def __getattr__(self, name: str) -> Any:  # expose the wrapped app's attributes (e.g. .routes)
        return getattr(self.app, name)

    def _policy(self) -> BodyPolicy:
        if self._limits is not None and self._max_depth is not None:
            return BodyPolicy(self._limits, self._max_depth, self._jsonrpc_paths)
        base = BodyPolicy.from_settings(jsonrpc_paths=self._jsonrpc_paths)
        return BodyPolicy(self._limits or base.limits, self._max_depth or base.max_depth, self._jsonrpc_paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        method = scope.get("method", "GET")
        if (
            method not in _BODY_METHODS
            and "content-length" not in headers
            and "transfer-encoding" not in headers
        ):
            await self.app(scope, receive, send)
            return
        policy = self._policy()
        path, root = str(scope.get("path", "/")), str(scope.get("root_path", ""))
        # Mounted apps may see their path without the mount prefix (older Starlette).
        full_path = path if not root or path.startswith(root) else root + path
        jsonrpc = policy.is_jsonrpc(full_path) and method == "POST"
        limit = policy.limit(full_path)
        declared_text = headers.get("content-length", "0").strip() or "0"
        if not declared_text.isdigit():
            await send_rejection(
                send,
                Rejection(
                    400,
                    "invalid_length",
                    f"Content-Length is {declared_text[:20]!r}, not a number of bytes: send the body's size",
                ),
                jsonrpc=jsonrpc,
            )
            return
        if int(declared_text) > limit:
            await send_rejection(send, policy.too_large(full_path, int(declared_text)), jsonrpc=jsonrpc)
            return
        try:
            body = await read_body(receive, limit)
        except ClientGone:
            return
        except BodyTooLarge:
            await send_rejection(send, policy.too_large(full_path), jsonrpc=jsonrpc)
            return
        try:
            policy.check(full_path, headers.get("content-type", ""), body, jsonrpc=jsonrpc)
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
