"""A sentence's connective opener ("Finally, you will mentor juniors", "In addition, ..."): how the ad
links its sentences, not a thing asked.

Why: a capitalised connective read as a name ("not shown: Finally") held a met requirement at partial, and
so did the points of "Bonus points if you've open-sourced a tool" ("not shown: points") and the "Domain" of
"Domain knowledge of cost estimation" ("not shown: Domain").
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


# "Domain knowledge of construction costs", "domain expertise in payments": the field follows and is the ask;
# "domain" only says the knowledge is of a field ("Payments domain experience", where the field comes first,
# is read as written).
_DOMAIN_KNOWING = re.compile(
    r"\bdomain\s+(?=(?:knowledge|expertise|experience|understanding)\s+(?:of|in|within)\s)", re.IGNORECASE
)


def without_opener(text: str) -> str:
    """``text`` without a leading connective and its comma, a "bonus points if", or the "domain" of
    "domain knowledge of X" (unchanged when it has none)."""
    return _DOMAIN_KNOWING.sub("", _POINTS.sub("", _OPENER.sub("", text, count=1), count=1))
