"""The size of a team one works in: "Worked in a team of 8 engineers" is met by a team of eight one was in.

An ask of membership names a team's size as a place to work, not a group to lead; read as "a team of",
the size was compared with the largest group led and came back short for a member of a team of eight who
led five. The teams the content says the owner was in ("Member of a team of eight engineers", "Joined a
five-person SRE team", "One of four engineers") or led count: leading a team is being in it too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["membership_asked", "teams_shown"]

_LEADS = re.compile(
    r"\b(?:lead|leads|led|leading|manag\w*|head\w*|supervis\w*|run|running|ran|direct\w*)\b", re.I
)
_MEMBER_ASKED = re.compile(
    r"\b(?:in|within|on|into|part of|member of|join|joined|joining|with)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?team of\s+(\d+|[a-z]+)\b",
    re.IGNORECASE,
)
_COUNT = r"(\d+|[a-z]+)"
_TEAM_SAID = re.compile(
    rf"\bteam of {_COUNT}\b|\b{_COUNT}-(?:person|people|strong)\b(?:\s+[\w-]+){{0,2}}?\s+team\b|"
    rf"\bone of {_COUNT}\s+(?:[\w-]+\s+)?(?:engineers|developers|people)\b",
    re.IGNORECASE,
)


def membership_asked(text: str, number: Callable[[str], int | None]) -> int | None:
    """The size of a team an ask wants the owner to have worked in ("Worked in a team of 8 engineers",
    "experience as part of a team of 10+"); None when it asks to lead one or names no size."""
    m = _MEMBER_ASKED.search(text)
    if m is None or _LEADS.search(text[: m.start()]):
        return None
    n = number(m.group(1))
    return n if n is not None and n > 1 else None


def teams_shown(sentences: Sequence[str], number: Callable[[str], int | None]) -> list[tuple[int, int]]:
    """(size, sentence index) of every team the content says the owner was in or led, largest first."""
    found = [
        (n, i)
        for i, s in enumerate(sentences)
        for m in _TEAM_SAID.finditer(s)
        if (n := number(next(g for g in m.groups() if g))) is not None and n > 1
    ]
    return sorted(found, reverse=True)
