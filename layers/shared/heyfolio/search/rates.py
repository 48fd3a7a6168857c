"""A count asked per period that the passages found never state per that period: "how many orders a
day does <shop> deliver?" of "the API handles 1,800 requests per second", or of "2,400 parcel lockers".

Why: a rate is a count over a period - orders a day, downloads a month, students a year - and a
recruiter asks it of a thing whose entry states other figures: a stock ("2,400 lockers"), a rate over
another period ("per second"), a total. The question shares the thing's words, so its passage ranks
first and its figure reads as the rate asked. So when no passage found writes the period asked in any
form ("a day", "daily", "nightly", "days"), what search found is shown as weak (the closest passages,
not an answer).

Read narrowly on the asking side (a "how many"/"how much" question writing the rate as such: "per
day", "a month", "each week", "daily") and broadly on the stating side: the period's word anywhere in
what was found ("two days" of a duration, "annual" for a year) leaves the question to the rest of the
engine, so an answerable question is never turned down.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["asked_period", "unstated_period"]

_PERIODS = r"second|sec|minute|min|hour|day|night|week|month|quarter|year"
_ADVERBS = {
    "hourly": "hour",
    "daily": "day",
    "nightly": "night",
    "weekly": "week",
    "monthly": "month",
    "quarterly": "quarter",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
}
_ASKS = re.compile(
    rf"\bhow (?:many|much)\b[^?]*?(?:\b(?:per|a|an|each|every)\s+(?P<p>{_PERIODS})\b|"
    rf"\b(?P<a>{'|'.join(_ADVERBS)})\b|/\s?(?P<s>{_PERIODS})\b)",
    re.IGNORECASE,
)
_SHORT = {"sec": "second", "min": "minute"}

# Every way a passage may write a period (read broadly: a duration writes its word too).
_WRITTEN: dict[str, str] = {
    "second": r"seconds?|secs?|rps|qps|tps|/\s?s\b|\d\s?(?:k|m)?rps",
    "minute": r"minutes?|mins?|rpm|/\s?min\b",
    "hour": r"hours?|hourly|hrs?|/\s?h\b",
    "day": r"days?|daily|nightly|nights?|dau|/\s?day\b|overnight",
    "night": r"nights?|nightly|days?|daily|overnight",
    "week": r"weeks?|weekly|wau",
    "month": r"months?|monthly|mau|/\s?mo\b",
    "quarter": r"quarters?|quarterly",
    "year": r"years?|yearly|annual\w*|per annum|p\.a\.|/\s?yr\b|semesters?|terms?|cohorts?",
}


def asked_period(question: str) -> str | None:
    """The period a "how many/much" question asks a rate over ("day" of "how many orders a day?"),
    or None when it asks no rate."""
    m = _ASKS.search(question)
    if m is None:
        return None
    if m.group("a"):
        return _ADVERBS[m.group("a").casefold()]
    word = (m.group("p") or m.group("s")).casefold()
    return _SHORT.get(word, word)


def unstated_period(question: str, texts: Iterable[str]) -> str | None:
    """The period ``question`` asks a rate over when none of ``texts`` (the passages found) writes it
    in any form, else None (no rate asked, nothing found, or the period written somewhere)."""
    period = asked_period(question)
    if period is None:
        return None
    found = list(texts)
    if not found:
        return None
    written = re.compile(rf"(?:\b|(?<=\d))(?:{_WRITTEN[period]})\b", re.IGNORECASE)
    return None if any(written.search(t) for t in found) else period
