"""Citations counted by the verb ("cited 1,000+ times", "cited about 240 times") read as the noun ("1,000+
citations", "about 240 citations").

Why: a count is compared with the figures the content gives of the same thing, named by the noun after
the number; "times" after "cited" says how often, and "times" counts nothing the checks compare, so "Papers
cited 1,000+ times" was matched by a publication "cited about 240 times" and "about 610 citations".
"""

from __future__ import annotations

import re

__all__ = ["citations_as_counted"]

_CITED_TIMES = re.compile(
    r"\bcited\s+((?:about|around|roughly|over|more than|at least|nearly|some)\s+)?(\d[\d,.]*\s*[km]?\s*\+?)\s*times\b",
    re.IGNORECASE,
)


def citations_as_counted(text: str) -> str:
    """``text`` with every "cited N times" written as "N citations"."""
    return _CITED_TIMES.sub(lambda m: f"{m.group(1) or ''}{m.group(2).strip()} citations", text)
