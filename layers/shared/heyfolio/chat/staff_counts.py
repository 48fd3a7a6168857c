"""Whether a count of an organisation's staff is answered only by the size of the owner's own team.

Why: "how many developers work at Beacon?" finds the owner's job there, and its sentence "I own the
routing services in a team of five developers" counts developers - so quoting it reads as the
answer, though a team the owner is in (or leads) is not everyone the employer has. A question
asking who works at, or is employed by, an organisation is answered only by a sentence that is not
about the owner's own team; when that is all the portfolio states, the reply says so, with the
team's size shown as the closest it has, marked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.text import analyze

__all__ = ["asks_staff", "team_only"]

# "how many developers work at X?", "how many people were employed by X?", "how many engineers does X
# have / employ?", "how many staff at X?"
_PEOPLE = (
    r"(?:people|persons|employees|staff|staffers|workers|engineers|developers|programmers|designers|"
    r"analysts|scientists|researchers|nurses|doctors|teachers|agents|dispatchers|firefighters|officers|"
    r"colleagues|co-?workers|team ?members|members of staff|full-time employees|ftes)"
)
_STAFF_ASKED = re.compile(
    r"\bhow many\s+(?:[\w-]+\s+){0,2}?(?:work(?:s|ed)?|(?:are|were|is|was)\s+(?:employed|working))\s+(?:at|for|by|in)\s+"
    r"(?:the\s+)?(?-i:[A-Z])"
    rf"|\bhow many\s+(?:[\w-]+\s+)?{_PEOPLE}\s+(?:does|did|do)\s+(?:the\s+)?(?-i:[A-Z])[\w&'.-]*(?:\s+[\w&'.-]+){{0,4}}?\s+"
    r"(?:have|employ|hire|staff)\b",
    re.IGNORECASE,
)
_ANYONE = frozenset(analyze("people persons employees staff staffers workers folks headcount"))
# a sentence about the owner's own team, or people she led, managed or hired
_OWN_TEAM = re.compile(
    r"\bteam of\b|\b(?:my|her|his|their|our|a|the|small|core)\s+(?:[\w-]+\s+)?(?:team|squad|crew|group)\b|"
    r"\b(?:led|lead|leads|leading|managed|manages|managing|mentored|hired|supervised)\b",
    re.IGNORECASE,
)


def _staff_noun(question: str) -> frozenset[str]:
    """The index terms of the people counted ("developers" of "how many developers work at X?")."""
    m = _STAFF_ASKED.search(question)
    if m is None:
        return frozenset()
    words = re.match(
        r"how many\s+((?:[\w-]+\s+){0,2}?)(?:work|are|were|is|was|does|did|do)\b",
        m.group(0),
        re.IGNORECASE,
    )
    return frozenset(analyze(words.group(1))) if words else frozenset()


def asks_staff(question: str) -> bool:
    """Whether ``question`` asks how many people work at (or are employed by) a named organisation."""
    return _STAFF_ASKED.search(question) is not None


def team_only(question: str, sentences: Sequence[str]) -> int | None:
    """The index of the first of ``sentences`` (the evidence for a count) naming the people counted
    when ``question`` asks an organisation's staff and every such sentence is about the owner's own
    team, else None."""
    if not sentences or not asks_staff(question):
        return None
    noun = _staff_noun(question)
    generic = not noun or noun <= _ANYONE  # "how many people work at X?": any people counted name them
    naming = [
        i
        for i, s in enumerate(sentences)
        if (noun & set(analyze(s))) or (generic and re.search(rf"\b{_PEOPLE}\b", s, re.IGNORECASE))
    ]
    if not naming or not all(_OWN_TEAM.search(sentences[i]) for i in naming):
        return None
    return naming[0]
