"""A requirement that is only a seniority level ("Senior level", "Mid-level", "Staff-level experience",
"Previous experience at Staff level"):
the experience level a JSON job states in its own field, written as a line of the ad.

Why: read word by word, "Senior level" needed the word "level" somewhere in the content; the level is a
typed fact, read from the titles held and the years worked like the ``experience`` field.
"""

from __future__ import annotations

import re

__all__ = ["junior_now", "only_a_level"]

_LEVEL_LINE = re.compile(
    r"^\s*(?:(?:previous|prior|proven|relevant)\s+)?(?:experience\s+)?(?:(?:at|on|as)\s+(?:an?\s+|the\s+)?)?"
    r"(?:junior|mid|intermediate|senior|lead|staff|principal)"
    r"(?:[- ]level)?(?:\s+(?:experience|engineer|developer|role|position|profile|seniority))?\s*[.!]?\s*$",
    re.IGNORECASE,
)


def only_a_level(text: str) -> bool:
    """Whether ``text`` asks a seniority level and nothing else."""
    return bool(_LEVEL_LINE.match(text)) and bool(re.search(r"\blevel\b|-level\b", text, re.IGNORECASE))


_ABOVE_JUNIOR = frozenset({"mid", "intermediate", "senior", "lead", "staff", "principal"})
_JUNIOR_TITLE = re.compile(r"\b(?:junior|jr\.?|graduate|trainee|apprentice|entry[- ]level)\b", re.IGNORECASE)


def junior_now(asked_words: set[str], titles: list[str]) -> str | None:
    """The current title (the résumé's first role) when it says junior and a higher level is asked: a
    recruiter reads the level from the title held now, whatever the years ("Junior Backend Engineer" for
    "Mid-level"). None otherwise."""
    if not titles or not asked_words & _ABOVE_JUNIOR:
        return None
    return titles[0] if _JUNIOR_TITLE.search(titles[0]) else None
