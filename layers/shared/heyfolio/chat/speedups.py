"""How many times faster a sentence says something got, from the times it states.

Why: "what was her biggest speedup?" is a superlative over results a résumé states as times - "cut
per-sample processing time from 9 hours to 95 minutes", "a 72-hour scenario now runs in 2.5 hours
instead of 31 hours", "40 times faster" - not as percentages, so ranking the percentages answered
with a cost cut. The factor is worked out from the two times (in one unit), and the sentences are
ranked by it.
"""

from __future__ import annotations

import re

__all__ = ["asks_speedup", "speedup_factor"]

_UNITS = {
    "ns": 1e-9, "nanosecond": 1e-9, "µs": 1e-6, "us": 1e-6, "microsecond": 1e-6, "ms": 1e-3,
    "millisecond": 1e-3, "s": 1.0, "sec": 1.0, "secs": 1.0, "second": 1.0, "min": 60.0, "mins": 60.0,
    "minute": 60.0, "h": 3600.0, "hr": 3600.0, "hrs": 3600.0, "hour": 3600.0, "day": 86400.0,
    "week": 604800.0,
}  # fmt: skip
_NUMBER = r"(\d[\d,]*(?:\.\d+)?)"
_UNIT = r"(nanoseconds?|ns|µs|us|microseconds?|ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?)"
_TIME = rf"{_NUMBER}[\s-]?{_UNIT}\b"
# "from 9 hours to 95 minutes", "from 2.1 s to 160 ms"; "2.5 hours instead of 31 hours"
_FROM_TO = re.compile(
    rf"\bfrom (?:about |around |over |under )?{_TIME} (?:down )?to (?:about |around |under )?{_TIME}", re.I
)
_INSTEAD = re.compile(
    rf"{_TIME} (?:instead of|rather than|versus|vs\.?|compared with|down from) {_TIME}", re.I
)
# "40 times faster", "10x quicker", "a 6× speed-up"
_TIMES = re.compile(
    r"\b(\d+(?:\.\d+)?)\s*(?:times|x|×)\s*(?:faster|quicker|speed-?up|the (?:speed|throughput))", re.I
)
_TOP = re.compile(r"\b(?:biggest|largest|greatest|best|most (?:impressive|significant)|top|main)\b", re.I)
_SPEED = re.compile(
    r"\b(?:speed-?ups?|sped up|performance (?:wins?|gains?|improvements?)|made (?:\w+ ){0,3}?faster|"
    r"faster|quicker)\b",
    re.I,
)


def asks_speedup(question: str) -> bool:
    """Whether ``question`` asks for the biggest speed-up ("biggest speedup?", "her best performance win")."""
    return bool(_TOP.search(question) and _SPEED.search(question))


def _seconds(amount: str, unit: str) -> float:
    unit = unit.casefold()
    scale = _UNITS.get(unit) or _UNITS.get(unit.rstrip("s")) or 1.0
    return float(amount.replace(",", "")) * scale


def speedup_factor(sentence: str) -> float | None:
    """How many times faster ``sentence`` says something became (the largest it states), else None."""
    factors: list[float] = []
    for m in _FROM_TO.finditer(sentence):
        before, after = _seconds(m.group(1), m.group(2)), _seconds(m.group(3), m.group(4))
        if after > 0 and before > after:
            factors.append(before / after)
    for m in _INSTEAD.finditer(sentence):
        after, before = _seconds(m.group(1), m.group(2)), _seconds(m.group(3), m.group(4))
        if after > 0 and before > after:
            factors.append(before / after)
    factors += [float(m.group(1)) for m in _TIMES.finditer(sentence) if float(m.group(1)) > 1]
    return max(factors) if factors else None
