"""A sentence's connective opener ("Finally, you will mentor juniors", "In addition, ..."): how the ad
links its sentences, not a thing asked.

Why: a capitalised connective read as a name ("not shown: Finally") held a met requirement at partial, and
so did the points of "Bonus points if you've open-sourced a tool" ("not shown: points").
"""

from __future__ import annotations

import re

__all__ = ["without_opener"]

_OPENER = re.compile(
    r"^\s*(?:finally|lastly|additionally|also|moreover|furthermore|besides|plus|above all|in addition|"
    r"on top of (?:that|this)|most importantly|importantly|of course|equally|likewise|first(?:ly)?|"
    r"second(?:ly)?|third(?:ly)?|next|then|and|but)\s*,\s+",
    re.IGNORECASE,
)


# "Bonus points if you've given talks", "Extra points for Rust": how much the ad would like it, not a thing asked
_POINTS = re.compile(r"^\s*(?:bonus|extra|brownie)\s+points?\s+(?:if|for|when)\s+", re.IGNORECASE)


def without_opener(text: str) -> str:
    """``text`` without a leading connective and its comma, or a "bonus points if" (unchanged when it has
    neither)."""
    return _POINTS.sub("", _OPENER.sub("", text, count=1), count=1)
