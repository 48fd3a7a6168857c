"""A job field filled in with "nothing": "None required", "N/A", "Not applicable".

Why: a job document's form has a slot for every kind of ask ("experience", "education", "certifications"),
and a recruiter with nothing to ask there writes so in the slot rather than leaving it empty. Read as a
requirement, "None required" is a thing nobody can show and counts against every candidate as missing;
nothing is asked, so the slot is no requirement (``parse.read_job`` leaves it out of the report).
"""

from __future__ import annotations

import re

__all__ = ["asks_nothing"]

# The whole value, optionally after a short label ("Certifications: none required", "Degree - not needed").
_NOTHING = re.compile(
    r"^(?:[\w'/ -]{1,40}?\s*[:\u2013\u2014-]\s*)?"
    r"(?:none|nil|n/?a|-+|\u2014|not applicable|not required|not needed|not necessary|none required|none needed"
    r"|no (?:formal |prior |previous )?(?:experience|degree|qualifications?|certifications?|requirements?) "
    r"(?:is |are )?(?:required|needed|necessary))"
    r"[.!]?$",
    re.IGNORECASE,
)


def asks_nothing(text: str) -> bool:
    """True when ``text`` says the slot asks for nothing ("None required", "Education: N/A")."""
    return _NOTHING.fullmatch(text.strip()) is not None
