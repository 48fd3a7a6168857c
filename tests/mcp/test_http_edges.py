"""The endpoint's HTTP edges (both adapters) and the functions: bad requests never become 500s."""

from __future__ import annotations

import json
from typing import Any

import pytest

from mcp_handlers.catalog import TOOL_NAMES
from mcp_handlers.envelopes import resource_envelope, tool_envelope
from mcp_handlers.invoker import InvocationFailed, LambdaInvoker, LocalInvoker
from mcp_handlers.tools.base import Caller

META = {
    "io.modelcontextprotocol/protocolVersion": "2026-07-28",
    "io.modelcontextprotocol/clientCapabilities": {},
}


def headers(**extra: str) -> list[tuple[str, str]]:
    base = {
        "host": "127.0.0.1:8000",
        "content-type": "application/json",
        "accept": "application/json, text/event-stream",
        "mcp-protocol-version": "2026-07-28",
        "mcp-method": "tools/list",
    }
    base.update({k.replace("_", "-"): v for k, v in extra.items()})
    return list(base.items())


def body(method: str = "tools/list", params: dict[str, Any] | None = None, **top: Any) -> bytes:
    return json.dumps(
        {"jsonrpc": "2.0", "id": 7, "method": method, "params": {"_meta": META, **(params or {})}, **top}
    ).encode()


def test_transport_checks(server: Any) -> None:
    assert server.handle("POST", headers(host="evil.example:8000"), body()).status == 421
    assert server.handle("POST", headers(origin="https://evil.example"), body()).status == 403
    assert server.handle("POST", headers(origin="http://localhost:5173"), body()).status == 200
    assert server.handle("GET", headers(), b"").status == 405
    assert server.handle("DELETE", headers(), b"").status == 405
    assert server.handle("POST", headers(content_type="text/plain"), body()).status == 400
    assert server.handle("POST", headers(accept="text/html"), body()).status == 406
    parse = server.handle("POST", headers(), b"{nope")
    assert parse.status == 400 and json.loads(parse.body)["error"]["code"] == -32700
    batch = server.handle("POST", headers(), b"[]")
    assert batch.status == 400 and json.loads(batch.body)["error"]["code"] == -32600
    note = json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}).encode()
    assert server.handle("POST", headers(), note).status == 202


@pytest.mark.parametrize(
    ("hdrs", "payload", "status", "code"),
    [
        ({"mcp_method": "prompts/list"}, body(), 400, -32020),
        (
            {"mcp_protocol_version": "2026-07-28"},
            json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/list"}).encode(),
            400,
            -32602,
        ),
        (
            {"mcp_protocol_version": "2099-01-01"},
            body(params={"_meta": {**META, "io.modelcontextprotocol/protocolVersion": "2099-01-01"}}),
            400,
            -32022,
        ),
        (
            {"mcp_method": "tools/call", "mcp_name": "get_profile"},
            body("tools/call", {"name": "search_portfolio"}),
            400,
            -32020,
        ),
        ({"mcp_method": "no/such"}, body("no/such"), 404, -32601),
        ({"mcp_method": "initialize"}, body("initialize"), 404, -32601),
        ({"mcp_method": "tools/call", "mcp_name": "nope"}, body("tools/call", {"name": "nope"}), 400, -32602),
    ],
)
def test_modern_ladder_errors(
    server: Any, hdrs: dict[str, str], payload: bytes, status: int, code: int
) -> None:
    response = server.handle("POST", headers(**hdrs), payload)
    assert response.status == status
    assert json.loads(response.body)["error"]["code"] == code


def test_cache_hints_and_server_stamp(server: Any) -> None:
    result = json.loads(server.handle("POST", headers(), body()).body)["result"]
    assert result["cacheScope"] == "public" and result["ttlMs"] > 0 and result["resultType"] == "complete"
    assert result["_meta"]["io.modelcontextprotocol/serverInfo"]["name"] == "heyfolio"
    legacy = server.handle(
        "POST",
        headers(mcp_protocol_version="2025-11-25"),
        json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/list"}).encode(),
    )
    assert "ttlMs" not in json.loads(legacy.body)["result"]  # the 2025 wire has no cache hints


