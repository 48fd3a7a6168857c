"""How many people of a named trade were led: "a team of 10+ annotators" is met by the annotators counted.

"Coordinated a team of 10+ annotators" against "a team of 12 annotators that I trained and coordinated":
read as a team led, the count was compared with the largest group of engineers led (four), and came back
missing. A team named by a trade other than engineering (annotators, hydrologists, nurses, volunteers) is
counted where the content counts that same trade; the group of engineers led says nothing of it, and
counting the annotators as a group led would let them meet asks for engineers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["crew_asked", "crew_shown"]

# The generic or technical people a group led is counted in, read as a group led elsewhere.
_LED_KINDS = frozenset(
    str.split(
        "engineers developers programmers scientists sres architects analysts designers testers people persons "
        "members staff employees reports managers leads individuals contributors ics folks others years "
        "months weeks days hours countries sites offices services products teams squads"
    )
)
# The sentence counting them says they were led: "a team of 12 annotators that I trained and coordinated",
# "Trained six agency hydrologists"; not "worked alongside 40 nurses".
_LED = re.compile(
    r"\b(?:led|lead|leading|managed|managing|coordinated|coordinating|supervised|supervising|trained|"
    r"training|ran|running|directed|headed|oversaw|overseeing|recruited|hired)\b|\bteam of\b",
    re.IGNORECASE,
)
_CREW_ASKED = re.compile(
    r"\b(?:teams?|groups?|crews?|pools?) of (\d[\d,]*|[a-z]+)\s*\+?\s*(?:or more\s+)?([a-z][a-z-]*s)\b",
    re.IGNORECASE,
)


def crew_asked(text: str, number: Callable[[str], int | None]) -> tuple[int, str] | None:
    """(count, trade) of a team an ask names by a trade other than engineering ("a team of 10+ annotators"
    -> (10, "annotators")); None when the team is of engineers, people or no trade."""
    for m in _CREW_ASKED.finditer(text):
        kind = m.group(2).casefold()
        if kind in _LED_KINDS or kind.endswith("ss"):
            continue
        if (n := number(m.group(1))) is not None and n > 1:
            return n, kind
    return None


def crew_shown(
    sentences: Sequence[str], kind: str, number: Callable[[str], int | None]
) -> list[tuple[int, int]]:
    """(count, sentence index) of every number of ``kind`` the content says were led or trained ("a team of
    12 annotators", "Trained six agency hydrologists": a word may say which), largest first."""
    said = re.compile(r"(\d[\d,]*|\b[a-z]+)\s*\+?\s+(?:[A-Za-z-]+\s+)?" + re.escape(kind) + r"\b", re.I)
    found = [
        (n, i)
        for i, s in enumerate(sentences)
        if _LED.search(s)
        for m in said.finditer(s)
        if (n := number(m.group(1))) is not None and n > 1
    ]
    return sorted(found, reverse=True)
