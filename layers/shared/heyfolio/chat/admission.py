"""Who may start a chat turn: the chat's rate limits, per client IP and per conversation.

Checked after the request is validated (the session id is in the body) and before the turn
starts, so a refused request stores nothing and the conversation stays as it was. A refusal
has a real HTTP status - 429 when a limit is reached, 503 when the limiter cannot be reached
(chat fails closed: no limiter, no model spend) - with ``Retry-After``, and as its body one
SSE ``error`` event written for the visitor, so the page's one parser handles it.

The limits themselves (windows, stores, Upstash on AWS) are :mod:`heyfolio.limits`'; the
session is the chat's own ``session_id`` from the request body, the id the chat continues
the conversation with.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

from heyfolio.chat.request import ChatRequest
from heyfolio.chat.sse import ERROR, HEADERS, ChatEvent
from heyfolio.config import Settings
from heyfolio.limits import backend
from heyfolio.limits.decision import Decision
from heyfolio.limits.http import refusal_for
from heyfolio.limits.ratelimit import UNAVAILABLE_RETRY_SECONDS

logger = logging.getLogger("heyfolio.chat.admission")


@dataclass(frozen=True)
class Refused:
    """A turn that may not start: status, headers (``Retry-After``, ``RateLimit-*``) and one event."""

    status: int
    headers: dict[str, str]
    event: ChatEvent

    def body(self) -> bytes:
        return self.event.encode()


def wait_text(seconds: int) -> str:
    """A wait as a person says it: ``40 s``, ``3 min``, ``14 h``."""
    if seconds <= 90:
        return f"{seconds} s"
    if seconds <= 90 * 60:
        return f"{math.ceil(seconds / 60)} min"
    return f"{math.ceil(seconds / 3600)} h"


def check(request: ChatRequest, ip: str | None, *, settings: Settings | None = None) -> Refused | None:
    """Count this request against the chat's limits; ``None`` if the turn may start.

    Anything that goes wrong while checking refuses the turn (503): the chat never runs
    without its limiter.
    """

    try:
        decision = backend.chat_limiter(settings).check(ip=ip, session=request.session_id)
    except Exception:
        logger.exception("chat rate limiter failed; refusing the turn (fails closed)")
        decision = Decision(False, UNAVAILABLE_RETRY_SECONDS, 0, 0, rule="limiter error", unavailable=True)
    refusal = refusal_for(decision)
    if refusal is None:
        return None
    retry = int(refusal.headers["Retry-After"])
    if decision.unavailable:
        code = "unavailable"
        message = (
            "The chat is paused for a moment: its abuse protection can't be reached, and it doesn't answer "
            f"without it. Please try again in {wait_text(retry)}."
        )
    else:
        code = "rate_limited"
        message = f"You've asked a lot of questions in a short time — try again in {wait_text(retry)}."
        logger.info("chat turn refused by a rate limit", extra={"rule": decision.rule, "retry_after": retry})
    headers = {**HEADERS, **{k.lower(): v for k, v in refusal.headers.items() if k.lower() != "content-type"}}
    data = {
        "message": message,
        "code": code,
        "retryable": True,
        "status": refusal.status,
        "retry_after": retry,
    }
    return Refused(refusal.status, headers, ChatEvent(ERROR, data))
