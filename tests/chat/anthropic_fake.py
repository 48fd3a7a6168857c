"""A stand-in for the Anthropic Messages API at the HTTP boundary (``httpx2.MockTransport``).

Responses are real SSE byte streams in the API's shape (``message_start``,
``content_block_start/delta/stop`` with ``text_delta`` / ``input_json_delta``, ``ping``,
``message_delta`` with usage, ``message_stop``), so the SDK's own parser, accumulator and
error handling run unchanged. Every request body is kept for assertions.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx2

from heyfolio.chat.request import Limits

Reply = bytes | httpx2.Response | Exception | Callable[[httpx2.Request], httpx2.Response]


def _event(name: str, data: dict[str, Any]) -> bytes:
    return f"event: {name}\ndata: {json.dumps(data)}\n\n".encode()


def _start(model: str, input_tokens: int, cache_read: int, cache_write: int) -> bytes:
    return _event(
        "message_start",
        {
            "type": "message_start",
            "message": {
                "id": "msg_01TEST",
                "type": "message",
                "role": "assistant",
                "model": model,
                "content": [],
                "stop_reason": None,
                "stop_sequence": None,
                "usage": {
                    "input_tokens": input_tokens,
                    "output_tokens": 1,
                    "cache_creation_input_tokens": cache_write,
                    "cache_read_input_tokens": cache_read,
                },
            },
        },
    )


def _text_block(index: int, pieces: list[str]) -> bytes:
    out = _event(
        "content_block_start",
        {"type": "content_block_start", "index": index, "content_block": {"type": "text", "text": ""}},
    )
    out += _event("ping", {"type": "ping"})
    for piece in pieces:
        out += _event(
            "content_block_delta",
            {"type": "content_block_delta", "index": index, "delta": {"type": "text_delta", "text": piece}},
        )
    return out + _event("content_block_stop", {"type": "content_block_stop", "index": index})


def _end(stop_reason: str, output_tokens: int) -> bytes:
    return _event(
        "message_delta",
        {
            "type": "message_delta",
            "delta": {"stop_reason": stop_reason, "stop_sequence": None},
            "usage": {"output_tokens": output_tokens},
        },
    ) + _event("message_stop", {"type": "message_stop"})


def text_stream(
    pieces: list[str],
    *,
    model: str = "claude-haiku-4-5",
    input_tokens: int = 40,
    output_tokens: int = 25,
    cache_read: int = 1800,
    cache_write: int = 0,
) -> bytes:
    """A plain text answer, streamed in ``pieces``."""
    return (
        _start(model, input_tokens, cache_read, cache_write)
        + _text_block(0, pieces)
        + _end("end_turn", output_tokens)
    )


def tool_stream(
    calls: list[tuple[str, dict[str, Any]]],
    *,
    preface: list[str] | None = None,
    model: str = "claude-haiku-4-5",
    input_tokens: int = 50,
    output_tokens: int = 30,
    cache_read: int = 1800,
    cache_write: int = 0,
) -> bytes:
    """Optional text, then one ``tool_use`` block per call, arguments streamed as partial JSON."""
    out = _start(model, input_tokens, cache_read, cache_write)
    index = 0
    if preface:
        out += _text_block(0, preface)
        index = 1
    for i, (name, arguments) in enumerate(calls):
        block = {"type": "tool_use", "id": f"toolu_{index}{i:02d}", "name": name, "input": {}}
        out += _event(
            "content_block_start", {"type": "content_block_start", "index": index, "content_block": block}
        )
        raw = json.dumps(arguments)
        for start in range(0, len(raw), 7):
            out += _event(
                "content_block_delta",
                {
                    "type": "content_block_delta",
                    "index": index,
                    "delta": {"type": "input_json_delta", "partial_json": raw[start : start + 7]},
                },
            )
        out += _event("content_block_stop", {"type": "content_block_stop", "index": index})
        index += 1
    return out + _end("tool_use", output_tokens)


def midstream_error(
    pieces: list[str], kind: str = "overloaded_error", *, cache_read: int = 0, cache_write: int = 0
) -> bytes:
    """Some text, then an ``error`` event inside the 200 stream (how the API reports late failures)."""
    return (
        _start("claude-haiku-4-5", 40, cache_read, cache_write)
        + _event(
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        )
        + b"".join(
            _event(
                "content_block_delta",
                {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": p}},
            )
            for p in pieces
        )
        + _event("error", {"type": "error", "error": {"type": kind, "message": "Overloaded"}})
    )


def overloaded() -> httpx2.Response:
    return httpx2.Response(
        529,
        json={"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}},
        headers={"request-id": "req_test"},
    )


class FakeAnthropic:
    """Answers each ``POST /v1/messages`` with the next queued reply; keeps every request body."""

    def __init__(self, *replies: Reply) -> None:
        self.replies: list[Reply] = list(replies)
        self.requests: list[dict[str, Any]] = []
        self.transport = httpx2.MockTransport(self._handle)

    def queue(self, *replies: Reply) -> None:
        self.replies.extend(replies)

    def _handle(self, request: httpx2.Request) -> httpx2.Response:
        assert request.url.path == "/v1/messages", request.url
        key = request.headers.get("x-api-key") or request.headers.get("authorization", "").removeprefix(
            "Bearer "
        )
        assert key == "sk-ant-test", "the configured key is sent"
        self.requests.append(json.loads(request.content))
        if not self.replies:
            raise AssertionError("the fake Anthropic API got an unexpected request")
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx2.Response):
            return reply
        if callable(reply):
            return reply(request)
        return httpx2.Response(
            200, content=reply, headers={"content-type": "text/event-stream", "request-id": "req_test"}
        )

    def client(self, *, max_retries: int = 0) -> Any:
        from heyfolio.llm.anthropic_client import AnthropicModelClient

        return AnthropicModelClient(
            "sk-ant-test", http_client=httpx2.Client(transport=self.transport), max_retries=max_retries
        )


class Meter:
    """What the fake model bills, call by call, like the real API: a call is paid for from the
    moment it starts however it ends. Input (plain and cached) comes from its ``message_start``;
    output is the ``message_delta`` figure if the stream got that far, else one token per delta
    the model produced before the connection closed (at least the one ``message_start`` counts).

    ``reply(body)`` streams ``body`` one event per chunk, so the model "produces" an event only
    when the client reads it, and ``fail_after`` raises a network error after that many events.
    """

    def __init__(self) -> None:
        self.calls: list[dict[str, int]] = []

    def reply(
        self, body: bytes, *, fail_after: int | None = None
    ) -> Callable[[httpx2.Request], httpx2.Response]:
        events = [block + b"\n\n" for block in body.split(b"\n\n") if block.strip()]

        def produce(call: dict[str, int]) -> Any:
            for n, raw in enumerate(events):
                if fail_after is not None and n >= fail_after:
                    raise httpx2.ReadError("connection reset by the fake model")
                data = json.loads(raw.split(b"data: ", 1)[1])
                kind = data.get("type")
                if kind == "message_start":
                    usage = data["message"]["usage"]
                    call["input"] = usage["input_tokens"]
                    call["cache_read"] = usage.get("cache_read_input_tokens") or 0
                    call["cache_write"] = usage.get("cache_creation_input_tokens") or 0
                    call["output"] = max(call["output"], usage["output_tokens"])
                elif kind == "content_block_delta":
                    call["deltas"] += 1
                    call["output"] = max(call["output"], call["deltas"])
                elif kind == "message_delta":
                    call["output"] = data["usage"]["output_tokens"]
                yield raw

        def respond(request: httpx2.Request) -> httpx2.Response:
            call = {"input": 0, "cache_read": 0, "cache_write": 0, "output": 0, "deltas": 0}
            self.calls.append(call)
            return httpx2.Response(
                200,
                content=produce(call),
                headers={"content-type": "text/event-stream", "request-id": "req_m"},
            )

        return respond

    def cost_usd(self, model: str = "claude-haiku-4-5") -> float:
        """Every call's bill together, at ``model``'s list price."""
        from heyfolio.llm.pricing import cost_usd

        return cost_usd(
            model,
            input_tokens=sum(c["input"] for c in self.calls),
            output_tokens=sum(c["output"] for c in self.calls),
            cache_write_tokens=sum(c["cache_write"] for c in self.calls),
            cache_read_tokens=sum(c["cache_read"] for c in self.calls),
        )


def untimed(**caps: Any) -> Limits:
    """Chat limits whose 25 s turn clock never moves: a test about money, leaks or wording must not be
    cut short because the machine is loaded. ``test_online_chat`` drives the clock where time is the point."""
    return Limits(clock=lambda: 0.0, **caps)
