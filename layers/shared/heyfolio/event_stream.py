"""Server-sent events, written in one place: the chat's stream, the MCP ``subscriptions/listen``
streams and the browser's change feed all frame their events here.

A frame is ``id:`` (optional), ``event: <name>``, one ``data:`` line of compact JSON and a
blank line; a comment (``: text``) keeps a quiet stream alive. JSON never holds a raw newline
(``json.dumps`` escapes it), so one ``data:`` line always suffices. ``line_end`` is ``"\\n"``
for the chat and the change feed, ``"\\r\\n"`` for MCP's streamable HTTP (as the SDK frames it).
"""

from __future__ import annotations

import json
from typing import Any

LineEnd = str


def frame(event: str, data: Any, *, event_id: str | None = None, line_end: LineEnd = "\n") -> bytes:
    """One event: its name, its JSON data (non-ASCII kept as is) and, when given, its id."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    head = f"id: {event_id}{line_end}" if event_id else ""
    text = f"{head}event: {event}{line_end}data: {payload}{line_end}{line_end}"
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from somewhere: U+FFFD, never a broken frame
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace").encode("utf-8")


def comment(text: str, *, line_end: LineEnd = "\n") -> bytes:
    """A comment line (ignored by clients): a keepalive."""
    return f": {text}{line_end}{line_end}".encode()
