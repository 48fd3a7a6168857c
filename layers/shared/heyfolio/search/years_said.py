"""Years of a technology said in so many words: "nine years building React apps", "Go (5+ years)".

Why: "how many years of React does she have?" is answered outright by a summary or a skill line that
says the years next to the technology; the dated entries that used it only let the reader add them up.
"""

from __future__ import annotations

import re

from heyfolio.search.text import analyze

__all__ = ["years_said"]

_YEARS = re.compile(
    r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|twenty)\+?\s*(?:full\s+|plus\s+)?(?:years?|yrs?)\b",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(r"[.;!?\n]\s")
_REACH = 60  # characters either side of the years where the technology must be named


def years_said(text: str, term: str) -> bool:
    """Whether ``text`` states a number of years within ``_REACH`` characters of the index term ``term``."""
    for m in _YEARS.finditer(text):
        # in the same sentence or clause: "three years at Umbra; Elm came later" says no years of Elm
        start = max(0, m.start() - _REACH)
        end = m.end() + _REACH
        before = _BOUNDARY.split(text[start : m.start()])[-1]
        after = _BOUNDARY.split(text[m.end() : end])[0]
        if term in analyze(f"{before} {after}"):
            return True
    return False
