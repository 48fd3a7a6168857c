"""Promotions: the roles one person held at the same employer, read as one story.

Why: "was he promoted into management, or hired in as a manager?" is answered by two work passages
together: the management role and the earlier role at the same company ("Senior Backend Engineer at
Frachtwerk" before "Engineering Manager at Frachtwerk"). Ranking finds the first (it names the
management); the second shares none of the question's words, so it must come along as the second hop
of the question, as an entry a passage quotes does (``SearchIndex._linked``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.chunks import Chunk

__all__ = ["asks_promotion", "asks_stay", "employer_of", "employers"]

# Asking how someone rose through an employer: promotion, moving up, internal moves, progression.
_PROMOTION = re.compile(
    r"\b(?:promot\w*|from within|internal(?:ly)?|(?:moved|move|moving|rose|risen|climbed?) up|"
    r"(?:worked|work) (?:his|her|their) way up|career progression|progress(?:ed|ion)? (?:from|to|into|through)|"
    r"grew into|grow into|stepped up|step up)\b",
    re.IGNORECASE,
)
# Fragments one of which every cue above holds: most questions hold none, and a few substring checks
# cost far less than the pattern's search (asked on every question).
_CUE_FRAGMENTS = ("promot", "within", "internal", " up", "progress", " into")
_TITLE_DATES = re.compile(r"\s*\([^()]*\)\s*$")
# Asking the length of a stay at an employer, named or described ("how long has she been at the
# automotive supplier she's at now?", "how many years at Kessler?", "since when has he been at X?")
_STAY = re.compile(r"\b(?:how (?:long|many (?:years|months))|since when)\b[^?]*?\bat\b", re.IGNORECASE)


def asks_promotion(question: str) -> bool:
    """Whether ``question`` asks how the owner rose through an employer ("promoted from within?")."""
    folded = question.casefold()
    return any(f in folded for f in _CUE_FRAGMENTS) and bool(_PROMOTION.search(question))


def asks_stay(question: str) -> bool:
    """Whether ``question`` asks how long the owner has been at an employer: the stay runs over every
    role held there, so its roles are read together as for a promotion (a role's own dates are only
    part of it: "Senior Engineer since 2022" after "Engineer 2019-2022" at the same company)."""
    folded = question.casefold()
    return ("how " in folded or "since when" in folded) and " at" in folded and bool(_STAY.search(question))


def employer_of(chunk: Chunk) -> str | None:
    """The employer a work passage's title names ("Senior Engineer at Acme GmbH (2019 – 2022)" ->
    "acme gmbh"), folded; None for another kind of passage or a title without one."""
    if chunk.kind != "work":
        return None
    head = _TITLE_DATES.sub("", chunk.title)
    _, at, name = head.rpartition(" at ")
    name = name.strip().casefold()
    return name if at and name else None


def employers(chunks: Sequence[Chunk]) -> dict[str, tuple[int, ...]]:
    """Each employer the work passages name -> its passages, in passage order (built once per index:
    a promotion question then costs a lookup, not a scan of every title)."""
    out: dict[str, list[int]] = {}
    for i, c in enumerate(chunks):
        name = employer_of(c)
        if name is not None:
            out.setdefault(name, []).append(i)
    return {name: tuple(ds) for name, ds in out.items()}
