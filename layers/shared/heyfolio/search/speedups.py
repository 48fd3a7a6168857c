"""How many times faster a sentence says something got, and the biggest speed-ups the owner delivered
("what's the biggest latency improvement he made?").

Why: a résumé states speed-ups as times before and after - "cut per-sample processing time from 9 hours
to 95 minutes", "a 72-hour scenario now runs in 2.5 hours instead of 31 hours", "40 times faster" - not
as percentages, so ranking the percentages answered with a cost cut, and a bag of words finds the
passages that say "improvement" or "latency" most. The factor is worked out from the two times (in one
unit), and the lines are ranked by it; a question naming what got faster ("latency", "boot time")
ranks only the lines naming it. One copy for search and the offline answerer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.chunks import Chunk
from heyfolio.search.per_entry import best_per_entry
from heyfolio.search.text import STOP_WORDS, fold, normalize_token

__all__ = [
    "Speedup",
    "asks_biggest_speedup",
    "asks_speedup",
    "biggest_speedups",
    "speedup_factor",
    "speedups",
    "timed_words",
]

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


_ASK_LARGEST = re.compile(
    r"\b(?:biggest|largest|greatest|best|most (?:impressive|significant|notable|dramatic)|top|proudest)\b",
    re.IGNORECASE,
)
# what got faster, said as such: a bare "improvement" or "win" may be anything ("her biggest win")
_ASK_SPEED = re.compile(
    r"\b(?:latency|latencies|speed[- ]?ups?|speed|sped up|faster|quicker|performance|perf|optimi[sz]ations?|"
    r"runtimes?|(?:boot|load|build|deploy|deployment|response|start-?up|cold[- ]start|processing|run|page[- ]load|"
    r"query|wait|turnaround|lead|release) times?)\b",
    re.IGNORECASE,
)
# money, uptime or a share asked: other rankings (``money``) or none
_ASK_OTHER = re.compile(
    r"\b(?:cost|costs|money|bills?|spend|budget|savings?|saved?|revenue|conversion|uptime|availability|"
    r"users?|downloads?|stars?|team|teams)\b",
    re.IGNORECASE,
)
# Words of the question that say "a speed-up" and nothing about what got faster.
_GENERIC = frozenset(
    {
        "biggest", "largest", "greatest", "best", "most", "impressive", "significant", "notable", "dramatic",
        "top", "proudest", "speed", "speedup", "speedups", "up", "ups", "faster", "quicker",
        "performance", "perf", "improvement", "improvements", "improve", "improved", "win", "wins", "gain",
        "gains", "optimisation", "optimization", "optimisations", "optimizations", "reduction", "reductions",
        "delivered", "deliver", "achieved", "achieve", "made", "make", "got", "get", "had", "ever", "career",
        "impact", "what", "whats", "which", "was", "is", "her", "his", "their", "she", "he", "they", "one",
    }
)  # fmt: skip
_TOKEN = re.compile(r"[^\W_][\w-]*")
_LINE = re.compile(r"\n+|(?<=[.;!?])\s+(?=[A-Z0-9])")


def asks_biggest_speedup(question: str) -> bool:
    """Whether the question ranks the owner's speed-ups (and not savings, users or uptime)."""
    if _ASK_OTHER.search(question) is not None:
        return False
    return asks_speedup(question) or (
        _ASK_LARGEST.search(question) is not None and _ASK_SPEED.search(question) is not None
    )


Speedup = tuple[float, frozenset[str]]
"""A line stating a duration that fell: the factor it fell by (> 1) and the line's index terms."""


def _terms(text: str) -> frozenset[str]:
    return frozenset(normalize_token(fold(t)) for t in _TOKEN.findall(text))


def speedups(text: str) -> list[Speedup]:
    """Each line of ``text`` stating a time that fell (``Speedup``)."""
    out: list[Speedup] = []
    for line in _LINE.split(text):
        factor = speedup_factor(line)
        if factor is not None and factor > 1.0:
            out.append((factor, _terms(line)))
    return out


def _asked_words(question: str) -> list[str]:
    """The question's words that say what got faster ("latency", "boot"), as index terms."""
    words = (fold(w).removesuffix("'s").removesuffix("’s") for w in re.findall(r"[^\W\d_][\w'’-]*", question))
    return [normalize_token(w) for w in words if w not in _GENERIC and w not in STOP_WORDS]


def biggest_speedups(
    question: str, chunks: Sequence[Chunk], lines: dict[int, list[Speedup]], n: int
) -> list[int]:
    """The ``n`` passages stating the largest speed-ups (``lines``: passage -> its ``speedups``), one
    per entry, largest first; of the thing the question names when some line names it."""
    asked = set(_asked_words(question))
    named = {w for w in asked if any(w in terms for ls in lines.values() for _, terms in ls)}
    best: dict[int, float] = {}
    for d, ls in lines.items():
        for factor, terms in ls:
            if named <= terms:
                best[d] = max(best.get(d, 0.0), factor)
    return best_per_entry(chunks, best, n)
