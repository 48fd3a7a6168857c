"""What the owner did in a gap between jobs: the dated entries that fill it.

Why: "there's a gap between the teaching job and her first dev job — what was she doing?" and "what
did he do between leaving the bank in 2019 and joining the startup?" are answered by a course, a
bootcamp, volunteering or a project dated inside the gap, which shares no word with the question (its
words name the jobs on either side). A recruiter reads the dates: the entries in the break between two
roles are what the owner did then.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TypeVar

__all__ = ["asks_gap", "gap_fillers", "uncovered", "work_gaps"]


_When = TypeVar("_When", int, float)

_GAP = re.compile(
    r"\b(?:gaps?|break|career break|time off|sabbatical)\b.{0,80}?\b(?:between|after|before|in (?:her|his|their|the) "
    r"(?:cv|résumé|resume|career|work history))\b|"
    r"\b(?:gaps?|break) in (?:her|his|their|the) (?:cv|résumé|resume|career|work history|employment)\b|"
    r"\b(?:what|where) (?:did|was|were) (?:she|he|they|\w+) (?:do|doing|up to)\b.{0,60}?\bbetween\b|"
    r"\bbetween (?:leaving|quitting|finishing|ending|the end of|her|his|their)\b.{0,80}?\band\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SHORTEST_GAP = 0.05  # years: dates a few days apart (a month written as its first or last day) are no gap


def asks_gap(question: str) -> bool:
    """Whether the question asks what the owner did in a break between jobs."""
    return bool(_GAP.search(question))


def uncovered(spans: Sequence[tuple[_When, _When]], longer_than: _When) -> list[tuple[int, int]]:
    """The stretches no span covers, oldest first, each as (the span reaching furthest before it, the
    span that ends it) - positions in ``spans``; a stretch counts when the next start lies more than
    ``longer_than`` after the furthest end so far. Search (fractional years) and the offline answerer
    (months) read gaps between jobs with this one walk."""
    found: list[tuple[int, int]] = []
    reach: _When | None = None  # the furthest end of the spans so far
    last = -1  # the span that reaches it
    for i in sorted(range(len(spans)), key=lambda k: (spans[k][0], spans[k][1], k)):
        start, end = spans[i]
        if reach is not None and start - reach > longer_than:
            found.append((last, i))
        if reach is None or end > reach:
            reach, last = end, i
    return found


def work_gaps(spans: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """The breaks between the roles dated ``spans`` (start, end as fractional years), oldest first:
    the periods no role covers, between the first start and the last end."""
    return [(spans[before][1], spans[after][0]) for before, after in uncovered(spans, _SHORTEST_GAP)]


def _distance(gap: tuple[float, float], years: Sequence[int]) -> float:
    """How far ``gap`` lies from the nearest year the question names (0 when it touches one)."""
    return min(max(0.0, y - gap[1], gap[0] - (y + 1)) for y in years)


def gap_fillers(
    question: str,
    roles: Sequence[tuple[float, float]],
    entries: Mapping[int, tuple[float, float]],
    limit: int,
) -> list[int]:
    """The ``entries`` (position -> dated span) that fill the break the question asks about, at most
    ``limit``, the best fitting first (the larger the share of the entry and the break they have in
    common); the break is the one nearest the years the question names, else the longest."""
    gaps = work_gaps(roles)
    if not gaps:
        return []
    years = [int(y) for y in _YEAR.findall(question)]
    if years:
        gap = min(gaps, key=lambda g: (_distance(g, years), g[0] - g[1]))
    else:
        gap = max(gaps, key=lambda g: g[1] - g[0])
    fit: list[tuple[float, int]] = []
    for d, (start, end) in entries.items():
        overlap = min(end, gap[1]) - max(start, gap[0])
        if overlap > 0:
            fit.append((overlap / (max(end, gap[1]) - min(start, gap[0])), d))
    fit.sort(key=lambda f: (-f[0], f[1]))
    return [d for _, d in fit[:limit]]
