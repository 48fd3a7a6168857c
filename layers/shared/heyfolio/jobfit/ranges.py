"""Years asked as a range ("3-5 years", "between four and six years", "2 to 4 yrs") read as the range's low end.

Why: a recruiter who writes "4-6 years of people management" screens out anyone with fewer than four; five
years, or ten, meet it. Read as written, the number beside "years" is the top of the range, so five years
shown came out as less than asked. "yrs" and "yr" are the same unit as "years" and "year".
"""

from __future__ import annotations

import re

from heyfolio.jobfit.evidence import number_value

__all__ = ["low_end_of_years"]

_COUNT = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_UNIT = r"(?:years?|yrs?\b\.?)"
# "3-5 years", "3 – 5+ yrs", "three to five years"
_DASHED = re.compile(rf"\b{_COUNT}\s*(?:-|–|—|to)\s*{_COUNT}\s*\+?\s*{_UNIT}", re.IGNORECASE)
# "between 3 and 5 years"
_BETWEEN = re.compile(rf"\bbetween\s+{_COUNT}\s+and\s+{_COUNT}\s*\+?\s*{_UNIT}", re.IGNORECASE)
# "5+ yrs", "2 yr": the abbreviation after a count
_ABBREVIATED = re.compile(rf"\b{_COUNT}(\s*\+?\s*)yr(s?)\b\.?", re.IGNORECASE)


def _low_end(m: re.Match[str]) -> str:
    low, high = number_value(m.group(1)), number_value(m.group(2))
    if low is None or high is None or low >= high:
        return m.group(0)  # not a range ("5-5 years", a version "2-1") - leave it as written
    return f"{low}+ years"


def low_end_of_years(text: str) -> str:
    """``text`` with a range of years asked written as its low end ("4-6 years of Go" -> "4+ years of Go") and
    "yrs" written out; the text unchanged when it asks no such thing."""
    out = _BETWEEN.sub(_low_end, text)
    out = _DASHED.sub(_low_end, out)
    return _ABBREVIATED.sub(lambda m: f"{m.group(1)}{m.group(2)}year{m.group(3)}", out)
