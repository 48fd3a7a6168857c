"""Ownership asked as a way of working ("A strong sense of ownership", "You take ownership of outcomes").

Why: "ownership", "sense", "mindset" and "outcomes" are ad words, so such an ask had nothing left to check
and read as missing, or as "not shown: mindset", for an owner whose résumé says "I own the data pipeline".
Ownership is shown by work the owner says they owned or were responsible for, not by the word itself.

The same holds for a duty to own the design of the employer's product ("Own the React Native architecture of
our patient apps"): whoever owns an app owns its architecture, and a résumé says "I own the member app
(React Native)", rarely "architecture". Only the architecture is read so: the things named with it (React
Native) are still asked, and the owning must be said of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["design_owned_asked", "ownership_asked", "ownership_shown"]

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


# "Own the architecture of our ...", "Own the React Native architecture of our apps": the design of the
# employer's product, owned (the product is the setting, ``setting.employer_setting``).
_DESIGN_OWNED = re.compile(
    r"^\s*(?:you\s+(?:will\s+)?)?own(?:s|ing)?\s+(?:the\s+)?((?:[\w.+#-]+\s+){0,3}?)(?:technical\s+)?"
    r"(?:architecture|design)\s+of\s+(?:our|the)\b",
    re.IGNORECASE,
)


def design_owned_asked(text: str) -> str | None:
    """The things named with the design asked ("React Native" of "Own the React Native architecture of our
    apps", "" when none), when ``text`` asks to own the design of the employer's product; else None."""
    m = _DESIGN_OWNED.search(text)
    return m.group(1).strip() if m else None
