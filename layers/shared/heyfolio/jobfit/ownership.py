"""Ownership asked as a way of working ("A strong sense of ownership", "You take ownership of outcomes").

Why: "ownership", "sense", "mindset" and "outcomes" are ad words, so such an ask had nothing left to check
and read as missing, or as "not shown: mindset", for an owner whose résumé says "I own the data pipeline".
Ownership is shown by work the owner says they owned or were responsible for, not by the word itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["ownership_asked", "ownership_shown"]

_FILLER = re.compile(
    r"\b(?:you|we|i|a|an|the|your|our|their|of|for|and|with|to|from|in|over|take|takes|taking|took|have|has|"
    r"show|shows|demonstrated?|proven|strong|high|deep|real|genuine|full|complete|clear|sense|degree|level|"
    r"mindset|mentality|attitude|culture|bias|accountability|accountable|outcomes?|results?|problems?|work|"
    r"deliver(?:y|ables?)|end[- ]to[- ]end|end|projects?|features?|things?|what|build|ship|ships|shipped|"
    r"idea|design|concept|production|launch|release|through|into|until|willing(?:ness)?|ability|able|"
    r"experience|taking)\b",
    re.IGNORECASE,
)
_OWNERSHIP = re.compile(r"\bownership\b", re.IGNORECASE)
_OWNED = re.compile(
    r"\b(?:I\s+)?(?:own|owns|owned|owning|owner\s+of|responsible\s+for|accountable\s+for|took\s+over)\b",
    re.IGNORECASE,
)


def ownership_asked(text: str) -> bool:
    """Whether ``text`` asks ownership alone, as a way of working, with nothing else named."""
    if not _OWNERSHIP.search(text):
        return False
    rest = _FILLER.sub(" ", _OWNERSHIP.sub(" ", text))
    return not re.search(r"[A-Za-z]{2,}", rest)


def ownership_shown(sentences: Sequence[str]) -> list[int]:
    """The sentences (by index) where the owner says they owned or were responsible for something."""
    return [n for n, s in enumerate(sentences) if _OWNED.search(s)]
