"""The things a comparison sets side by side, as the question words them.

Why: "Which got more traction, her browser trace viewer or the k8s autoscaler?" names neither
project: it describes them. Resolving a comparison by the entries' names (``understand``) finds
nothing, and the bag of words ranks the passages that share the question's common words ("GitHub",
"stars") above the two projects' figures. Read apart, each side is a short description that search
resolves to one entry like any bare keyword query ("the trace viewer" -> shoal), and the comparison
is then answered from the two entries' facts.
"""

from __future__ import annotations

import re

__all__ = ["compared"]

# what separates the clauses of a question: the sides of a comparison sit within one
_CLAUSE = re.compile(r"[,;:?!()]|\s[-–—]+\s")
_CONNECTOR = re.compile(r"\s(?:or|vs\.?|versus|than)\s", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:(?:is|was|are|were|did|does|do|has|had|which|what|whose|of|between|either|both|the|her|his|their|"
    r"its|my|a|an|one|repo|project|app|tool)\s+)+",
    re.IGNORECASE,
)
_MIN_SIDE_CHARS = 3


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
