"""An executive rung asked of the owner ("VP-level engineering leadership", "Director of Data Engineering
experience", "C-level"): shown by a title held at that rung, the one below it being the adjacent level.

Why: leading two teams as an engineering manager is leadership, so the words of "VP-level leadership"
are all shown; the rung is not. Managers, directors (and heads of a function), vice presidents and
chiefs are the ladder a recruiter reads from the titles held.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["TITLE_OF_RUNG", "executive_rung_asked", "executive_rung_held"]

_RANKS = {"manager": 1, "head": 2, "director": 2, "vp": 3, "vice president": 3, "executive": 3, "c": 4}
_LEVEL = re.compile(
    r"(?<!\bto )(?<!\bwith )(?<!\bfor )\b(vp|vice[- ]president|director|head|executive|c)[- ]level\b",
    re.IGNORECASE,
)
# The title as the whole subject of the ask: "Director of Engineering experience", "Head of Data background".
_TITLE_ASKED = re.compile(
    r"^\s*(?:(?:prior|previous|proven|recent)\s+)?(vp|vice[- ]president|director|head)\b"
    r"(?:\s+of)?(?:\s+[\w&/-]+){0,3}?\s+(?:experience|background|title)\b",
    re.IGNORECASE,
)
# The rung's title asked anywhere in the line: "held a Director or Head of Engineering title before",
# "Director title or equivalent scope today".
TITLE_OF_RUNG = re.compile(
    r"\b(vp|vice[- ]president|director|head)\b(?:\s+(?:of|or)\s+[\w&/-]+(?:\s+[\w&/-]+)?){0,2}\s+titles?\b",
    re.IGNORECASE,
)
_HELD = (
    (re.compile(r"\b(?:chief|ceo|cto|coo|cfo|cpo|ciso|president|c-level)\b", re.I), 4),
    (re.compile(r"\b(?:vp|vice[- ]president)\b", re.I), 3),
    (re.compile(r"\b(?:director|head of)\b", re.I), 2),
    (re.compile(r"\bmanager\b", re.I), 1),
)


def executive_rung_asked(text: str) -> tuple[str, int] | None:
    """(the rung's word, its rank) when ``text`` asks the owner to be at an executive rung, else None."""
    m = _LEVEL.search(text) or _TITLE_ASKED.search(text) or TITLE_OF_RUNG.search(text)
    if m is None:
        return None
    word = m.group(1).casefold().replace("-", " ")
    return word, _RANKS[word]


def executive_rung_held(titles: Sequence[str], manages_people: bool) -> int:
    """The highest executive rank the titles held reach (1 for a people manager, 0 for none)."""
    held = [rank for t in titles for pattern, rank in _HELD if pattern.search(t)]
    return max([*held, 1 if manages_people else 0])
