"""A rating asked ("an App Store rating of 4.8 or higher", "4.5+ stars", "a 5-star app") against the ratings shown.

Why: a rating is a level on a five-point scale, not a count; "4.8+ stars" was matched by "1,700 GitHub stars"
and "a rating of 4.9 or higher" by apps rated 4.6 and 4.7, since the figure was never compared. Ratings
shown are the figures of five or less written with a rating ("rated 4.7", "4.8 stars from 35,000 ratings",
"rating went from 2.9 to 4.6"); the best of them below the one asked shows the thing at a lower level.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["rating_below"]

_FIGURE = r"([0-5](?:\.\d{1,2})?)"
_ASKED = (
    # "a rating of 4.8 or higher", "rated 4.5+", "rating above 4.7", "rated at least 4.6"
    re.compile(
        r"\b(?:rating|rated)\s+(?:of\s+|above\s+|over\s+|at\s+least\s+|of\s+at\s+least\s+)?"
        + _FIGURE
        + r"(?!\s*(?:[\d,]|million|k\b|thousand))",
        re.IGNORECASE,
    ),
    # "4.5+ stars", "a 5-star rating", "a 4.8 rating"
    re.compile(
        r"(?<![\d.,])" + _FIGURE + r"\+?[\s-]*(?:stars?|rating)\b(?!\s+(?:on|in)\s+GitHub)", re.IGNORECASE
    ),
)
_RATING_WORDS = re.compile(r"\b(?:ratings?|rated|stars?)\b", re.IGNORECASE)
_OTHER_STARS = re.compile(r"\bGitHub stars\b", re.IGNORECASE)
_DECIMAL = re.compile(r"(?<![\d.,/])([0-5]\.\d{1,2})(?![\d,/%])")


def _asked(text: str) -> float | None:
    for pattern in _ASKED:
        m = pattern.search(text)
        if m:
            return float(m.group(1))
    return None


def _shown(texts: Iterable[str]) -> list[float]:
    out: list[float] = []
    for text in texts:
        if _RATING_WORDS.search(_OTHER_STARS.sub(" ", text)):
            out += [float(v) for v in _DECIMAL.findall(text)]
    return out


def rating_below(req_text: str, texts: Iterable[str]) -> str | None:
    """Why the rating asked is not reached ("best rating shown: 4.7"), or None (no rating asked, none shown
    to compare, or one that reaches it)."""
    need = _asked(req_text)
    if need is None:
        return None
    shown = _shown(texts)
    if not shown or max(shown) >= need:
        return None
    return f"best rating shown: {max(shown):g}"
