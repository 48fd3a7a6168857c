"""Sizes written as words ("millions of users", "tens of thousands of events per second") as figures.

Why: job ads state scale in words more often than in digits. Read as words, "millions" is a stop word and
"Kafka at millions of events per second" came back matched against 35,000 events per second: the scale
asked was never compared. Written as its low end ("1,000,000 events per second") it is a quantity like
"1M+ events per second", checked against the content's own figures of the same thing. The low end is the
reading: "tens of thousands" is met by 35,000, "millions" by 2.4 million.
"""

from __future__ import annotations

import re

__all__ = ["SIZE_WORDS", "sizes_as_figures"]

_BASE = {"hundreds": 100, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000}
_SCALE = {"tens": 10, "hundreds": 100}
_SIZE = re.compile(
    r"\b(?:(tens|hundreds)\s+of\s+)?(hundreds|thousands|millions|billions)\s+of\s+(?=[A-Za-z])",
    re.IGNORECASE,
)


def _figure(m: re.Match[str]) -> str:
    scale = _SCALE[m.group(1).casefold()] if m.group(1) else 1
    return f"{scale * _BASE[m.group(2).casefold()]:,} "


def sizes_as_figures(text: str) -> str:
    """``text`` with each size in words written as the figure at its low end ("hundreds of millions of
    users" -> "100,000,000 users"); text without one is returned unchanged."""
    return _SIZE.sub(_figure, text)


SIZE_WORDS = frozenset(w for k in (*_BASE, *_SCALE) for w in (k, k.capitalize()))
"""The words of a size ("tens", "thousands"): part of the figure, not a name the content must write."""
