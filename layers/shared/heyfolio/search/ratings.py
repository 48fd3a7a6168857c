"""The best-rated thing the owner built ("which of her apps has the best rating?") is the one whose
stated rating is highest, wherever it is stated.

Why: a rating is a figure of its own kind ("rated 4.7 on the App Store", "an average rating of 4.9
from 1,200 reviews", "raised the store rating from 3.1 to 4.6"), not a popularity: the app with the
most downloads or stars is not the best rated. And apps built for an employer or a client are
written as a job's highlights, not as projects, so ranking the projects alone misses them. A
question ranking by rating is answered by the passage stating the highest rating, then the next.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.chunks import Chunk
from heyfolio.search.per_entry import best_per_entry

__all__ = ["asks_best_rated", "best_rated", "stated_rating"]

# "best rating", "highest-rated", "top reviews", "best reviewed", "most highly rated", "rated highest"
_ASKS = re.compile(
    r"\b(?:best|highest|top|greatest|strongest)[- ](?:rated|reviewed)\b|"
    r"\b(?:best|highest|top|greatest|strongest) (?:(?:user|store|app|average|customer|star) )?(?:ratings?|reviews?|"
    r"review scores?|scores? in the stores?)\b|"
    r"\bmost (?:highly |well |positively )?(?:rated|reviewed)\b|\brated (?:the )?(?:best|highest)\b",
    re.IGNORECASE,
)
_FRAGMENTS = ("rat", "review", "score")
# A rating on a five-point scale: one decimal between 1.0 and 5.0 ("4.7"), not a percentage or a
# duration ("4.5 s", "2.5x").
_FIGURE = re.compile(
    r"(?<![\d.,])([1-5]\.\d)(?![\d%]|\s*(?:x|s|ms|times|million|billion|k)\b)", re.IGNORECASE
)
# Words that make a figure in the same clause a rating.
_RATING_WORDS = re.compile(
    r"\b(?:rated|rating|ratings|reviews?|stars? (?:on|in|from)|app store|google play)\b", re.I
)
_CLAUSE = re.compile(r"[\n;]|(?<=[a-z)])\.\s")
_NEAR = 60  # characters between the figure and the word that says it is a rating


def asks_best_rated(question: str) -> bool:
    """Whether the question ranks what the owner built by its rating."""
    q = question.casefold()
    return any(f in q for f in _FRAGMENTS) and _ASKS.search(question) is not None


def stated_rating(text: str) -> float | None:
    """The highest rating ``text`` states (a five-point figure next to a word that makes it one), or
    None. Of "raised the rating from 3.1 to 4.6" the higher, the rating now."""
    best: float | None = None
    for clause in _CLAUSE.split(text):
        if not _RATING_WORDS.search(clause):
            continue
        for m in _FIGURE.finditer(clause):
            window = clause[max(0, m.start() - _NEAR) : m.end() + _NEAR]
            if _RATING_WORDS.search(window):
                value = float(m.group(1))
                best = value if best is None or value > best else best
    return best


def best_rated(chunks: Sequence[Chunk], ratings: dict[int, float], n: int) -> list[int]:
    """The ``n`` passages stating the highest ratings (``ratings``: passage -> its rating), best first,
    a write-up's sections counted once (by the first of them)."""
    return best_per_entry(chunks, ratings, n)
