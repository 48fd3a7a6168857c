"""Which highlights of a dated entry say how long a thing was done, for counting years of it.

Why: a role's highlights are mostly things that happened once at some point in it ("Built the payouts
service"), so their words do not date a skill. Two kinds do: a standing duty ("Ran the team's on-call
rotation", "Own the dbt project") held for the whole role, and a highlight that names the year it
began ("Introduced dbt in 2021"), which holds from that year to the role's end. Counting these is how a
recruiter reads "3+ years on-call" against a résumé.

Years asked of building a thing ("5+ years building data pipelines") are read off the jobs in which the
owner built it: a highlight that opens with a building verb and names the thing ("Built the event pipeline
to BigQuery") dates its whole role, three such roles summed with overlaps counted once. Other years asked
("5+ years of machine learning") still take no date from a one-off highlight. The thing's words must stand
together in that highlight (``names_run``): "Built the payroll sync for the ticket administration tool" is
no year of payroll administration.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

__all__ = ["BUILDING_ASKED", "built_lines", "dated_highlights", "names_run"]

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


# Years asked of building something: "5+ years building data pipelines", "years of experience designing APIs".
BUILDING_ASKED = re.compile(
    r"\b(?:years?|yrs)\b(?:\s+of)?(?:\s+(?:hands-on|professional|industry|experience|work))*\s+"
    r"(?:building|developing|designing|creating|writing|shipping|implementing)\b",
    re.IGNORECASE,
)
# A highlight that says the owner built something ("Built the event pipeline", "Designed the ledger service").
_BUILT = re.compile(
    r"^\s*(?:built|rebuilt|designed|developed|created|wrote|rewrote|shipped|implemented|set up|"
    r"engineered|architected)\b",
    re.IGNORECASE,
)


def built_lines(during: str) -> list[str]:
    """The highlights (sentences) of ``during`` that open by saying the owner built something."""
    return [line for line in _SENTENCE.split(during) if _BUILT.match(line)]


def names_run(terms: frozenset[str], line: Sequence[str]) -> bool:
    """Whether ``line`` (analysed terms in order) holds every one of ``terms`` side by side, in any order:
    "event pipelines" in "Built the event pipelines", not in "events ... through the CI pipeline"."""
    if not terms:
        return False
    size = len(terms)
    return any(terms <= frozenset(line[i : i + size]) for i in range(len(line) - size + 1))
