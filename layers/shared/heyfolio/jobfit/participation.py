"""Leading or owning a piece of work asked, taking part in it shown: "Led incident response" against "joined
the on-call rotation", "Experience owning PCI DSS compliance" against "part of the team that passed the audit".

Why: an ad that asks to have led, headed or driven a thing asks for more than having been there. The
words of the thing (incident, on-call, migration) are all shown by a passage that says the owner joined,
helped with or was part of it, so the ask read as met. Where every passage that shows it says the owner
took part and none says they led, ran, owned or set it up, the thing is shown, not at the role asked
(partial). Leading people (a team of six) is read elsewhere, with its sizes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["lead_asked", "only_took_part"]

# An ask to have led a piece of work: the verb opens the requirement, after at most an ad's opener.
_LEAD_ASKED = re.compile(
    r"^\s*(?:(?:proven\s+|demonstrated\s+|hands-on\s+)?(?:experience|track record|history)\s+(?:of\s+|in\s+)?)?"
    r"(?:led|lead|leading|headed|heading|spearhead\w*|drove|drive|driving|directed|directing|chaired|chairing|"
    r"owned|owning)\b",
    re.IGNORECASE,
)
# What says the owner took part in the work, not that they led it.
_TOOK_PART = re.compile(
    r"\b(?:joined|join|part of|member of|contributed|contributing|contributor|helped|helping|assisted|"
    r"assisting|participated|participating|took part|supported|supporting|took my share|shadow\w*)\b",
    re.IGNORECASE,
)
# What says the owner led, ran or set up the work.
_LED = re.compile(
    r"\b(?:led|lead|leading|leader|head(?:ed)?|ran|run|running|own(?:ed|er)?|drove|driving|direct(?:ed|or)|"
    r"spearhead\w*|chair\w*|organi[sz]\w*|coordinat\w*|command\w*|in charge|set up|introduc\w*|"
    r"started|founded|established|built|designed|created|managed|facilitat\w*|coach\w*)\b",
    re.IGNORECASE,
)
# People led are read with their sizes elsewhere: "Lead a team of 8", "lead engineers".
_PEOPLE = re.compile(
    r"\b(?:team|teams|group|squad|people|engineers|developers|staff|reports|department|organi[sz]ation)\b",
    re.IGNORECASE,
)


def lead_asked(text: str) -> bool:
    """Whether the requirement asks to have led a piece of work (not a group of people)."""
    return _LEAD_ASKED.search(text) is not None and _PEOPLE.search(text) is None


def only_took_part(evidence: Iterable[str]) -> bool:
    """Whether the passages that show the work say the owner took part in it and none says they led it."""
    texts = list(evidence)
    return any(_TOOK_PART.search(t) for t in texts) and not any(_LED.search(t) for t in texts)
