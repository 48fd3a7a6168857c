"""The chat request: parse, validate and cap it before anything else runs.

Caps live here (input size) and in ``Limits`` (output tokens, tool steps, total time), so
the README's table and the code have one source. Every refusal is a ``BadRequest`` carrying
the HTTP status and a sentence the visitor (or the web page's developer) can act on.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from heyfolio.chat.text import lone_surrogate

MAX_BODY_BYTES = 16 * 1024
MAX_MESSAGE_CHARS = 2000
SESSION_ID_RE = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class Limits:
    """Per-turn caps on what a visitor's question may cost."""

    max_output_tokens: int = 1024
    max_input_tokens: int = 32_000
    """Input per model call, bounded by bytes (``heyfolio.chat.spend``): old turns and long tool
    results are cut to stay inside it, so a turn's reserved maximum cost is a true maximum."""
    max_tool_steps: int = 4
    total_seconds: float = 25.0
    history_messages: int = 12
    clock: Callable[[], float] = field(default=time.monotonic, compare=False)
    """What ``total_seconds`` is measured on: a seam so a test decides when time passes, not the
    machine's load (a frozen clock never times out; a stepped one times out exactly where it says)."""


@dataclass(frozen=True)
class ChatRequest:
    message: str
    session_id: str | None
    visitor_id: str | None = None
    """The visitor the signed ``heyfolio_visitor`` cookie names (a returning visitor), if any."""


class BadRequest(Exception):
    """A request the chat refuses; ``status`` is 400 or 413, ``code`` a stable machine name."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def parse_request(body: bytes | str | None) -> ChatRequest:
    """Validate a request body: ``{"message": str, "session_id": str | null}``."""
    raw = body.encode() if isinstance(body, str) else (body or b"")
    if len(raw) > MAX_BODY_BYTES:
        raise BadRequest(
            413, "too_large", f"That message is too long: keep it under {MAX_MESSAGE_CHARS} characters."
        )
    if not raw.strip():
        raise BadRequest(
            400, "bad_request", 'Send JSON like {"message": "What has she built?", "session_id": null}.'
        )
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise BadRequest(
            400, "bad_request", 'The request is not valid JSON; send {"message": "...", "session_id": null}.'
        ) from None
    if not isinstance(data, dict):
        raise BadRequest(400, "bad_request", 'Send a JSON object: {"message": "...", "session_id": null}.')
    message = data.get("message")
    if not isinstance(message, str):
        raise BadRequest(400, "bad_request", '"message" must be a string with your question.')
    bad = lone_surrogate(message)
    if bad is not None:
        raise BadRequest(
            400,
            "bad_request",
            f'"message" has an invalid character at position {bad + 1} (a lone UTF-16 surrogate, '
            f"\\u{ord(message[bad]):04x}, which is not text); remove it and send the message again.",
        )
    message = message.replace("\x00", "").strip()
    if not message:
        raise BadRequest(400, "empty", "Type a question first - for example, “What has she built?”")
    if len(message) > MAX_MESSAGE_CHARS:
        raise BadRequest(
            413,
            "too_large",
            f"That message is {len(message):,} characters; please keep it under {MAX_MESSAGE_CHARS:,} "
            "(a job description's key requirements work well).",
        )
    session_id = data.get("session_id")
    if session_id is not None and (not isinstance(session_id, str) or not SESSION_ID_RE.match(session_id)):
        raise BadRequest(
            400,
            "bad_session",
            'That session id is not one this site issued; send "session_id": null to start a new conversation.',
        )
    return ChatRequest(message=message, session_id=session_id)


def with_visitor(request: ChatRequest, headers: Mapping[str, str]) -> ChatRequest:
    """``request`` with the visitor its cookie names (``heyfolio.security.visitor``), so a returning
    visitor keeps their conversation and what the chat remembers about them; unchanged without one."""
    from heyfolio.security.visitor import COOKIE, InvalidVisitorSession, verify_visitor_session

    raw = next((v for k, v in headers.items() if k.lower() == "cookie"), "")
    token = None
    for part in raw.split(";"):
        name, _, value = part.strip().partition("=")
        if name == COOKIE and value:
            token = value
    if token is None:
        return request
    try:
        session = verify_visitor_session(token)
    except InvalidVisitorSession:
        return request
    return replace(request, visitor_id=session.visitor_id)
