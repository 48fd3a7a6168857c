"""A sentence's connective opener ("Finally, you will mentor juniors", "In addition, ..."): how the ad
links its sentences, not a thing asked.

Why: a capitalised connective read as a name ("not shown: Finally") held a met requirement at partial.
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


def without_opener(text: str) -> str:
    """``text`` without a leading connective and its comma (unchanged when it has none)."""
    return _OPENER.sub("", text, count=1)
