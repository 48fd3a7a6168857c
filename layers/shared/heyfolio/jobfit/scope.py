"""Leading fewer people than asked is the thing asked at a smaller scope.

"Lead a team of 10+ security engineers" against a team of four led: the owner leads, at less than the
size asked, which recruiters read as partial however large the gap. Managing (reports, reviews) and
growing a team are other asks: their own checks decide them.
"""

from __future__ import annotations

import re

__all__ = ["fewer_led"]

_LEAD_ASK = re.compile(r"\b(?:lead|leads|leading|led|tech[- ]lead)\b", re.IGNORECASE)
_OTHER_ASK = re.compile(
    r"\b(?:manag\w*|direct reports?|reports?\b|hire|hiring|grow|grew|grown|growing|scale[sd]?|scaling|"
    r"built|build|building|performance reviews?)\b",
    re.IGNORECASE,
)


def fewer_led(text: str) -> bool:
    """Whether a counted-team ask asks only for leading it ("Lead a team of 10+"), so a smaller team
    led is partial rather than nothing."""
    return bool(_LEAD_ASK.search(text)) and not _OTHER_ASK.search(text)
