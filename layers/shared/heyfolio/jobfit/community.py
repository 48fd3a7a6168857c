"""How many people a community holds: an ask for a community's size is met by its members, not by a group led.

"Grow a meetup or community of 100+ people" against a meetup grown "from about 40 to over 900 members":
read as people, the count was compared with the largest team led (13 engineers), which says nothing of an
audience. Members, attendees and subscribers of a meetup, a user group or a chapter are counted where the
content counts them; a smaller count is the thing at a smaller scale, and no count leaves it unshown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["members_asked", "members_shown"]

# What a community is: the ask must name one for its "people" to be members rather than a team.
_COMMUNITY = re.compile(
    r"\b(?:meetups?|communit(?:y|ies)|user groups?|chapters?|forums?|discord|newsletters?|mailing lists?|"
    r"audiences?)\b",
    re.IGNORECASE,
)
_TEAM = re.compile(r"\b(?:team|teams|squad|squads|reports|engineers|developers|staff|employees)\b", re.I)
# a count in digits or words; a word between it and the people says which ("900 active members")
_COUNT = r"(\d[\d,.]*\d|\d|[a-z]+)\s*\+?"
_MEMBERS_SAID = re.compile(
    _COUNT + r"\s+(?:[A-Za-z-]+\s+)?(?:members|attendees|subscribers|followers|participants)\b", re.IGNORECASE
)
_MEMBERS_ASKED = re.compile(
    _COUNT + r"\s+(?:[A-Za-z-]+\s+)?(?:members|attendees|subscribers|followers|participants|people)\b",
    re.IGNORECASE,
)


def members_asked(text: str, number: Callable[[str], int | None]) -> int | None:
    """The size of a community an ask wants ("Grow a meetup of 500+ members", "a community of 100+ people");
    None when it names no community or counts a team."""
    if not _COMMUNITY.search(text) or _TEAM.search(text):
        return None
    counts = [n for m in _MEMBERS_ASKED.finditer(text) if (n := number(m.group(1))) is not None and n > 1]
    return counts[0] if counts else None


def members_shown(sentences: Sequence[str], number: Callable[[str], int | None]) -> list[tuple[int, int]]:
    """(count, sentence index) of every number of members or attendees the content states, largest first."""
    found = [
        (n, i)
        for i, s in enumerate(sentences)
        for m in _MEMBERS_SAID.finditer(s)
        if (n := number(m.group(1))) is not None and n > 1
    ]
    return sorted(found, reverse=True)
