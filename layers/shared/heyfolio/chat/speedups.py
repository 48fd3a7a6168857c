"""How many times faster a sentence says something got, from the times it states.

Why: "what was her biggest speedup?" is a superlative over results a résumé states as times - "cut
per-sample processing time from 9 hours to 95 minutes", "a 72-hour scenario now runs in 2.5 hours
instead of 31 hours", "40 times faster" - not as percentages, so ranking the percentages answered
with a cost cut. The factor is worked out from the two times (in one unit), and the sentences are
ranked by it.
"""

from __future__ import annotations

import re

__all__ = ["asks_speedup", "speedup_factor", "timed_words"]

_UNITS = {
    "ns": 1e-9, "nanosecond": 1e-9, "µs": 1e-6, "us": 1e-6, "microsecond": 1e-6, "ms": 1e-3,
    "millisecond": 1e-3, "s": 1.0, "sec": 1.0, "secs": 1.0, "second": 1.0, "min": 60.0, "mins": 60.0,
    "minute": 60.0, "h": 3600.0, "hr": 3600.0, "hrs": 3600.0, "hour": 3600.0, "day": 86400.0,
    "week": 604800.0,
}  # fmt: skip
# a number as résumés write it: "95", "2.1", "1,200", or a word ("four hours", "three seconds")
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90, "a": 1, "an": 1, "half an?": 0.5,
}  # fmt: skip
_AMOUNT = r"\d[\d,]*(?:\.\d+)?|half an?|an?(?= )|forty-five|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)"
_UNIT_WORDS = r"nanoseconds?|ns|µs|us|microseconds?|ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?"
_PART = rf"\b(?:{_AMOUNT})[\s-]?(?:{_UNIT_WORDS})\b"
# one time, of one part or two ("3 hours 10 minutes", "1 hour and 5 minutes"): a group to read
_TIME = rf"({_PART}(?:,? (?:and )?{_PART})?)"
_PARTS = re.compile(rf"\b({_AMOUNT})[\s-]?({_UNIT_WORDS})\b", re.I)
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
    r"faster|quicker|"
    # a time made shorter, named by what was timed ("biggest latency improvement", "best load-time win")
    r"(?:latency|response[- ]times?|load[- ]times?|boot[- ]times?|startup[- ]times?|build[- ]times?)"
    r"(?: (?:improvements?|wins?|gains?|reductions?|cuts?|drops?))?)\b",
    re.I,
)


# What was timed, when the question names it: a speed-up of that, not of anything else.
_TIMED = re.compile(
    r"\b(?:latency|response[- ]times?|load[- ]times?|boot[- ]times?|startup[- ]times?|build[- ]times?)\b",
    re.I,
)


def timed_words(question: str) -> list[str]:
    """The words naming what the question asks a speed-up of ("latency", "load time"), lower-case, or []
    when it names none ("her biggest speed-up?")."""
    m = _TIMED.search(question)
    return re.split(r"[- ]", m.group(0).casefold()) if m else []


def asks_speedup(question: str) -> bool:
    """Whether ``question`` asks for the biggest speed-up ("biggest speedup?", "her best performance win")."""
    return bool(_TOP.search(question) and _SPEED.search(question))


def _seconds(time: str) -> float:
    """The seconds a written time states, its parts added ("3 hours 10 minutes" is 11,400)."""
    total = 0.0
    for amount, unit in _PARTS.findall(time):
        unit = unit.casefold()
        scale = _UNITS.get(unit) or _UNITS.get(unit.rstrip("s")) or 1.0
        word = amount.casefold()
        value = _WORDS.get("half an?" if word.startswith("half") else word)
        total += (value if value is not None else float(amount.replace(",", ""))) * scale
    return total


def speedup_factor(sentence: str) -> float | None:
    """How many times faster ``sentence`` says something became (the largest it states), else None."""
    factors: list[float] = []
    for m in _FROM_TO.finditer(sentence):
        before, after = _seconds(m.group(1)), _seconds(m.group(2))
        if after > 0 and before > after:
            factors.append(before / after)
    for m in _INSTEAD.finditer(sentence):
        after, before = _seconds(m.group(1)), _seconds(m.group(2))
        if after > 0 and before > after:
            factors.append(before / after)
    factors += [float(m.group(1)) for m in _TIMES.finditer(sentence) if float(m.group(1)) > 1]
    return max(factors) if factors else None
