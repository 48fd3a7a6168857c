"""Model failures as sentences a visitor can act on, plus whether trying again may help.

The SDK raises typed errors (``OverloadedError`` for 529, ``APITimeoutError``, ...); a
failure that arrives mid-stream comes as an ``error`` SSE event inside a 200 response, so
the error *type* in the body matters as much as the HTTP status. Matching by class name
and body keeps this module free of the SDK import.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Humane:
    code: str
    message: str
    retryable: bool


class TurnTimeout(Exception):
    """The chat turn hit its total time cap."""


OVERLOADED = Humane(
    "overloaded",
    "The AI service is very busy right now and couldn't answer. Your question is saved - "
    "please send it again in a few seconds.",
    True,
)
TIMEOUT = Humane(
    "timeout",
    "That took too long to answer, so I stopped. Your question is saved - try again, or ask "
    "something shorter.",
    True,
)
UNAVAILABLE = Humane(
    "unavailable",
    "I couldn't reach the AI service just now. Your question is saved - please try again in a moment.",
    True,
)
RATE_LIMITED = Humane(
    "rate_limited",
    "Lots of people are asking questions right now. Please wait a minute and try again.",
    True,
)
MISCONFIGURED = Humane(
    "unavailable",
    "The chat isn't available right now (the site's AI service is misconfigured). The owner has "
    "been notified in the logs; meanwhile the résumé and projects on this page have the answers.",
    False,
)
INTERNAL = Humane(
    "internal",
    "Something went wrong on our side while answering. Your question is saved - please try again.",
    True,
)


def _error_type(exc: BaseException) -> str | None:
    body: Any = getattr(exc, "body", None)
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict) and isinstance(err.get("type"), str):
            return str(err["type"])
    return None


def humane(exc: BaseException) -> Humane:
    """What to tell the visitor about ``exc``."""
    if isinstance(exc, TurnTimeout | TimeoutError):
        return TIMEOUT
    names = {cls.__name__ for cls in type(exc).__mro__}
    kind = _error_type(exc)
    status = getattr(exc, "status_code", None)
    if kind == "overloaded_error" or status == 529 or "OverloadedError" in names:
        return OVERLOADED
    if "APITimeoutError" in names:
        return TIMEOUT
    if kind == "rate_limit_error" or status == 429:
        return RATE_LIMITED
    if kind in (
        "authentication_error",
        "permission_error",
        "not_found_error",
        "invalid_request_error",
    ) or status in (
        400,
        401,
        403,
        404,
    ):
        return MISCONFIGURED
    if "APIConnectionError" in names or kind == "api_error" or (isinstance(status, int) and status >= 500):
        return UNAVAILABLE
    return INTERNAL
