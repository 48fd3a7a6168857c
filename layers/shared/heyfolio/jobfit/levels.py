"""A requirement that is only a seniority level ("Senior level", "Mid-level", "Staff-level experience",
"Previous experience at Staff level"):
the experience level a JSON job states in its own field, written as a line of the ad.

Why: read word by word, "Senior level" needed the word "level" somewhere in the content; the level is a
typed fact, read from the titles held and the years worked like the ``experience`` field.
"""

from __future__ import annotations

import re

__all__ = ["only_a_level"]

_LEVEL_LINE = re.compile(
    r"^\s*(?:(?:previous|prior|proven|relevant)\s+)?(?:experience\s+)?(?:(?:at|on|as)\s+(?:an?\s+|the\s+)?)?"
    r"(?:junior|mid|intermediate|senior|lead|staff|principal)"
    r"(?:[- ]level)?(?:\s+(?:experience|engineer|developer|role|position|profile|seniority))?\s*[.!]?\s*$",
    re.IGNORECASE,
)


def only_a_level(text: str) -> bool:
    """Whether ``text`` asks a seniority level and nothing else."""
    return bool(_LEVEL_LINE.match(text)) and bool(re.search(r"\blevel\b|-level\b", text, re.IGNORECASE))
