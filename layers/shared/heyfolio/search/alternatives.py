"""The things a comparison sets side by side, as the question words them.

Why: "Which got more traction, her browser trace viewer or the k8s autoscaler?" names neither
project: it describes them. Resolving a comparison by the entries' names (``understand``) finds
nothing, and the bag of words ranks the passages that share the question's common words ("GitHub",
"stars") above the two projects' figures. Read apart, each side is a short description that search
resolves to one entry like any bare keyword query ("the trace viewer" -> shoal), and the comparison
is then answered from the two entries' facts.

A side may describe an entry of the résumé by what it is rather than by its name ("the payments
company or the freight marketplace?", "the bank or the search company?"): the employer's own
description, the position, the place or the degree's field says it, while the entry's highlights
say what was done there. Such a side is the entry whose own lines (``entry_header``) carry most of
its words, the highlights breaking a tie ("the warehouse bill at the payments company": both
payments companies are payments companies, one of them states a bill).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["DescribedEntry", "compared", "described_side", "determined", "entry_header"]

# what separates the clauses of a question: the sides of a comparison sit within one
_CLAUSE = re.compile(r"[,;:?!()]|\s[-–—]+\s")
_CONNECTOR = re.compile(r"\s(?:or|vs\.?|versus|than)\s", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:(?:is|was|are|were|did|does|do|has|had|which|what|whose|of|between|either|both|the|her|his|their|"
    r"its|my|a|an|one|repo|project|app|tool)\s+)+",
    re.IGNORECASE,
)
_MIN_SIDE_CHARS = 3
_HIGHLIGHTS = "\nHighlights:"  # where an entry's passage turns from what it is to what was done there

# (passage, the terms of its own lines, the terms of its whole text)
DescribedEntry = tuple[int, frozenset[str], frozenset[str]]


def entry_header(text: str) -> str:
    """The lines of an entry's passage that say what the entry is (the position, employer and place,
    the employer's description, the summary), without its highlights."""
    return text.split(_HIGHLIGHTS, 1)[0]


# an entry described by what it is is named with a determiner ("the bank", "her first start-up");
# a field or a skill compared is not ("more time in embedded or in backend?")
_DETERMINER = re.compile(r"\b(?:the|that|this|her|his|their|its)\s+\S", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|that|this|her|his|their|its)\s+$", re.IGNORECASE)


def determined(question: str, side: str) -> bool:
    """Whether ``side`` (a side of ``compared``) is written with a determiner in ``question``: inside
    it, or right before it where ``compared`` took it off ("the payments company")."""
    if _DETERMINER.search(side):
        return True
    at = question.casefold().find(side.casefold())
    return at > 0 and _DETERMINER_BEFORE.search(question[:at]) is not None


def described_side(side: Sequence[str], entries: Sequence[DescribedEntry]) -> int | None:
    """The passage of the one entry whose own lines carry most of ``side``'s terms (ties broken by its
    whole text), or None when no entry's own lines carry any of them or two entries tie."""
    terms = set(side)
    ranked = sorted(
        ((len(terms & own), len(terms & whole), d) for d, own, whole in entries),
        key=lambda r: (-r[0], -r[1], r[2]),
    )
    if not ranked or ranked[0][0] == 0:
        return None
    if len(ranked) > 1 and ranked[1][:2] == ranked[0][:2]:
        return None
    return ranked[0][2]


def compared(question: str, cue: re.Pattern[str] | None = None) -> tuple[str, str] | None:
    """The two sides of the comparison in ``question`` ("the trace viewer", "the Rust log library"),
    each without the words that only frame it (articles, possessives, the question's verb) and
    without the comparison's own ``cue`` ("more popular"); None when it compares nothing or a side
    is empty."""
    for clause in _CLAUSE.split(question):
        parts = _CONNECTOR.split(clause)
        if len(parts) != 2:
            continue
        sides = []
        for part in parts:
            side = cue.sub(" ", part) if cue is not None else part
            side = _LEADING.sub("", " ".join(side.split()))
            sides.append(side)
        if all(len(s) >= _MIN_SIDE_CHARS for s in sides):
            return sides[0], sides[1]
    return None
