"""A month asked of an entry dated by its year alone: "in which month did she start at <agency>?" of
an engagement the résumé dates "2022".

Why: résumés date short or old entries by year only, and a recruiter asks the month the owner started,
left or was awarded. The entry ranks first on its name and its year reads as the answer, yet the month
is never said. So when none of the named entry's passages writes a month - a "2022-03" date, a month's
name - what search found is shown as weak (the closest passages, not an answer).

Read narrowly on the asking side (the month asked as such: "which month", "what month") and broadly on
the stating side (any month written in the entry's passages, whichever date it belongs to).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["asks_month", "states_month"]

_ASKS = re.compile(r"\b(?:which|what) month\b|\bmonth and year\b", re.IGNORECASE)
_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# "2022-03", "03/2022", "March 2022", "in May", "Sept. 2021": a month written in a date or alone
# ("may" alone is a verb more often than a month: only before a year or after "in"/"since")
_STATED = re.compile(
    rf"\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])\b|\b(?:0?[1-9]|1[0-2])/(?:19|20)\d\d\b|"
    rf"\b(?-i:(?=[A-Z]))(?:{_MONTHS})\.?\s+(?:\d{{1,2}},?\s+)?(?:19|20)\d\d\b|"
    rf"\b(?:in|since|until|from|by|early|mid|late)\s+(?-i:(?=[A-Z]))(?:{_MONTHS})\b",
    re.IGNORECASE,
)


def asks_month(question: str) -> bool:
    """Whether ``question`` asks for a month ("in which month did she join?")."""
    return _ASKS.search(question) is not None


def states_month(texts: Iterable[str]) -> bool:
    """Whether any of ``texts`` writes a month, in a date ("2022-03") or by name ("since March")."""
    return any(_STATED.search(t) for t in texts)
