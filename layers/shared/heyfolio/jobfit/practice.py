"""A practice asked by its two-word name ("capacity planning") shown only by its words apart.

Why: each word alone is common ("planned weekend shifts", "the AWS bill"): the practice is shown where
one sentence holds both (or a word that shows both), not where one sentence plans and another speaks of
capacity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.jobfit.terms import Unit

__all__ = ["practice_apart"]

# "Capacity planning", "load testing": a noun and the practice's gerund, the whole line.
_PRACTICE = re.compile(r"^\s*[A-Za-z][\w-]*\s+[a-z]+ing\s*$")


def practice_apart(text: str, shown: Sequence[tuple[Unit, Sequence[int]]]) -> str | None:
    """The practice's name when its two plain words are shown only in different sentences, else None."""
    if not _PRACTICE.match(text) or len(shown) != 2:
        return None
    (a, na), (b, nb) = shown
    if a.named or b.named or len(a.alternatives) != 1 or len(b.alternatives) != 1:
        return None
    if not na or not nb or set(na) & set(nb):
        return None
    return f"{' '.join(a.alternatives[0])} {' '.join(b.alternatives[0])} is not shown as one practice"
