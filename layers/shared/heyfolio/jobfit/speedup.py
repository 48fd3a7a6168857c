"""A speed-up factor asked ("by at least 10x", "5x or more") against the speed-ups the content shows.

Why: "10x" is a quantity, not a name: read as a unit it is never "shown" and a requirement the content
meets ("cut per-sample time from 9 hours to 95 minutes" for "5x or more") came back missing. The
content states speed-ups two ways: a factor ("40 times faster", "12x faster") or a time before and after
("from 3 hours to 12 minutes"), whose ratio is the factor. Anything else (money, error rates, counts) is
no speed-up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["asked_speedup", "shown_speedups", "without_speedup"]

_FACTOR = r"(\d+(?:\.\d+)?)\s*(?:x|×|times|-fold|fold)(?![\w])"
_ASKED = re.compile(
    r"(?:\s+(?:by|of)\s+(?:at\s+least\s+|over\s+|more\s+than\s+)?)?" + _FACTOR + r"(?:\s+or\s+more)?",
    re.IGNORECASE,
)
_SPEED_ASK = re.compile(r"\b(?:speed\w*|faster|accelerat\w*|quicker)\b", re.IGNORECASE)
_TIMES_FASTER = re.compile(_FACTOR + r"\s+(?:faster|quicker|speed-?up)", re.IGNORECASE)
_SECONDS = {
    "ms": 0.001, "millisecond": 0.001, "milliseconds": 0.001, "s": 1.0, "sec": 1.0, "second": 1.0,
    "seconds": 1.0, "min": 60.0, "mins": 60.0, "minute": 60.0, "minutes": 60.0, "h": 3600.0, "hr": 3600.0,
    "hrs": 3600.0, "hour": 3600.0, "hours": 3600.0, "day": 86400.0, "days": 86400.0,
}  # fmt: skip
_UNIT = r"(ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?)\b"
_FROM_TO = re.compile(
    r"\bfrom\s+(\d+(?:\.\d+)?)\s*(?:" + _UNIT + r")?\s+(?:down\s+)?to\s+(\d+(?:\.\d+)?)\s*" + _UNIT,
    re.IGNORECASE,
)


# "an order of magnitude" is a factor of ten, "two orders of magnitude" a hundred
_MAGNITUDE = re.compile(r"\b(an?|one|two|three|[1-3])\s+orders?\s+of\s+magnitude\b", re.IGNORECASE)
_ORDERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "1": 1, "2": 2, "3": 3}


def _as_factor(text: str) -> str:
    """``text`` with an order of magnitude written as its factor ("by an order of magnitude" -> "by 10x")."""
    return _MAGNITUDE.sub(lambda m: f"{10 ** _ORDERS[m.group(1).casefold()]}x", text)


def asked_speedup(text: str) -> float | None:
    """The factor a requirement asks a speed-up by ("Speed up the builds by at least 10x": 10.0), else None."""
    if not _SPEED_ASK.search(text):
        return None
    m = _ASKED.search(_as_factor(text))
    return float(m.group(1)) if m else None


def without_speedup(text: str) -> str:
    """``text`` without the factor asked (checked against the content's speed-ups, not as a word)."""
    if _SPEED_ASK.search(text) and _MAGNITUDE.search(text):
        text = _as_factor(text)
    return _ASKED.sub(" ", text, count=1)


def shown_speedups(sentences: Sequence[str]) -> list[tuple[float, int]]:
    """(factor, sentence number) of every speed-up a sentence states: a factor, or a time before and after."""
    out: list[tuple[float, int]] = []
    for n, text in enumerate(sentences):
        for m in _TIMES_FASTER.finditer(text):
            out.append((float(m.group(1)), n))
        for m in _FROM_TO.finditer(text):
            before_unit = (m.group(2) or m.group(4)).casefold()
            before = float(m.group(1)) * _SECONDS[before_unit]
            after = float(m.group(3)) * _SECONDS[m.group(4).casefold()]
            if after > 0 and before > after:
                out.append((before / after, n))
    return out


def speedup_status(
    status: str, need: float, sentences: Sequence[str], named: bool
) -> tuple[str, int | None, str]:
    """The verdict with the factor asked checked: (status, sentence of the largest speed-up or None, why).

    ``status`` is the verdict on the rest of the requirement; ``named``: whether that rest names a technology
    (then it must be shown on its own: a speed-up of other work does not lift it). A speed-up as large as
    asked is the evidence: the rest is how the ad frames it ("Speed up our ensemble runs"). A smaller one is
    the thing at a smaller scale (partial); none shown leaves a met rest partial."""
    best = max(shown_speedups(sentences), default=None)
    if best is None:
        return ("partial" if status == "matched" else status), None, f"no speed-up of {need:g}x shown"
    have, n = best
    why = f"largest speed-up shown: {have:.0f}x"
    if have >= need:
        if named:
            return status, n, why
        # the speed-up shown for other work than the words name ("ensemble runs") is still part of the ask
        return ("partial" if status == "missing" else "matched"), n, why
    if status == "missing" and named:
        return status, None, why
    return "partial", n, why
