"""Years asked after a degree ("6+ years of post-PhD experience", "8+ years of experience after your
PhD", "3+ years since graduating") against the years of work after the owner finished it.

Why: the line names a degree, so it was read as a degree ask and matched by the PhD held, the years never
counted; a PhD finished five years ago has at most five years of work after it. A degree not held is the
degree checks' to judge; an unfinished one leaves the line alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.jobfit.evidence import Corpus, degree_rank, years_covered

__all__ = ["years_after_degree"]

# The degree after which the years count: "after the PhD", "post-PhD", "since graduating", "after your
# master's degree".
_AFTER_DEGREE = re.compile(
    r"\b(?:after|since|following|post)[\s-]+(?:(?:the|your|a|an|their|completing|finishing|earning)\s+){0,2}"
    r"(ph\.?\s?d\.?|doctorate|doctoral (?:degree|studies)|master'?s(?: degree)?|bachelor'?s(?: degree)?|"
    r"degree|graduat(?:ion|ing)|university|college)\b",
    re.IGNORECASE,
)
_YEARS = re.compile(r"(\d{1,2})\s*\+?\s*(?:years?|yrs?)\b", re.IGNORECASE)
# The end of a dated education entry as the corpus writes it ("(2016-09 – 2021-08)").
_ENDED = re.compile(r"[–-]\s*(\d{4})(?:-(\d{1,2}))?\s*\)")


def years_after_degree(text: str, corpus: Corpus) -> tuple[int, float, int] | None:
    """(years asked, years of work after the degree, the degree's sentence) when ``text`` asks years
    after a degree the owner finished, else None."""
    m = _AFTER_DEGREE.search(text)
    years = _YEARS.search(text)
    if m is None or years is None:
        return None
    asked = degree_rank(m.group(1))
    held = [d for d in corpus.degrees if asked is None or d[1] == asked[1]]
    ends = [(end, n) for *_, n in held if (end := _end(corpus.sentences[n].text)) is not None]
    if not ends:
        return None
    end, n = max(ends)  # "since graduating": the last degree finished
    after = years_covered((max(s, end), e, k) for s, e, _, k in _work(corpus) if e > end)[0]
    return int(years.group(1)), after, n


def _end(text: str) -> float | None:
    """Where an education entry ends on the corpus's time axis (fractional years), None if unfinished."""
    found = _ENDED.findall(text)
    if not found:
        return None
    year, month = found[-1]
    return (int(year) * 12 + (int(month) - 1 if month else 0)) / 12


def _work(corpus: Corpus) -> Sequence[tuple[float, float, frozenset[str], int]]:
    return corpus.role_spans
