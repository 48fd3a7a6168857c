"""Server-sent events: the chat's event names, its frames (written by :mod:`heyfolio.event_stream`,
the one SSE writer the MCP subscription streams use too) and their parser.

Each event is ``event: <name>`` + ``data: <one line of JSON>`` + a blank line. JSON never
contains a raw newline (``json.dumps`` escapes them), so one ``data:`` line always suffices.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

from heyfolio import event_stream

SESSION: Final = "session"
TOKEN: Final = "token"
TOOL: Final = "tool"
CITATION: Final = "citation"
DONE: Final = "done"
ERROR: Final = "error"
FORM: Final = "form"
"""The chat offers a form the page renders (``{"form": "contact", ...}``: the contact form)."""
EVENT_NAMES: tuple[str, ...] = (SESSION, TOKEN, TOOL, CITATION, FORM, DONE, ERROR)

CONTENT_TYPE = "text/event-stream; charset=utf-8"
HEADERS: dict[str, str] = {
    "content-type": CONTENT_TYPE,
    "cache-control": "no-cache, no-transform",
    "x-accel-buffering": "no",  # proxies must not buffer a stream
}


@dataclass(frozen=True)
class ChatEvent:
    """One event of the stream: its name and its JSON data."""

    name: str
    data: Mapping[str, Any]

    def encode(self) -> bytes:
        return event_stream.frame(self.name, dict(self.data))


def encode_all(events: Iterable[ChatEvent]) -> bytes:
    """A whole stream as one body (the buffered path)."""
    return b"".join(e.encode() for e in events)


def parse(body: str | bytes) -> list[ChatEvent]:
    """Decode an SSE body into events (for tests, the benchmark and tools); comments are skipped."""
    text = body.decode() if isinstance(body, bytes) else body
    return list(_parse(text))


def _parse(text: str) -> Iterator[ChatEvent]:
    for block in text.replace("\r\n", "\n").split("\n\n"):
        name, data = "message", []
        for line in block.split("\n"):
            if line.startswith(":") or not line:
                continue
            field, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if field == "event":
                name = value
            elif field == "data":
                data.append(value)
        if data:
            yield ChatEvent(name, json.loads("\n".join(data)))
