"""The employer's reason for an ask ("..., since they're moving into telematics"): why it is asked, not what
is asked.

Why: a recruiter's email or a prose ad explains its asks ("Background in automotive would be a plus, since
they are moving into telematics"; "Go experience, because our backend is written in Go"). Read as part of
the ask, the reason's words ("telematics", "moving") were looked for in the owner's content and held a met
ask at partial. The reason is a clause opened by "since", "as" or "because" whose subject is the employer
("they", "we", "the team", "our ...") with its verb; a clause about the owner ("since you will lead it") stays.
So does the use the hire will make of it ("Jetpack Compose, so you can review Android pull requests"): a
purpose after a comma, opened by "so (that) you can", says what the thing asked is for, not a second thing.
"""

from __future__ import annotations

import re

__all__ = ["without_rationale"]

_REASON = re.compile(
    r"[,;]?\s+(?:since|as|because)\s+"
    r"(?:(?:they|we|it)(?:['’](?:re|ll|ve|d|s))?|(?:the|our|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?:are|is|was|were|will|would|have|has|had|need|needs|plan|plans|use|uses|run|runs|build|builds|ship|"
    r"ships|work|works|operate|operates|serve|serves|sell|sells|expect|expects|moving|going|growing|"
    r"building|currently|now|already)\b[^.;]*",
    re.IGNORECASE,
)
# "Jetpack Compose, so you can review Android pull requests": what the hire will do with the thing asked
_PURPOSE = re.compile(
    r"[,;]\s*so\s+(?:that\s+)?(?:you|you['’]ll|they|we)\s+(?:can|could|will|would|are able to)\s[^.;]*",
    re.IGNORECASE,
)


# "Prepare cost plans for our analysts to check": whom the work is handed to and what they do with it, at the
# line's end; the work is the ask.
_HANDED_TO = re.compile(
    r"\s+for\s+(?:our|your|the|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+to\s+[a-z][\w-]*(?:\s+[\w-]+){0,3}\W*$",
    re.IGNORECASE,
)


def without_rationale(text: str) -> str:
    """``text`` without a trailing clause giving the employer's reason or whom the work is for (unchanged when
    it has none, or when too little would be left to ask anything)."""
    for reason, least in ((_REASON, 2), (_PURPOSE, 1), (_HANDED_TO, 2)):
        m = next((m for m in reason.finditer(text) if len(text[: m.start()].split()) >= least), None)
        text = text if m is None else text[: m.start()] + text[m.end() :]
    return text
