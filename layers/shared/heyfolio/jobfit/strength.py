"""Strength asked ("Strong Go skills", "solid Rust") against a beginner's level the owner states for it.

Why: an ad that asks for a thing with a word of strength asks for more than a first acquaintance with it.
"Expert" and "Advanced" are read against the stated levels elsewhere; the softer words ("strong", "solid",
"deep", "excellent") were not, so a skill the résumé itself rates Beginner read as met as soon as any
passage named it (an internship's one service in Go). The owner's own rating says how well they know it:
rated a beginner's level and nowhere higher, the thing is shown, not at the strength asked (partial).
An Intermediate rating is left to the rest of the content: labelled sets read "strong" as met by a
working knowledge used at work, and the measured sets fell when Intermediate counted against it.
With no level stated nothing is said against it, since most résumés rate nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

__all__ = ["stated_below_strength", "strength_asked", "strength_scope"]

# Words of strength an ad writes before a thing it wants well known (not a level's own name).
_STRENGTH = re.compile(
    r"\b(?:strong|stronger|solid|deep|excellent|extensive|in-depth|thorough|outstanding|exceptional|"
    r"very good|highly proficient)\b",
    re.IGNORECASE,
)
# The highest stated level that is not strength: Beginner 1 (evidence.SKILL_LEVELS).
_BELOW_STRONG = 1


# Where the strength asked stops: "Strong Python; familiarity with Polars" asks strength of Python only.
_CLAUSE_END = re.compile(
    r"[;.:]\s|[;:]|,\s+(?:and\s+|plus\s+)?(?=[a-z]+\w*\s+(?:with|of|in)\b)|\s+(?:plus|and)\s+"
    r"(?=(?:some\s+|basic\s+)?(?:familiarity|exposure|knowledge|experience|awareness)\b)",
    re.IGNORECASE,
)


def strength_asked(text: str) -> bool:
    """Whether the requirement asks for its thing with a word of strength."""
    return _STRENGTH.search(text) is not None


def strength_scope(text: str) -> str:
    """The part of ``text`` a word of strength qualifies: from that word to the end of its clause."""
    m = _STRENGTH.search(text)
    if m is None:
        return ""
    rest = text[m.end() :]
    end = _CLAUSE_END.search(rest)
    return text[m.start() : m.end() + (end.start() if end else len(rest))]


def stated_below_strength(
    things: Sequence[Iterable[frozenset[str]]],
    skill_entries: Sequence[tuple[frozenset[str], int | None, int]],
) -> int | None:
    """The skill line that rates one of ``things`` (each: the term sets of its alternatives) at a
    beginner's level while no line rates it higher or leaves it unrated, or None. ``skill_entries``: the
    résumé's skills as (terms of the name and keywords, stated level, sentence number)."""
    for alternatives in things:
        alts = [a for a in alternatives if a]
        rated = [(lvl, n) for entry, lvl, n in skill_entries if any(a <= entry for a in alts)]
        if not rated or any(lvl is None or lvl > _BELOW_STRONG for lvl, _ in rated):
            continue
        return rated[0][1]
    return None
