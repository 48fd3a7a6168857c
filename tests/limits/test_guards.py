"""Request guards: body size per route, JSON depth with a path, JSON-RPC batches, both adapters."""

from __future__ import annotations

import asyncio
import base64
import json
from typing import Any

import httpx
import pytest

from heyfolio.config import Settings
from heyfolio.guards.apigw import guard_event, rejection_response
from heyfolio.guards.asgi import BodyGuard
from heyfolio.guards.jsonbody import check_depth, parse_json
from heyfolio.guards.jsonrpc import single_request
from heyfolio.guards.rejection import PARSE_ERROR, Rejection
from heyfolio.guards.sizes import DEFAULT_BODY_LIMITS, limit_for, parse_body_limits
from tests.support.live_server import serve

SETTINGS = Settings.from_env(
    {"HEYFOLIO_BODY_LIMITS": "/api/chat=100,/mcp=200,*=50", "HEYFOLIO_JSON_MAX_DEPTH": "4"}
)


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


# -- sizes -------------------------------------------------------------------------------


def test_longest_prefix_on_segment_boundaries() -> None:
    table = parse_body_limits("/api=10,/api/chat=20,*=5")
    assert limit_for("/api/chat", table) == 20 and limit_for("/api/chat/stream", table) == 20
    assert limit_for("/api/chatty", table) == 10, "a prefix matches whole segments only"
    assert limit_for("/mcp", table) == DEFAULT_BODY_LIMITS["/mcp"] and limit_for("/other", table) == 5


# -- JSON depth and parsing -----------------------------------------------------------------


def test_depth_limit_is_exact_and_names_the_path() -> None:
    check_depth(nested(4), 4)
    with pytest.raises(Rejection) as caught:
        check_depth(nested(5), 4)
    assert caught.value.status == 400 and caught.value.path == "$[0][0][0][0]"
    doc = json.dumps({"params": {"arguments": {"list": [1, {"deep": {"x": [[1]]}}]}}})
    with pytest.raises(Rejection) as caught:
        parse_json(doc, max_depth=5)
    assert (
        caught.value.path == "$.params.arguments.list[1].deep" and "at most 5 levels" in caught.value.message
    )
    odd = json.dumps({"a b": {"c": [{"d": 1}]}})
    with pytest.raises(Rejection) as caught:
        parse_json(odd, max_depth=3)
    assert caught.value.path == '$["a b"].c[0]'


def test_brackets_inside_strings_do_not_count() -> None:
    text = json.dumps({"s": '[[[[[[[[{{{{{{\\"[[[[', "t": ["]]]]"]})
    assert parse_json(text, max_depth=2)["t"] == ["]]]]"]


def test_very_deep_documents_are_refused_without_recursion() -> None:
    with pytest.raises(Rejection, match="nested more than 32"):
        parse_json(nested(100_000))


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b"", "empty_body"),
        (b"   ", "empty_body"),
        (None, "empty_body"),
        (b"\xff\xfe{}", "invalid_encoding"),
        (b'{"a": }', "invalid_json"),
        (b'{"a": NaN}', "invalid_json"),
        (b"[Infinity]", "invalid_json"),
        (b"1" * 5000, "invalid_json"),
    ],
)
def test_bad_bodies_are_refused_clearly(body: Any, code: str) -> None:
    with pytest.raises(Rejection) as caught:
        parse_json(body)
    assert (
        caught.value.code == code and caught.value.status == 400 and caught.value.jsonrpc_code == PARSE_ERROR
    )


def test_invalid_json_message_has_line_and_column() -> None:
    with pytest.raises(Rejection, match="line 2 column 6"):
        parse_json('{"a": 1,\n "b" 2}')


def test_batches_and_non_objects_are_refused_as_jsonrpc_errors() -> None:
    with pytest.raises(Rejection) as caught:
        single_request([{"jsonrpc": "2.0", "id": 1, "method": "ping"}] * 3)
    body = caught.value.jsonrpc_body()
    assert body["id"] is None and body["error"]["code"] == -32600 and "array of 3" in body["error"]["message"]
    with pytest.raises(Rejection, match="JSON object"):
        single_request("ping")
    assert single_request({"method": "ping"}) == {"method": "ping"}


# -- API Gateway adapter ----------------------------------------------------------------------


def event(path: str, body: str | None, *, b64: bool = False) -> dict[str, Any]:
    return {"path": path, "httpMethod": "POST", "body": body, "isBase64Encoded": b64}


def test_apigw_size_caps_per_route() -> None:
    assert guard_event(event("/api/chat", "x" * 100), settings=SETTINGS) == b"x" * 100
    with pytest.raises(Rejection) as caught:
        guard_event(event("/api/chat", "x" * 101), settings=SETTINGS)
    assert caught.value.status == 413 and "/api/chat accepts at most 100" in caught.value.message
    with pytest.raises(Rejection):
        guard_event(event("/api/projects", "x" * 51), settings=SETTINGS)
    with pytest.raises(Rejection, match="at most 100"):
        guard_event(event("/api/chat", "é" * 60), settings=SETTINGS)  # 120 bytes in UTF-8
    assert guard_event(event("/api/chat", None), settings=SETTINGS) == b""


