"""Legacy ``resources/subscribe`` / ``resources/unsubscribe`` (issue 9, item 9): a handshake-era client
that subscribes gets the empty result, though the stateless server does not declare ``resources.subscribe``;
the methods do not exist at 2026-07-28, and bad params are still refused."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.mcp.test_http_edges import META, body, headers


def legacy(method: str, params: dict[str, Any] | None) -> bytes:
    payload: dict[str, Any] = {"jsonrpc": "2.0", "id": 3, "method": method}
    if params is not None:
        payload["params"] = params
    return json.dumps(payload).encode()


LEGACY = [("mcp-protocol-version", "2025-11-25")]


def legacy_headers() -> list[tuple[str, str]]:
    return [(k, v) for k, v in headers() if k not in ("mcp-protocol-version", "mcp-method")] + LEGACY


@pytest.mark.parametrize("method", ["resources/subscribe", "resources/unsubscribe"])
@pytest.mark.parametrize("uri", ["portfolio://projects/ledgerline", "test://watched-resource"])
def test_a_legacy_client_gets_the_empty_result(server: Any, method: str, uri: str) -> None:
    answer = server.handle("POST", legacy_headers(), legacy(method, {"uri": uri}))
    assert answer.status == 200, answer.body
    assert json.loads(answer.body) == {"jsonrpc": "2.0", "id": 3, "result": {}}


def test_legacy_capabilities_do_not_declare_subscribe(server: Any) -> None:
    params = {
        "protocolVersion": "2025-11-25",
        "capabilities": {},
        "clientInfo": {"name": "t", "version": "1"},
    }
    answer = server.handle("POST", legacy_headers(), legacy("initialize", params))
    resources = json.loads(answer.body)["result"]["capabilities"]["resources"]
    assert resources.get("subscribe") is False


@pytest.mark.parametrize("params", [None, {}, {"uri": 7}])
def test_bad_params_are_refused(server: Any, params: Any) -> None:
    answer = server.handle("POST", legacy_headers(), legacy("resources/subscribe", params))
    assert json.loads(answer.body)["error"]["code"] == -32602


def test_the_methods_do_not_exist_at_2026_07_28(server: Any) -> None:
    answer = server.handle(
        "POST",
        headers(mcp_method="resources/subscribe", mcp_name="portfolio://profile"),
        body("resources/subscribe", {"uri": "portfolio://profile", "_meta": META}),
    )
    assert answer.status == 404 and json.loads(answer.body)["error"]["code"] == -32601


@pytest.mark.filterwarnings("ignore:resources/(un)?subscribe is removed as of 2026-07-28")
def test_the_sdk_legacy_client_subscribes(endpoint: Any) -> None:
    import anyio

    from tests.mcp.conftest import sdk_client

    async def run() -> None:
        async with sdk_client(endpoint.app, mode="legacy") as client:
            await client.subscribe_resource("portfolio://projects/ledgerline")
            await client.unsubscribe_resource("portfolio://projects/ledgerline")

    anyio.run(run)
