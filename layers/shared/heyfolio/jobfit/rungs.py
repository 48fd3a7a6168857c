"""A rung of the engineering ladder asked inside a requirement ("Staff-level technical leadership",
"experience at Principal level"): shown by a title held at that rung or above, not by years or scope.

Why: staff, principal and distinguished are titles a company grants, not lengths of service; a lead of
ten years who never held the title shows the work, not the rung (the experience-level field is checked
the same way). "Mentor senior engineers to staff level" names the rung of others and asks nothing of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["RUNGS", "rung_held", "rung_not_held", "title_at_rung"]

RUNGS = {"junior": 1, "senior": 3, "staff": 4, "principal": 5, "distinguished": 6, "fellow": 6}
_HIGH = "staff|principal|distinguished"
_ASKED = re.compile(
    r"(?<!\bto )(?<!\bto the )(?<!\bto a )\b("
    + _HIGH
    + r")(?:[- ]level\b|\s+(?:engineer(?:ing)?\s+)?level\b)"
    r"|\bat\s+(?:an?\s+|the\s+)?(" + _HIGH + r")(?:[- ]level|\s+level)?\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]+")


def rung_not_held(text: str, titles: Sequence[str]) -> str | None:
    """The rung ``text`` asks ("staff") when no title in ``titles`` reaches it, else None."""
    m = _ASKED.search(text)
    if m is None:
        return None
    word = (m.group(1) or m.group(2)).casefold()
    held = max((RUNGS.get(w, 0) for t in titles for w in _WORD.findall(t.casefold())), default=0)
    return word if held < RUNGS[word] else None


# A title at a rung as the whole ask: "Staff Mobile Engineer experience", "Experience as a Principal
# Security Engineer", "Staff SRE". Not "Mentor staff engineers": there the rung is of others.
_TITLE_AT_RUNG = re.compile(
    r"^\s*(?:(?:prior|previous|proven|recent)\s+)?(?:experience\s+(?:as|at)\s+)?(?:an?\s+)?"
    r"(" + _HIGH + r")\s+((?:[A-Z][\w/&+-]*\s+){0,3}"
    r"(?:engineer|developer|sre|scientist|architect|researcher|analyst|designer)s?)"
    r"(?:\s+(?:experience|title|background|role))?(?:\s+or\s+equivalent)?\s*[.!]?\s*$",
    re.IGNORECASE,
)


def title_at_rung(text: str) -> tuple[str, str] | None:
    """(rung, the role without it) when ``text`` asks only a title at a high rung ("Staff Mobile
    Engineer experience" -> ("staff", "Mobile Engineer")): the role is checked as written, the rung by
    the titles held. None otherwise."""
    m = _TITLE_AT_RUNG.match(text)
    return (m.group(1).casefold(), m.group(2).strip()) if m else None


def rung_held(titles: Sequence[str]) -> int:
    """The highest rung the titles reach (a lead is read at the senior rung)."""
    ranks = {**RUNGS, "lead": RUNGS["senior"]}
    return max((ranks.get(w, 0) for t in titles for w in _WORD.findall(t.casefold())), default=0)
