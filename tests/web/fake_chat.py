"""A scripted stand-in for ``POST /api/chat`` speaking the real wire format (server-sent events).

The page is tested against what the chat promises on the wire, with answers chosen per test:
a cited answer that pauses halfway (so a test can see it stream), an answer and citation
carrying HTML, a mid-stream error, and a request the server refuses. ``with_fake_chat`` puts
it in front of the dev server's app, so everything else on the page is real.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

RUST_ANSWER = [
    "Mira built **ledgerline**, ",
    "an append-only log in Rust with group commit. ",
    "It handles 1.2 million appends per second. ",
    # -- the pause gate sits here when the test holds it --
    "At Cobalt Payments she also wrote Rust services for the ledger. ",
    "Ask me about the design if you like!",
]
RUST_CITATIONS = [
    {
        "uri": "portfolio://projects/ledgerline#results",
        "title": "ledgerline — Results",
        "snippet": "1.2 million appends per second on a single NVMe disk",
    },
    {
        "uri": "portfolio://profile#work/1",
        "title": "Cobalt Payments — Senior Software Engineer",
        "snippet": "Payments core: ledger services in Rust and Go",
    },
]
EVIL = '<img src=x onerror="window.__pwned=1">'


@dataclass
class FakeChat:
    """Records every request; ``gate`` (when cleared) holds answers halfway until a test sets it."""

    requests: list[dict[str, Any]] = field(default_factory=list)
    gate: threading.Event = field(default_factory=threading.Event)
    token_delay: float = 0.01

    def __post_init__(self) -> None:
        self.gate.set()

    def script(self, message: str) -> tuple[int, list[tuple[str, dict[str, Any]]]]:
        lowered = message.lower()
        if "oversize" in lowered:  # the real chat refuses bad input with a status and one error event
            return 413, [("error", {"message": "That message is too long: keep it under 2000 characters."})]
        if "refuse" in lowered:
            return 429, [("", {"message": "Too many questions from this address; try again in a minute."})]
        if "inject" in lowered:
            return 200, [
                ("token", {"text": f"Here is some markup: {EVIL} and **bold** text."}),
                ("citation", {"uri": "portfolio://projects/ledgerline", "title": EVIL, "snippet": EVIL}),
                ("done", _done()),
            ]
        if "break" in lowered:
            return 200, [
                ("token", {"text": "I started to answer"}),
                ("error", {"message": "The model is overloaded; please ask again in a moment."}),
            ]
        if "weather" in lowered:
            return 200, [
                ("token", {"text": "The portfolio does not say anything about that. "}),
                ("token", {"text": "Try asking about Mira's projects or experience."}),
                ("done", {**_done(), "offline": True, "model": None}),
            ]
        events: list[tuple[str, dict[str, Any]]] = [
            ("tool", {"name": "search_portfolio", "arguments": {"query": message}})
        ]
        events += [("token", {"text": t}) for t in RUST_ANSWER[:3]]
        events.append(("gate", {}))
        events += [("token", {"text": t}) for t in RUST_ANSWER[3:]]
        events += [("citation", c) for c in RUST_CITATIONS]
        events.append(("done", _done()))
        return 200, events

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        try:
            request = json.loads(body or b"{}")
        except ValueError:
            request = {}
        self.requests.append(request)
        status, events = self.script(str(request.get("message", "")))
        if status != 200:
            name, data = events[0]
            sse = name == "error"
            payload = (
                f"event: error\ndata: {json.dumps(data)}\n\n".encode() if sse else json.dumps(data).encode()
            )
            kind = b"text/event-stream" if sse else b"application/json"
            await send(
                {"type": "http.response.start", "status": status, "headers": [(b"content-type", kind)]}
            )
            await send({"type": "http.response.body", "body": payload})
            return
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache")],
            }
        )
        session = request.get("session_id") or f"sess-{len(self.requests)}"
        await _event(send, "session", {"session_id": session})
        for name, data in events:
            if name == "gate":
                while not self.gate.is_set():
                    await asyncio.sleep(0.02)
                continue
            await asyncio.sleep(self.token_delay)
            await _event(send, name, data)
        await send({"type": "http.response.body", "body": b"", "more_body": False})


def _done() -> dict[str, Any]:
    return {
        "model": "claude-haiku-4-5",
        "input_tokens": 812,
        "output_tokens": 64,
        "cost_usd": 0.00113,
        "latency_ms": 420,
        "offline": False,
    }


async def _event(send: Send, name: str, data: dict[str, Any]) -> None:
    chunk = f"event: {name}\ndata: {json.dumps(data)}\n\n".encode()
    await send({"type": "http.response.body", "body": chunk, "more_body": True})


def with_fake_chat(app: Any, chat: FakeChat) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    """``app`` with ``POST /api/chat`` answered by ``chat``."""

    async def combined(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == "/api/chat" and scope["method"] == "POST":
            await chat(scope, receive, send)
            return
        await app(scope, receive, send)

    return combined
