"""Degrees held, read for a degree asked: every degree at the level asked may be the one in the field, and
a degree's own field is read spelled out as the ask's is.

Why: a résumé often lists a bachelor's in computer science under a master's in another field; checking
only the highest degree read "a BSc in Computer Science" as a degree in another field. And "MSc in IT
Security" indexes "IT" as an acronym, while the ask's "IT" is spelled out ("information technology"), so
the same field did not meet itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from heyfolio.jobfit.evidence import norm_text
from heyfolio.search.text import analyze

__all__ = ["degree_terms", "held_at_level"]

Degree = tuple[str, int, frozenset[str], int]  # (name, rank, terms, sentence)


def held_at_level(degrees: Iterable[Degree], rank: int) -> list[Degree]:
    """The degrees at ``rank`` or above, highest first (a first found in the field is the one cited)."""
    return sorted((d for d in degrees if d[1] >= rank), key=lambda d: -d[1])


def degree_terms(text: str, spell: Callable[[str], str]) -> frozenset[str]:
    """The terms of a degree's line with its field abbreviations spelled out by ``spell``."""
    return frozenset(analyze(norm_text(spell(text), keep=False)))
