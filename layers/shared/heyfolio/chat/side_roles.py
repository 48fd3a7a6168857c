"""Whether a running job is held on the side of another: what "current job" and "most recent job" skip.

Why: a weekend consultancy or a part-time lectureship begun after the main job starts later and is
also "present", so a date order puts it first; what a visitor means by the current or most recent job
is the main one. A side role says so in its title (freelance, part-time, adviser, lecturer) or in the
lines that describe it (at weekends, in the evenings, on the side); only the title and those lines are
read, not the highlights, where "over a weekend" is a result's timing.
"""

from __future__ import annotations

import re

from heyfolio.search.chunks import Chunk

__all__ = ["side_role"]

_SIDE_TITLE = re.compile(
    r"\b(?:part[- ]time|intern|internship|trainee|freelance\w*|moonlight\w*|lecturer|teaching assistant|adjunct|advis[eo]r|advisory|"
    r"volunteer\w*|board member|non-executive)\b",
    re.IGNORECASE,
)
_SIDE_TEXT = re.compile(
    r"\b(?:part[- ]time|(?:at|on|over) (?:the )?weekends?|weekend \w+|evenings?|on the side|side (?:job|gig|business)|"
    r"alongside (?:my|her|his|their) (?:main |full[- ]time |day )?(?:job|role|work))\b",
    re.IGNORECASE,
)


def side_role(chunk: Chunk) -> bool:
    """Whether a work passage's title or description says the job is held on the side."""
    if _SIDE_TITLE.search(chunk.title):
        return True
    described = chunk.text.partition("\nHighlights:")[0].split("\n")[1:]  # the heading line is the title
    return any(_SIDE_TEXT.search(line) for line in described)
