"""Chat fixtures: the local stack (moto), a chat app over it, and helpers to read its events."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from heyfolio.chat.sse import ChatEvent, parse


@pytest.fixture
def chat_stack(local_stack: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """moto tables + a fresh data folder; caches of memory objects dropped around the test.

    The tools path (no passages in the cached prefix): the example portfolio fits the default
    prefix budget, and these tests pin what the tools path does; the prefix path has its own
    (``prefix_stack``, tests/chat/test_prompt_prefix.py).
    """
    from heyfolio.chat import prompt
    from heyfolio.memory.store import reset

    monkeypatch.setenv("HEYFOLIO_PREFIX_TOKENS", "0")
    prompt._built.clear()
    reset()
    yield
    reset()
    prompt._built.clear()


@pytest.fixture
def prefix_stack(local_stack: None) -> Iterator[None]:
    """Like ``chat_stack``, with the default prefix budget (the whole portfolio in the prefix)."""
    from heyfolio.chat import prompt
    from heyfolio.memory.store import reset

    prompt._built.clear()
    reset()
    yield
    reset()
    prompt._built.clear()


def post(
    client: Any, message: Any, session_id: str | None = None, **extra: Any
) -> tuple[int, list[ChatEvent]]:
    body = json.dumps({"message": message, "session_id": session_id, **extra})
    response = client.post("/api/chat", content=body, headers={"content-type": "application/json"})
    assert response.headers["content-type"].startswith("text/event-stream")
    return response.status_code, parse(response.content)


def text_of(events: list[ChatEvent]) -> str:
    return "".join(e.data["text"] for e in events if e.name == "token")


def names(events: list[ChatEvent]) -> list[str]:
    """Event names with runs collapsed: ['session', 'token', 'citation', 'done']."""
    out: list[str] = []
    for e in events:
        if not (out and out[-1] == e.name):
            out.append(e.name)
    return out


def one(events: list[ChatEvent], name: str) -> dict[str, Any]:
    found = [e.data for e in events if e.name == name]
    assert len(found) == 1, f"expected one {name} event, got {len(found)}: {[e.name for e in events]}"
    return dict(found[0])
