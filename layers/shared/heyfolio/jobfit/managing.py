"""Years of management asked by the noun: "7+ years of management experience", "6+ years in engineering
management", "5 years of team management".

Why: the years of an ask are counted from the dated entries that show its topic, and "management" on its
own names no topic, so the career's whole length was counted ("about 14 years of work shown") against an
ask that only a manager's years meet. Recruiters read bare management, and management of engineers,
teams or people, as managing people; "product management", "incident management" or "data management"
name a discipline and keep their own years.
"""

from __future__ import annotations

import re

__all__ = ["management_years_asked"]

# The years, then "of"/"in" and the management itself, bare or of people ("engineering", "team", "direct line").
_MANAGEMENT_YEARS = re.compile(
    r"\byears?\b[^.;:]{0,30}?\b(?:of|in)\s+(?:direct\s+)?(?:(?:engineering|team|people|line|staff|software|development|"
    r"technical|tech)\s+)?management\b",
    re.IGNORECASE,
)


# The management named first, its years after a colon, as a table row is read ("People management: 5+ years").
_MANAGEMENT_THEN_YEARS = re.compile(
    r"^\s*(?:(?:engineering|team|people|line|staff|software|development|technical|tech)\s+)?management\s*:"
    r"[^.;]{0,12}\byears?\b",
    re.IGNORECASE,
)


def management_years_asked(text: str) -> bool:
    """Whether ``text`` asks years of managing people by the noun ("8+ years of engineering management
    experience", "People management: 5+ years"), not years of a discipline named management ("5+ years of
    product management")."""
    return bool(_MANAGEMENT_YEARS.search(text) or _MANAGEMENT_THEN_YEARS.search(text))
