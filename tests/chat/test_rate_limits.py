"""Chat rate limits on both entry points: per client IP and per conversation, 429 with
``Retry-After`` and one SSE ``error`` event, the conversation untouched; 503 when the limiter
cannot be reached (chat fails closed). The suite's limits are generous; these are tight."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from heyfolio.chat import history
from heyfolio.chat.admission import wait_text
from heyfolio.chat.asgi import create_app
from heyfolio.chat.engine import Chat
from heyfolio.chat.sse import parse
from heyfolio.config import get_settings
from heyfolio.limits import backend
from heyfolio.limits.ratelimit import MemorySlidingWindow
from heyfolio.stack.local_invoke import invoke_local
from tests.chat.conftest import one, post
from tests.support.live_server import free_port

ROOT = Path(__file__).resolve().parents[2]
REFUSAL = re.compile(r"^You've asked a lot of questions in a short time — try again in (\d+) s\.$")


def _limits(monkeypatch: pytest.MonkeyPatch, **env: str) -> Iterator[None]:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    backend.reset()
    yield
    backend.reset()
    get_settings.cache_clear()


FROZEN_MS = 1_800_000_030_000
"""Half a minute into a minute window: the in-memory windows read this clock, so a test's requests
never straddle a window boundary (where the sliding window's weighting lets a third one through)."""


@pytest.fixture
def two_a_minute(chat_stack: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(
        backend, "MemorySlidingWindow", partial(MemorySlidingWindow, clock_ms=lambda: FROZEN_MS)
    )
    yield from _limits(monkeypatch, HEYFOLIO_LIMITS_BACKEND="memory", HEYFOLIO_CHAT_LIMITS="2/m,40/h,120/d")


@pytest.fixture
def unreachable(chat_stack: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Upstash configured at a loopback port nobody listens on."""
    yield from _limits(
        monkeypatch,
        HEYFOLIO_LIMITS_BACKEND="upstash",
        UPSTASH_REDIS_REST_URL=f"http://127.0.0.1:{free_port()}",
        UPSTASH_REDIS_REST_TOKEN="token",
    )


def _stored(session_id: str) -> list[tuple[str, str]]:
    thread = history.open_thread(session_id, window=50)
    assert thread.resumed
    return [(m.role, m.content) for m in thread.messages]


def _assert_rate_limited(status: int, headers: Any, body: bytes | str) -> int:
    """The refusal's shape; returns the advertised wait in seconds."""
    assert status == 429
    assert headers["content-type"].startswith("text/event-stream")
    retry = int(headers["retry-after"])
    assert 1 <= retry <= 60, "the minute window refused"
    events = parse(body)
    assert [e.name for e in events] == ["error"], "one event, and no session: no turn started"
    data = events[0].data
    assert (data["code"], data["status"], data["retryable"], data["retry_after"]) == (
        "rate_limited",
        429,
        True,
        retry,
    )
    match = REFUSAL.match(data["message"])
    assert match and int(match[1]) == retry, data["message"]
    return retry


def test_third_message_in_a_minute_is_refused_and_leaves_the_conversation_alone(two_a_minute: None) -> None:
    with TestClient(create_app(Chat())) as client:
        status, events = post(client, "Where is Mira based?")
        session = one(events, "session")["session_id"]
        assert status == 200 and post(client, "What has she built?", session)[0] == 200
        before = _stored(session)
        assert [role for role, _ in before] == ["user", "assistant", "user", "assistant"]

        response = client.post(
            "/api/chat",
            json={"message": "And in Rust?", "session_id": session},
            headers={"x-forwarded-for": "1.2.3.4"},
        )
        _assert_rate_limited(response.status_code, response.headers, response.content)
        assert response.headers["ratelimit-limit"] == "2" and response.headers["ratelimit-remaining"] == "0"
        assert _stored(session) == before, "the refused question was not stored"
        assert client.post("/api/chat", content=b"not json").status_code == 400, (
            "bad requests are answered first"
        )
        assert client.get("/healthz").status_code == 200


def test_a_conversation_is_limited_from_any_address_and_an_address_in_any_conversation(
    two_a_minute: None,
) -> None:
    app = create_app(Chat())
    with (
        TestClient(app, client=("198.51.100.1", 40000)) as first,
        TestClient(app, client=("198.51.100.2", 40000)) as second,
        TestClient(app, client=("198.51.100.3", 40000)) as third,
    ):
        _, events = post(first, "Where is Mira based?")
        session = one(events, "session")["session_id"]  # a new conversation counts only per address
        assert post(first, "Her projects?", session)[0] == 200
        assert post(second, "What has she built?", session)[0] == 200
        refused = third.post("/api/chat", json={"message": "Rust?", "session_id": session})
        _assert_rate_limited(refused.status_code, refused.headers, refused.content)
        assert "per session" not in refused.text, "the visitor reads a sentence, not the rule"
        # The third address had used one of its two; a new conversation from it passes once more.
        assert post(third, "Hello")[0] == 200
        refused = third.post("/api/chat", json={"message": "Hello again", "session_id": None})
        assert refused.status_code == 429, "per address, whatever the conversation"
        assert post(second, "Hello")[0] == 200, "other visitors are not affected"


def test_unreachable_limiter_refuses_the_turn_with_503(unreachable: None) -> None:
    with TestClient(create_app(Chat())) as client:
        response = client.post("/api/chat", json={"message": "Where is Mira based?", "session_id": None})
    assert response.status_code == 503 and response.headers["retry-after"] == "30"
    [event] = parse(response.content)
    assert event.name == "error" and event.data["code"] == "unavailable" and event.data["status"] == 503
    assert event.data["message"].endswith("Please try again in 30 s.")
    from heyfolio.storage import clock, keys, usage

    assert usage.records_for_day(keys.day_of(clock.now())) == [], "no turn ran"


def _event(body: dict[str, Any], ip: str) -> dict[str, Any]:
    event = json.loads((ROOT / "events" / "chat.json").read_text())
    event["body"] = json.dumps(body)
    event["isBase64Encoded"] = False
    event["requestContext"]["identity"]["sourceIp"] = ip
    return event


def test_the_buffered_handler_applies_the_same_limits(two_a_minute: None) -> None:
    first = invoke_local(
        "chat", _event({"message": "Where is Mira based?", "session_id": None}, "203.0.113.10")
    )
    assert first["statusCode"] == 200
    session = one(parse(first["body"]), "session")["session_id"]
    for ip in ("203.0.113.10", "203.0.113.11"):
        again = invoke_local("chat", _event({"message": "Her projects?", "session_id": session}, ip))
        assert again["statusCode"] == 200
    before = _stored(session)
    refused = invoke_local("chat", _event({"message": "Rust?", "session_id": session}, "203.0.113.12"))
    headers = {k.lower(): v for k, v in refused["headers"].items()}
    _assert_rate_limited(refused["statusCode"], headers, refused["body"])
    assert _stored(session) == before
    ok = invoke_local("chat", _event({"message": "Hello", "session_id": None}, "203.0.113.12"))
    assert ok["statusCode"] == 200, "that address still had room in a new conversation"
    for _ in range(2):
        invoke_local("chat", _event({"message": "Hi", "session_id": None}, "203.0.113.13"))
    assert (
        invoke_local("chat", _event({"message": "Hi", "session_id": None}, "203.0.113.13"))["statusCode"]
        == 429
    )


def test_the_buffered_handler_fails_closed(unreachable: None) -> None:
    refused = invoke_local(
        "chat", _event({"message": "Where is Mira based?", "session_id": None}, "203.0.113.20")
    )
    assert refused["statusCode"] == 503
    [event] = parse(refused["body"])
    assert event.data["code"] == "unavailable" and event.data["retry_after"] == 30


def test_waits_read_as_people_say_them() -> None:
    assert [wait_text(s) for s in (1, 40, 90, 91, 3599, 5400, 5401, 50_000)] == [
        "1 s",
        "40 s",
        "90 s",
        "2 min",
        "60 min",
        "90 min",
        "2 h",
        "14 h",
    ]
