"""The dev server runs every function in one process: events of different functions must not mix.

Powertools' resolvers keep the current event on the class (``BaseRouter.current_event``), so two
resolver-based functions handling events in parallel threads would read each other's body. Seen in
the browser test: the dashboard's "Decline" POST (``flow_review``) was answered "the request body
is empty" because a reload's GET to ``owner_api`` ran at the same moment.
"""

from __future__ import annotations

import json
import sys
import threading
import types
from pathlib import Path
from typing import Any

import anyio
import pytest

from heyfolio.dev.router import StackRouter
from heyfolio.stack.template import ApiRoute, FunctionSpec, function_specs

RESOLVER_APP = """
from aws_lambda_powertools.event_handler import APIGatewayRestResolver

import {gate} as gate

resolver = APIGatewayRestResolver()


@resolver.post("/{name}")
def echo():
    gate.entered("{name}")
    return {{"body": resolver.current_event.body}}


handler = resolver.resolve
"""


class Gate:
    """Holds the first function inside its handler (its event already current) until released."""

    def __init__(self) -> None:
        self.first_inside = threading.Event()
        self.release = threading.Event()
        self.inside: list[str] = []

    def entered(self, name: str) -> None:
        self.inside.append(name)
        if name == "first":
            self.first_inside.set()
            assert self.release.wait(60), "the test never released the first handler"


def _spec(root: Path, name: str, gate_module: str) -> FunctionSpec:
    folder = root / f"router_race_{name}"
    folder.mkdir()
    (folder / "app.py").write_text(RESOLVER_APP.format(name=name, gate=gate_module))
    return FunctionSpec(
        logical_id=name.title(),
        code_uri=str(folder),
        handler="app.handler",
        routes=(ApiRoute("POST", f"/{name}"),),
    )


async def _post(router: StackRouter, path: str, body: bytes) -> dict[str, Any]:
    sent: list[dict[str, Any]] = []
    delivered = False

    async def receive() -> dict[str, Any]:
        nonlocal delivered
        if delivered:
            return {"type": "http.disconnect"}
        delivered = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(dict(message))

    scope = {
        "type": "http",
        "method": "POST",
        "path": path,
        "query_string": b"",
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        "client": ("127.0.0.1", 1),
    }
    await router(scope, receive, send)
    return json.loads(b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body"))


def test_two_resolver_functions_never_handle_events_at_the_same_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate()
    module = types.ModuleType("router_race_gate")
    module.entered = gate.entered  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "router_race_gate", module)
    router = StackRouter(
        (_spec(tmp_path, "first", "router_race_gate"), _spec(tmp_path, "second", "router_race_gate"))
    )
    results: dict[str, dict[str, Any]] = {}

    def request(name: str) -> None:
        results[name] = anyio.run(_post, router, f"/{name}", json.dumps({"from": name}).encode())

    first = threading.Thread(target=request, args=("first",))
    first.start()
    assert gate.first_inside.wait(60)
    second = threading.Thread(target=request, args=("second",))
    second.start()
    # The second event may only start once the first is answered: it is queued behind the same lock.
    second.join(timeout=0.5)
    assert second.is_alive() and gate.inside == ["first"]
    gate.release.set()
    first.join(60)
    second.join(60)
    assert gate.inside == ["first", "second"]
    assert json.loads(results["first"]["body"]) == {"from": "first"}
    assert json.loads(results["second"]["body"]) == {"from": "second"}


def test_the_stacks_resolver_functions_share_one_lock_and_the_others_keep_their_own() -> None:
    router = StackRouter(function_specs())
    locks = router._instance_locks
    assert locks["flow_review"] is locks["owner_api"] is locks["portfolio_api"]
    assert locks["search_portfolio"] is not locks["owner_api"]
