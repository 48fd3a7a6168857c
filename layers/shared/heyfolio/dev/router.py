"""An ASGI app that routes requests to the stack's functions as API Gateway would.

Routes come from ``template.yaml``. Every request first passes the body policy
(``heyfolio.guards``: the cap per route before the body is read, JSON depth and strictness),
the same rules each deployed function applies to its own events. A function that exposes an ASGI ``app``
(the streaming ones, run on AWS behind the Lambda Web Adapter) is called with
the request as is; any other function gets the API Gateway event its Lambda
would get. Either way the object serving the request is the deployed one.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import anyio

from heyfolio.asgi_body import BodyTooLarge, ClientGone, read_body
from heyfolio.dev.apigw_events import build_event, response_from_result
from heyfolio.guards.asgi import BodyGuard
from heyfolio.stack.local_functions import load_function_module
from heyfolio.stack.local_invoke import LocalLambdaContext
from heyfolio.stack.template import ApiRoute, FunctionSpec

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# API Gateway REST refuses payloads over 10 MB before any function runs.
MAX_BODY_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class _Target:
    route: ApiRoute
    spec: FunctionSpec
    asgi: ASGIApp | None
    handler: Callable[[dict[str, Any], Any], Any]


def _holds_event_resolver(module: ModuleType) -> bool:
    """Whether a function's entry module serves its routes with a Powertools event-handler resolver."""
    from aws_lambda_powertools.event_handler.api_gateway import BaseRouter

    return any(isinstance(value, BaseRouter) for value in vars(module).values())


def _instance_locks(modules: dict[str, ModuleType]) -> dict[str, threading.Lock]:
    """The lock each function's events run under: one event at a time, as one Lambda instance runs them.

    Handlers keep the current event in process state, so two events running in parallel threads would
    read each other's body and query string. Powertools' resolvers keep it on the *class*
    (``BaseRouter.current_event`` is set by every ``resolve()``), shared by every resolver in the
    process: on Lambda each function is its own process, but here all of them share one, so every
    resolver-based function shares one lock. (Seen as a dashboard "Decline" POST whose handler read
    the body of a concurrent GET to another function: "the request body is empty".)
    """
    shared = threading.Lock()
    return {
        name: shared if _holds_event_resolver(module) else threading.Lock()
        for name, module in modules.items()
    }


def _specificity(route: ApiRoute) -> tuple[int, int, int]:
    greedy = "+}" in route.path
    params = route.path.count("{")
    return (1 if greedy else 0, params, -len(route.path))


async def _send_json(
    send: Send, status: int, payload: dict[str, Any], headers: list[tuple[str, str]] | None = None
) -> None:
    body = json.dumps(payload).encode()
    raw_headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw_headers += [(k.encode(), v.encode()) for k, v in headers or []]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})


