"""The jobs a question names by their role: "longer as an SRE or as an engineering manager?".

Why: a question comparing two roles' durations names them by the role, not the employer, and often
by the role's initials ("SRE" for Site Reliability Engineer). Search ranks by shared words, so the
role named only by its initials can rank below an unrelated current job; the comparison must weigh
the two roles the question names. A role is named by a run of two or more of its title's words
("engineering manager" of "Engineering Manager, Data Platform") or by its initials as a word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.chunks import Chunk

__all__ = ["named_roles"]

_KINDS = ("work", "volunteer")
_PARTS = re.compile(r",|/|\(| - | — | – ")
_DATED = re.compile(r"\s*\((?:19|20)\d\d[^()]*\)\s*$")


def _role(title: str) -> str:
    """ "Engineering Manager, Data Platform at Loadstar Freight (2021-01 – 2023-08)" -> the role."""
    return _DATED.sub("", title).split(" at ", 1)[0].strip()


def _named_by(part: str, question: str) -> tuple[int, int] | None:
    """Where in ``question`` the role part is named and how long the naming is: its words, or
    a run of two or more of them ending in its last (the head noun: "platform engineer"), or its
    initials as a word; None when it is not named."""
    words = part.split()
    q = question.casefold()
    for first in range(len(words) - 1):
        run = " ".join(words[first:]).casefold()
        said = re.search(rf"(?<![\w-]){re.escape(run)}(?![\w-])", q)
        if said:
            return said.start(), said.end()
    if len(words) < 2:
        return None
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if len(initials) >= 2:  # initials are written in capitals ("SRE"), not a lower-case word
        short = re.search(rf"(?<![\w-]){initials}s?(?![\w-])", question)
        if short:
            return short.start(), short.end()
    return None


def named_roles(chunks: Sequence[Chunk], question: str) -> list[Chunk]:
    """The job (or volunteering) entries whose role the question names, in the question's order. A
    naming inside a longer one of another role ("data platform" within "data platform engineer")
    names only the longer; one entry per naming, the portfolio's first."""
    found: list[tuple[tuple[int, int], Chunk]] = []
    for chunk in chunks:
        if chunk.kind not in _KINDS:
            continue
        spans = [sp for p in _PARTS.split(_role(chunk.title)) if (sp := _named_by(p.strip(), question))]
        if spans:
            found.append((max(spans, key=lambda sp: sp[1] - sp[0]), chunk))
    kept: list[tuple[tuple[int, int], Chunk]] = []
    for (a, b), chunk in found:
        inside = any(c <= a and b <= d and (d - c) > (b - a) for (c, d), _ in found)
        if not inside and all((a, b) != sp for sp, _ in kept):
            kept.append(((a, b), chunk))
    return [c for _, c in sorted(kept, key=lambda item: item[0])]
