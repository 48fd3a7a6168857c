"""Numbers that are part of a name, not an amount: "S7-1500", "ISA-88", "IEC 62443", "EC2".

Why: a sentence states an amount when it has a figure, and any digit was read as one, so
"ISA/IEC 62443 Cybersecurity Fundamentals Specialist" answered "how many certifications does he
have?" as if it stated the count, and "Siemens S7-1500 PLCs" was a figure of PLCs. A number glued to
the letters of a name, joined to a capitalised name by a hyphen or a slash, or written after a
standard's initials (three digits or more) names a model, a version or a standard; it counts nothing.
"""

from __future__ import annotations

import re

__all__ = ["without_codes"]

_CODE = re.compile(
    # letters then digits in one token: "S7", "EC2", "ES2015", "H264"
    r"\b[A-Za-z]+\d[\w.]*"
    # a capitalised name joined to a number: "ISA-88", "S7-1500", "ISO/IEC-27001", "Series-3"
    r"|(?<=[A-Z][\w])[-/]\d[\d.]*\b|(?<=[A-Z])[-/]\d[\d.]*\b"
    # a standard's initials, then its number: "IEC 62443", "ISO 9001" (not "NPS 72": a score)
    r"|(?<=\b[A-Z]{2})\s\d{3,}\b(?![.,]\d|\s?%)|(?<=\b[A-Z]{3})\s\d{3,}\b(?![.,]\d|\s?%)"
)


def without_codes(text: str) -> str:
    """``text`` with the numbers that name something (``_CODE``) taken out."""
    return _CODE.sub(" ", text)