def test_apigw_base64_bodies() -> None:
    ok = base64.b64encode(b'{"a": 1}').decode()
    assert guard_event(event("/api/chat", ok, b64=True), json_body=True, settings=SETTINGS) == {"a": 1}
    big = base64.b64encode(b"x" * 10_000).decode()
    with pytest.raises(Rejection) as caught:
        guard_event(event("/api/chat", big, b64=True), settings=SETTINGS)
    assert caught.value.status == 413
    with pytest.raises(Rejection, match="base64"):
        guard_event(event("/api/chat", "not base64!", b64=True), settings=SETTINGS)


def test_apigw_jsonrpc_and_rendering() -> None:
    batch = json.dumps([{"jsonrpc": "2.0", "id": 1, "method": "ping"}])
    with pytest.raises(Rejection) as caught:
        guard_event(event("/mcp", batch), jsonrpc=True, settings=SETTINGS)
    response = rejection_response(caught.value, jsonrpc=True)
    assert response["statusCode"] == 400 and json.loads(response["body"])["error"]["code"] == -32600
    with pytest.raises(Rejection) as caught:
        guard_event(event("/mcp", json.dumps({"a": [[[[1]]]]})), jsonrpc=True, settings=SETTINGS)
    rest = rejection_response(caught.value)
    assert json.loads(rest["body"]) == {
        "error": "json_too_deep",
        "message": caught.value.message,
        "path": "$.a[0][0][0]",
    }
    one = guard_event(
        event("/mcp", '{"jsonrpc": "2.0", "id": 1, "method": "ping"}'), jsonrpc=True, settings=SETTINGS
    )
    assert one["method"] == "ping"


# -- ASGI middleware --------------------------------------------------------------------------


class Echo:
    """Records what reached the app."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                await send({"type": message["type"] + ".complete"})
                if message["type"] == "lifespan.shutdown":
                    return
        body = b""
        if scope["type"] == "http":
            while True:
                message = await receive()
                body += message.get("body", b"")
                if not message.get("more_body"):
                    break
        self.bodies.append(body)
        await send(
            {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]}
        )
        await send({"type": "http.response.body", "body": b"ok:" + body})


def run_asgi(
    app: Any, path: str, chunks: list[bytes], headers: list[tuple[bytes, bytes]] | None = None
) -> tuple[int, bytes]:
    messages = [
        {"type": "http.request", "body": c, "more_body": i < len(chunks) - 1} for i, c in enumerate(chunks)
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": path, "headers": headers or [], "root_path": ""}
    asyncio.run(app(scope, receive, send))
    return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])


def guard(echo: Echo) -> BodyGuard:
    return BodyGuard(echo, body_limits=SETTINGS.body_limits, max_depth=4)


def test_asgi_streams_are_counted_not_trusted() -> None:
    echo = Echo()
    status, body = run_asgi(guard(echo), "/api/chat", [b"x" * 60, b"y" * 41])
    assert status == 413 and echo.bodies == [] and json.loads(body)["error"] == "payload_too_large"
    status, body = run_asgi(guard(echo), "/api/chat", [b"x" * 60, b"y" * 40])
    assert status == 200 and echo.bodies == [b"x" * 60 + b"y" * 40], "the body reaches the app unchanged"


def test_asgi_declared_length_refused_before_reading() -> None:
    echo = Echo()
    status, _ = run_asgi(guard(echo), "/mcp", [b"{}"], headers=[(b"content-length", b"1000000")])
    assert status == 413 and echo.bodies == []
    status, _ = run_asgi(guard(echo), "/mcp", [b"{}"], headers=[(b"content-length", b"lots")])
    assert status == 400 and echo.bodies == []


def test_asgi_jsonrpc_batch_and_depth() -> None:
    echo = Echo()
    status, body = run_asgi(guard(echo), "/mcp", [b'[{"jsonrpc":"2.0","id":1,"method":"ping"}]'])
    assert status == 400 and json.loads(body)["error"]["code"] == -32600 and echo.bodies == []
    status, body = run_asgi(
        guard(echo), "/api/chat", [nested(5).encode()], headers=[(b"content-type", b"application/json")]
    )
    assert status == 400 and json.loads(body)["error"] == "json_too_deep"
    status, body = run_asgi(
        guard(echo), "/api/chat", [nested(5).encode()], headers=[(b"content-type", b"text/plain")]
    )
    # Handlers may parse a body whatever its Content-Type: depth is refused on every body...
    assert status == 400 and json.loads(body)["error"] == "json_too_deep" and echo.bodies == []
    status, _ = run_asgi(
        guard(echo), "/api/chat", [b"[1, NaN, not json"], headers=[(b"content-type", b"text/plain")]
    )
    assert status == 200, "...but only bodies declared as JSON are parsed"


def test_asgi_over_real_http() -> None:
    echo = Echo()
    with serve(guard(echo)) as url:
        assert httpx.post(url + "/api/chat", content=b"hello").text == "ok:hello"
        too_big = httpx.post(url + "/api/chat", content=b"x" * 500)
        assert too_big.status_code == 413 and too_big.json()["error"] == "payload_too_large"
        assert httpx.get(url + "/anything").status_code == 200, "GETs pass untouched"
        batch = httpx.post(url + "/mcp", json=[{"jsonrpc": "2.0", "id": 1, "method": "ping"}])
        assert batch.status_code == 400 and batch.json()["error"]["code"] == -32600
