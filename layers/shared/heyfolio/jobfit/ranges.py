"""Years asked as a range ("3-5 years", "between four and six years", "2 to 4 yrs") read as the range's low end,
and so is a range of people ("a group of 10–15 engineers", "between 5 and 8 direct reports").

Why: a recruiter who writes "4-6 years of people management" screens out anyone with fewer than four; five
years, or ten, meet it. Read as written, the number beside "years" is the top of the range, so five years
shown came out as less than asked. "yrs" and "yr" are the same unit as "years" and "year". A range of people is the same screen: "two teams (10–15
engineers)" is met by a manager of 13, where the count read beside "engineers" was the top, 15.
"""

from __future__ import annotations

import re

from heyfolio.jobfit.evidence import number_value

__all__ = ["low_end_of_people", "low_end_of_years"]

_COUNT = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_UNIT = r"(?:years?|yrs?\b\.?)"
# "3-5 years", "3 – 5+ yrs", "three to five years"
_DASHED = re.compile(rf"\b{_COUNT}\s*(?:-|–|—|to)\s*{_COUNT}\s*\+?\s*{_UNIT}", re.IGNORECASE)
# "between 3 and 5 years"
_BETWEEN = re.compile(rf"\bbetween\s+{_COUNT}\s+and\s+{_COUNT}\s*\+?\s*{_UNIT}", re.IGNORECASE)
# "5+ yrs", "2 yr": the abbreviation after a count
_ABBREVIATED = re.compile(rf"\b{_COUNT}(\s*\+?\s*)yr(s?)\b\.?", re.IGNORECASE)


_PEOPLE = (
    r"(?:[\w-]+\s+){0,3}?(?:engineers|people|developers|reports|members|staff|employees|managers|scientists|"
    r"analysts|designers|researchers)\b"
)
_PEOPLE_COUNT = r"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
# "10–15 engineers", "10 to 15 people", "between 5 and 8 direct reports"
_PEOPLE_RANGE = re.compile(
    rf"\b(?:between\s+)?{_PEOPLE_COUNT}\s*(?:-|–|—|to|and)\s*{_PEOPLE_COUNT}\s*\+?\s*(?={_PEOPLE})",
    re.IGNORECASE,
)


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


def _low_people(m: re.Match[str]) -> str:
    low, high = number_value(m.group(1)), number_value(m.group(2))
    if low is None or high is None or low >= high:
        return m.group(0)
    if m.group(0).casefold().split()[0] != "between" and re.search(r"\band\b", m.group(0), re.IGNORECASE):
        return m.group(0)  # "two and three engineers" without "between" is no range
    if re.search(r"\bfrom\s+$", m.string[: m.start()], re.IGNORECASE):
        return m.group(0)  # "growing a team from 5 to 15 engineers": a growth, whose end is the size asked
    return f"{low}+ "


def low_end_of_people(text: str) -> str:
    """``text`` with a range of people asked written as its low end ("10–15 engineers" -> "10+ engineers");
    unchanged when it asks no such range."""
    return _PEOPLE_RANGE.sub(_low_people, text)