def test_api_gateway_adapter(endpoint: Any) -> None:
    event = {
        "httpMethod": "POST",
        "path": "/mcp",
        "multiValueHeaders": {k: [v] for k, v in headers(mcp_method="tools/call", mcp_name="get_project")},
        "body": body("tools/call", {"name": "get_project", "arguments": {"slug": "shoal"}}).decode(),
        "isBase64Encoded": False,
        "requestContext": {"requestId": "req-1"},
    }
    for _ in range(2):  # the second warm invocation works too
        answer = endpoint.handler(event, None)
        assert answer["statusCode"] == 200
        assert json.loads(answer["body"])["result"]["structuredContent"]["project"]["slug"] == "shoal"
        assert answer["headers"]["x-correlation-id"] == "req-1"


def test_every_function_answers_twice_and_refuses_foreign_envelopes(local_stack: None) -> None:
    invoker = LocalInvoker()
    caller = Caller(correlation_id="c1", protocol_version="2026-07-28")
    arguments = {
        "search_portfolio": {"query": "rust"},
        "get_project": {"slug": "shoal"},
        "match_role": {"job": "Rust"},
    }
    for name in TOOL_NAMES:
        for _ in range(2):
            answer = invoker.invoke(name, tool_envelope(name, arguments.get(name, {}), caller))
            assert (answer["ok"] is True and "content" in answer["result"]) or "inputRequests" in answer[
                "result"
            ]
        other = invoker.invoke(
            name, tool_envelope("get_profile" if name != "get_profile" else "get_project", {}, caller)
        )
        assert other["ok"] is False and other["error"]["code"] == -32602
    for function, uri in (
        ("resources_profile", "portfolio://faq"),
        ("resources_projects", "portfolio://projects/shoal"),
        ("resources_posts", "portfolio://posts/batching-fsync"),
    ):
        for _ in range(2):
            assert invoker.invoke(function, resource_envelope(uri, caller))["ok"] is True
        assert invoker.invoke(function, resource_envelope("portfolio://elsewhere", caller))["ok"] is False
    with pytest.raises(InvocationFailed):
        invoker.invoke("no_such_function", {})


class FakeLambda:
    def __init__(self, outcome: Any) -> None:
        self.outcome = outcome

    def invoke(self, **kwargs: Any) -> Any:
        if isinstance(self.outcome, Exception):
            raise self.outcome
        return self.outcome


class Payload:
    def __init__(self, data: Any) -> None:
        self.data = json.dumps(data).encode()

    def read(self) -> bytes:
        return self.data


def test_lambda_invoker_maps_failures_to_useful_messages() -> None:
    from botocore.exceptions import ClientError, ReadTimeoutError

    names = {"search_portfolio": "stack-SearchPortfolio-abc"}
    throttled = ClientError(
        {"Error": {"Code": "TooManyRequestsException", "Message": "Rate exceeded"}}, "Invoke"
    )
    cases = [
        (throttled, "throttled"),
        (ReadTimeoutError(endpoint_url="https://lambda"), "did not answer in time"),
        (
            {
                "FunctionError": "Unhandled",
                "Payload": Payload({"errorMessage": "Task timed out after 10.0 seconds"}),
            },
            "timed out",
        ),
        ({"FunctionError": "Unhandled", "Payload": Payload({"errorType": "MemoryError"})}, "MemoryError"),
    ]
    for outcome, words in cases:
        with pytest.raises(InvocationFailed, match=words):
            LambdaInvoker(names, client=FakeLambda(outcome)).invoke("search_portfolio", {})
    with pytest.raises(InvocationFailed, match="FN_GET_PROFILE"):
        LambdaInvoker(names, client=FakeLambda({})).invoke("get_profile", {})
    ok = LambdaInvoker(names, client=FakeLambda({"Payload": Payload({"ok": True, "result": {}})}))
    assert ok.invoke("search_portfolio", {}) == {"ok": True, "result": {}}


def test_a_failing_function_is_a_tool_error_not_a_500(server: Any) -> None:
    class Broken:
        def invoke(self, function: str, envelope: dict[str, Any]) -> dict[str, Any]:
            raise InvocationFailed(f"{function} is busy (throttled); try again in a moment")

    server.invoker = Broken()
    response = server.handle(
        "POST",
        headers(mcp_method="tools/call", mcp_name="get_profile"),
        body("tools/call", {"name": "get_profile"}),
    )
    result = json.loads(response.body)["result"]
    assert (
        response.status == 200 and result["isError"] is True and "throttled" in result["content"][0]["text"]
    )
