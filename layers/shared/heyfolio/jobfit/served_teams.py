"""A team or department a piece of work was done for ("for the finance team"): who used the work, not the
field it was in, so it dates no years of that field.

Why: a business-systems engineer's "Automated the procure-to-pay approvals for the finance team" read as
years of finance, and with the owner's years as an accounts-payable clerk made "8+ years in accounting or
finance" met by seven of them. A recruiter reads the finance team as the users served: the line shows work
with finance people (an ask to support a finance team is still met by it), not a year spent in finance.
"""

from __future__ import annotations

import re

__all__ = ["without_teams_served"]

# "for the finance team", "for our HR and payroll departments", "for 300 sales users": the group named
# between "for" and a word of a group of people at work.
_FOR_GROUP = re.compile(
    r"\bfor\s+(?:the|our|its|their|a|an|\d[\d,]*)\s+(?:[\w&/-]+\s+){0,3}?"
    r"(?:teams?|departments?|units?|functions?|users|staff|colleagues|managers|handlers|clerks|analysts)\b",
    re.IGNORECASE,
)


def without_teams_served(text: str) -> str:
    """``text`` without the groups its work was done for, to date its years by the work alone."""
    return _FOR_GROUP.sub(" ", text)
