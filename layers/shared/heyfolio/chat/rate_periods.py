"""Whether a rate asked per one period ("how many calls a year?") is stated per another one.

Why: "how many calls did he handle per year?" finds the sentence "handled about 60 calls per
shift" - the thing counted is right, so quoting it reads as the answer, though a rate per shift is
not a rate per year and the portfolio gives no yearly figure. A count asked per a period is
answered only by a sentence stating it per that period (or a total with no period at all);
otherwise the reply says the portfolio doesn't give it per that period, with the sentence shown as
the closest it has, marked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["asked_period", "per_other_period"]

_PERIODS = {
    "second": "second", "sec": "second", "minute": "minute", "min": "minute", "hour": "hour",
    "hr": "hour", "shift": "shift", "day": "day", "night": "night", "week": "week",
    "month": "month", "quarter": "quarter", "year": "year", "yr": "year", "season": "season",
    "sprint": "sprint", "semester": "semester", "term": "term",
}  # fmt: skip
_ADVERBS = {
    "hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week", "monthly": "month",
    "quarterly": "quarter", "yearly": "year", "annually": "year", "annual": "year",
}  # fmt: skip
# "per year", "a day", "each shift", "every month", "/day": a rate over one period
_PER = re.compile(
    r"(?:\b(?:per|a|an|each|every)\s+|/\s?)(?P<period>"
    + "|".join(sorted(_PERIODS, key=len, reverse=True))
    + r")s?\b"
    r"|\b(?P<adverb>" + "|".join(_ADVERBS) + r")\b",
    re.IGNORECASE,
)
# a rate named by the period it is paid or counted over: "day rate", "hourly rate", "monthly rate"
_RATE_NAMED = re.compile(r"\b(day|daily|hour|hourly|week|weekly|month|monthly)\s+rates?\b", re.IGNORECASE)
# the rate asked: "how many ... per year", "how often ... a week"
_RATE_ASKED = re.compile(r"\bhow (?:many|much|often)\b", re.IGNORECASE)


def _periods(text: str) -> set[str]:
    out = set()
    for m in _PER.finditer(text):
        if m.group("period"):
            out.add(_PERIODS[m.group("period").casefold()])
        else:
            out.add(_ADVERBS[m.group("adverb").casefold()])
    return out


def asked_period(question: str) -> str | None:
    """The one period a count or amount is asked over ("how many calls per year?" -> "year"), else None."""
    m = _RATE_ASKED.search(question)
    periods = _periods(question[m.start() :]) if m else set()
    if not m:  # "what is her day rate?": a rate named by its period
        periods = {
            _PERIODS.get(p, _ADVERBS.get(p, p)) for p in map(str.casefold, _RATE_NAMED.findall(question))
        }
    return next(iter(periods)) if len(periods) == 1 else None


def per_other_period(question: str, sentences: Sequence[str]) -> int | None:
    """The index of the first of ``sentences`` (the evidence for a count) stating its rate over
    another period than the one ``question`` asks, when none of them states it over the one asked,
    else None."""
    asked = asked_period(question)
    if asked is None:
        return None
    said = [_periods(s) for s in sentences]
    if any(asked in p for p in said):
        return None
    return next((i for i, p in enumerate(said) if p), None)
