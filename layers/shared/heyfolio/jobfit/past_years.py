"""An earlier period named inside a later entry ("after my SRE years at the same company", "following
four years as a support analyst"): the years of another entry, not of this one, so it dates nothing here.

Why: an engineering manager's summary "Line manager of the data platform team, after my SRE years at the
same company" dated its two years and eight months as SRE work, and with the SRE role itself made
"3+ years in an SRE on-call rotation" met by four years where twenty months were shown. A recruiter reads
the clause as a pointer back to the role that holds those years.
"""

from __future__ import annotations

import re

__all__ = ["without_past_years"]

# "after my SRE years", "following her time as a consultant", "after four years as a support analyst",
# "before my years in banking": a period named by what filled it, opened by after / following / before.
_PAST_PERIOD = re.compile(
    r"\b(?:after|following|before)\s+"
    r"(?:(?:my|his|her|their)\s+(?:[\w/&+-]+\s+){0,3}?(?:years?|time|stint|days)"
    r"|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+years?)"
    r"(?:\s+(?:as|in|at)\s+(?:an?\s+|the\s+)?(?:[\w/&+-]+\s+){0,2}?[\w/&+-]+)?"
    r"(?=\s*(?:[,.;:)]|$|\s+(?:at|with|in|on|for)\s+(?:the|my|our|a|an)\s+))",
    re.IGNORECASE,
)


def without_past_years(text: str) -> str:
    """``text`` without the earlier periods it names, to date its years by what it says of itself."""
    return _PAST_PERIOD.sub(" ", text)