class StackRouter:
    """Dispatch HTTP requests to function handlers by the template's routes."""

    def __init__(
        self,
        specs: tuple[FunctionSpec, ...],
        fallback: ASGIApp | None = None,
        fallback_paths: frozenset[str] = frozenset(),
    ) -> None:
        targets: list[_Target] = []
        modules: dict[str, ModuleType] = {}
        for spec in specs:
            module = modules[spec.name] = load_function_module(spec)
            asgi = getattr(module, "app", None)
            handler = getattr(module, spec.handler_attr)
            targets.extend(_Target(route, spec, asgi, handler) for route in spec.routes)
        self._targets = sorted(targets, key=lambda t: _specificity(t.route))
        self._fallback = fallback
        self._fallback_paths = fallback_paths
        self._asgi_apps = list({id(t.asgi): t.asgi for t in targets if t.asgi is not None}.values())
        self._guarded = BodyGuard(self._dispatch)
        self._instance_locks = _instance_locks(modules)

    def match(self, method: str, path: str) -> tuple[_Target | None, dict[str, str], bool]:
        """The target for a request, its path parameters, and whether the path exists at all."""
        path_exists = False
        for target in self._targets:
            found = target.route.pattern.match(path)
            if not found:
                continue
            path_exists = True
            if target.route.method in (method, "ANY"):
                return target, found.groupdict(), True
        return None, {}, path_exists

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(scope, receive, send)
            return
        if scope["type"] != "http":
            return
        await self._guarded(scope, receive, send)

    async def _dispatch(self, scope: Scope, receive: Receive, send: Send) -> None:
        target, params, path_exists = self.match(scope["method"], scope["path"])
        if target is None:
            if self._fallback is not None and scope["path"] in self._fallback_paths:
                await self._fallback(scope, receive, send)
                return
            status = 405 if path_exists else 404
            message = (
                f"{scope['method']} is not allowed on {scope['path']}"
                if path_exists
                else f"No route for {scope['method']} {scope['path']}; see /docs for the API."
            )
            await _send_json(send, status, {"message": message})
            return
        if target.asgi is not None:
            await target.asgi(scope, receive, send)
            return
        await self._invoke_zip(target, params, scope, receive, send)

    async def _invoke_zip(
        self, target: _Target, params: dict[str, str], scope: Scope, receive: Receive, send: Send
    ) -> None:
        try:
            body = await read_body(receive, MAX_BODY_BYTES)
        except ClientGone:
            return
        except BodyTooLarge:
            await _send_json(
                send,
                413,
                {
                    "message": f"the request body is over {MAX_BODY_BYTES // (1024 * 1024)} MB: send a smaller request"
                },
            )
            return
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope.get("headers", [])]
        client = scope.get("client") or ("127.0.0.1", 0)
        event = build_event(
            method=scope["method"],
            path=scope["path"],
            resource=target.route.path,
            path_parameters=params,
            query_string=scope.get("query_string", b"").decode("latin-1"),
            headers=headers,
            body=body,
            source_ip=client[0],
        )
        context = LocalLambdaContext(
            function_name=f"heyfolio-{target.spec.name}",
            timeout_seconds=float(target.spec.properties.get("Timeout", 10)),
        )
        lock = self._instance_locks[target.spec.name]

        def run_one() -> Any:
            with lock:
                return target.handler(event, context)

        result = await anyio.to_thread.run_sync(run_one)
        response = response_from_result(result)
        raw_headers = [
            (k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers if k != "content-length"
        ]
        raw_headers.append((b"content-length", str(len(response.body)).encode()))
        await send({"type": "http.response.start", "status": response.status, "headers": raw_headers})
        await send({"type": "http.response.body", "body": response.body})

    async def _lifespan(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run every mounted ASGI app's lifespan (and the fallback's) inside ours."""
        apps: list[ASGIApp] = [*self._asgi_apps, *([self._fallback] if self._fallback else [])]
        async with contextlib.AsyncExitStack() as stack:
            for app in apps:
                await stack.enter_async_context(_app_lifespan(app))
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            message = await receive()
        await send({"type": "lifespan.shutdown.complete"})


@contextlib.asynccontextmanager
async def _app_lifespan(app: ASGIApp) -> AsyncIterator[None]:
    """Drive one ASGI app's lifespan protocol: startup on enter, shutdown on exit."""
    to_app: asyncio.Queue[Message] = asyncio.Queue()
    from_app: asyncio.Queue[Message] = asyncio.Queue()
    scope = {"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}

    async def run() -> None:
        with contextlib.suppress(Exception):
            await app(scope, to_app.get, from_app.put)
        await from_app.put({"type": "lifespan.unsupported"})

    task = asyncio.create_task(run())
    await to_app.put({"type": "lifespan.startup"})
    started = await from_app.get()
    if started["type"] == "lifespan.startup.failed":
        raise RuntimeError(f"an app failed to start: {started.get('message', '')}")
    try:
        yield
    finally:
        if started["type"] == "lifespan.startup.complete":
            await to_app.put({"type": "lifespan.shutdown"})
            await from_app.get()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
