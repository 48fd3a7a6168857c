"""The one-call protection routes use: guards, then the surface's rate limit (in-process store)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from heyfolio.config import get_settings
from heyfolio.limits.protect import ProtectedApp, protect_event, protected_handler
from tests.support.live_server import serve


@pytest.fixture
def limits(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("HEYFOLIO_LIMITS_BACKEND", "memory")
    monkeypatch.setenv("HEYFOLIO_CHAT_LIMITS", "2/m")
    monkeypatch.setenv("HEYFOLIO_MCP_LIMITS", "3/m")
    monkeypatch.setenv("HEYFOLIO_MCP_IP_LIMITS", "3/m")
    monkeypatch.setenv("HEYFOLIO_BODY_LIMITS", "/mcp=200,*=100")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def event(path: str, body: str | None = None, ip: str = "203.0.113.5") -> dict[str, Any]:
    return {
        "path": path,
        "httpMethod": "POST",
        "body": body,
        "requestContext": {"identity": {"sourceIp": ip}},
    }


def test_events_limited_per_ip_and_guarded(limits: None) -> None:
    ok = '{"jsonrpc": "2.0", "id": 1, "method": "ping"}'
    assert [protect_event(event("/mcp", ok), surface="mcp", jsonrpc=True) for _ in range(3)] == [None] * 3
    refused = protect_event(event("/mcp", ok), surface="mcp", jsonrpc=True)
    assert (
        refused is not None and refused["statusCode"] == 429 and int(refused["headers"]["Retry-After"]) >= 1
    )
    assert json.loads(refused["body"])["error"]["code"] == -32029
    assert protect_event(event("/mcp", ok, ip="198.51.100.1"), surface="mcp", jsonrpc=True) is None
    too_big = protect_event(event("/mcp", "x" * 300, ip="192.0.2.1"), surface="mcp", jsonrpc=True)
    assert too_big is not None and too_big["statusCode"] == 413
    batch = protect_event(event("/mcp", f"[{ok}]", ip="192.0.2.1"), surface="mcp", jsonrpc=True)
    assert batch is not None and batch["statusCode"] == 400
    for _ in range(5):
        assert protect_event(event("/healthz", ip="192.0.2.9"), surface="mcp") is None


def test_wrapped_handler_counts_sessions(limits: None) -> None:
    calls: list[str] = []
    handler = protected_handler(
        lambda e, c: calls.append(e["path"]) or {"statusCode": 200},
        surface="chat",
        session_of=lambda e: e.get("session"),
    )
    for i in range(2):
        assert (
            handler({**event("/api/chat", "{}", ip=f"192.0.2.{i}"), "session": "s1"}, None)["statusCode"]
            == 200
        )
    refused = handler({**event("/api/chat", "{}", ip="192.0.2.50"), "session": "s1"}, None)
    assert refused["statusCode"] == 429 and "per session" in json.loads(refused["body"])["message"]
    assert len(calls) == 2


def test_chat_without_a_limiter_store_refuses_with_503(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEYFOLIO_ENV", "aws")
    for name in ("UPSTASH_REDIS_REST_URL", "HEYFOLIO_UPSTASH_SECRET", "HEYFOLIO_LIMITS_BACKEND"):
        monkeypatch.delenv(name, raising=False)
    get_settings.cache_clear()
    try:
        refused = protect_event(event("/api/chat", "{}"), surface="chat", json_body=True)
        assert refused is not None and refused["statusCode"] == 503
        assert "cannot be reached" in json.loads(refused["body"])["message"]
        assert protect_event(event("/api/projects"), surface="mcp") is None, "public reads proceed"
    finally:
        get_settings.cache_clear()


async def hello(scope: Any, receive: Any, send: Any) -> None:
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            await send({"type": message["type"] + ".complete"})
            if message["type"] == "lifespan.shutdown":
                return
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"hello"})


def test_asgi_app_over_real_http(limits: None) -> None:
    app = ProtectedApp(hello, surface="chat")
    with serve(app) as url:
        codes = [httpx.post(url + "/api/chat", json={"q": "hi"}).status_code for _ in range(3)]
        assert codes == [200, 200, 429]
        refused = httpx.post(url + "/api/chat", json={"q": "hi"})
        assert refused.headers["retry-after"].isdigit() and refused.json()["error"] == "rate_limited"
        assert (
            httpx.post(url + "/api/chat", content=b"x" * 17_000).status_code == 413
        )  # default /api/chat cap
        assert httpx.get(url + "/healthz").status_code == 200


def test_asgi_jsonrpc_refusal_answers_the_requests_own_id(limits: None) -> None:
    """A rate-limited JSON-RPC request gets an error response with its id (a response id may not be null)."""
    app = ProtectedApp(hello, surface="mcp")
    with serve(app) as url:
        calls = [{"jsonrpc": "2.0", "id": f"req-{n}", "method": "tools/list", "params": {}} for n in range(5)]
        answers = [httpx.post(url + "/mcp", json=call) for call in calls]
        assert [a.status_code for a in answers] == [200, 200, 200, 429, 429]
        refused = answers[3].json()
        assert refused["id"] == "req-3" and refused["error"]["code"] == -32029
        numeric = httpx.post(url + "/mcp", json={"jsonrpc": "2.0", "id": 7, "method": "ping"}).json()
        assert numeric["id"] == 7
