"""A role asked as the one held now ("Currently an Engineering Manager or above", "currently working as a
data engineer"): shown by the title of a role still running, not by one held before.

Why: read word by word, "currently" was a word to find in the portfolio and left a current engineering
manager at partial; dropped as a word, a past title alone would meet it. The time is a fact of the dates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.text import analyze

__all__ = ["NOW_WORDS", "current_role_asked", "role_held_now"]

NOW_WORDS = frozenset({"currently"})
"""The words that date the ask to today: checked against the roles still running, never looked up
("presently" is not among them: its stem is the one of "presenting to the board")."""

_CURRENT_ROLE = re.compile(
    r"^\s*(?:you(?:'re|’re| are)\s+)?(?:currently|presently|at present|right now)\s+"
    r"(?:(?:working|employed|serving)\s+)?(?:as\s+|in\s+)?(?:an?\s+|the\s+)?"
    r"(?P<role>[A-Za-z][\w/&+ -]*?)"
    r"(?P<kind>\s+(?:or\s+(?:above|higher|equivalent|similar)|role|position|title|level))*\s*[.!]?\s*$",
    re.IGNORECASE,
)


# What a title ends on: the role, not an activity ("currently using Kafka" asks no title).
_ROLE_NOUN = re.compile(
    r"\b(?:engineer|developer|programmer|manager|director|lead|head|architect|scientist|analyst|designer|"
    r"consultant|specialist|administrator|researcher|sre|cto|vp|tester|advocate)s?$",
    re.IGNORECASE,
)


def current_role_asked(text: str) -> str | None:
    """The role ``text`` asks to be held now ("Engineering Manager"), or None when it asks no such thing."""
    m = _CURRENT_ROLE.match(text)
    if m is None:
        return None
    role = m.group("role").strip()
    # "in a people-management role": the kind of role is named, whatever its last word
    named_role = re.search(r"\b(?:role|position)\b", m.group(0)[m.end("role") :], re.IGNORECASE)
    return role if _ROLE_NOUN.search(role) or named_role else None


def role_held_now(role: str, current_titles: Sequence[str]) -> bool:
    """Whether a title of a role still running holds every word of ``role``."""
    want = set(analyze(role)) - _GENERIC
    return bool(want) and any(want <= set(analyze(t)) for t in current_titles)


_GENERIC = frozenset(analyze("people hands-on"))  # "a people-management role" is a manager's title
