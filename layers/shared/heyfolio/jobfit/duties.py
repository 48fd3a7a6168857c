"""Which highlights of a dated entry say how long a thing was done, for counting years of it.

Why: a role's highlights are mostly things that happened once at some point in it ("Built the payouts
service"), so their words do not date a skill. Two kinds do: a standing duty ("Ran the team's on-call
rotation", "Own the dbt project") held for the whole role, and a highlight that names the year it
began ("Introduced dbt in 2021"), which holds from that year to the role's end. Counting these is how a
recruiter reads "3+ years on-call" against a résumé; any other highlight still gives no years.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["dated_highlights"]

# A highlight that opens with a standing responsibility: kept for the role's length, not done once.
_STANDING = re.compile(
    r"^\s*(?:ran|run|runs|own|owns|owned|maintain|maintains|maintained|operate|operates|operated|"
    r"administer|administers|administered|responsible for|in charge of|on[- ]call for|"
    # a present-tense duty toward people ("Mentor two junior SREs", "Coach the on-call engineers")
    r"mentor|mentors|coach|coaches|teach|teaches)\b",
    re.IGNORECASE,
)
# "Introduced dbt in 2021", "since 2019", "Joined the on-call rotation in June 2025": the year (and month)
# a thing started within the entry.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_FROM_YEAR = re.compile(
    r"\b(?:in|since|from)\s+(?:(" + "|".join(_MONTHS) + r")[a-z]*\.?\s+)?((?:19|20)\d\d)\b", re.IGNORECASE
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def dated_highlights(during: str, start: float, end: float) -> Iterator[tuple[float, float, str]]:
    """(start, end, text) of each highlight in ``during`` that dates what it says: a standing duty over
    the entry's whole span (``start`` to ``end``, fractional years), a started-in-year one from that year
    (when it falls inside the span) to its end."""
    for line in _SENTENCE.split(during):
        if not line.strip():
            continue
        if _STANDING.match(line):
            yield start, end, line
            continue
        m = _FROM_YEAR.search(line)
        if m and int(start) <= int(m.group(2)) < end:
            month = _MONTHS.index(m.group(1).casefold()[:3]) if m.group(1) else 0
            yield max(start, int(m.group(2)) + month / 12), end, line
