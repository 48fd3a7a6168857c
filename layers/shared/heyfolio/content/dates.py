"""Résumé dates as people write them, read into ``PartialDate``.

JSON Resume wants ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, but real résumés say
"May 2019", "Present" or "Summer 2018". We accept those (keeping the raw text) so
a hand-written résumé loads, while anything that *looks* like an ISO date must be
a real one: ``2013-12-021`` or ``2019-13`` is a typo worth reporting, not prose.
"""

from __future__ import annotations

import re

from heyfolio.content.model import PartialDate

#: What the validator says it wanted when a date is wrong.
DATE_EXPECTED = 'a date: YYYY, YYYY-MM or YYYY-MM-DD (or text such as "May 2019" or "Present")'

_ISO_START = re.compile(r"^\d{4}-")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_YEAR = re.compile(r"^\d{4}$")
# "2019/05", "2019/05/01", "2019.05"
_YEAR_FIRST = re.compile(r"^(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?$")
# "05/2019", "5.2019"
_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.](\d{4})$")
_WORD = re.compile(r"[A-Za-z]+")
_FOUR_DIGITS = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_SHORT_YEAR = re.compile(r"['’](\d{2})(?!\d)")

_PRESENT = frozenset({"present", "current", "currently", "now", "today", "ongoing", "to date", "till date"})
_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MIN_YEAR, _MAX_YEAR = 1000, 2999  # the schema's pattern allows [1-2]NNN


class DateError(ValueError):
    """A date we refuse, with a hint for fixing it (``str(err)`` is the hint)."""


def _month_of(word: str) -> int | None:
    word = word.lower()
    if word in _MONTHS:
        return _MONTHS[word]
    # "janu", "september" name a month; "marching" does not
    if len(word) > 3 and word[:3] in _MONTHS and _MONTH_NAMES[_MONTHS[word[:3]] - 1].startswith(word):
        return _MONTHS[word[:3]]
    return None


def days_in_month(year: int, month: int) -> int:
    """The days in ``month`` of ``year`` (leap years counted)."""
    # spelled out rather than importing calendar, which costs more than this whole module
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _checked(raw: str, year: int, month: int | None, day: int | None) -> PartialDate:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise DateError(f"the year {year} is out of range")
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"the month {month:02d} is not between 01 and 12")
    if day is not None:
        assert month is not None
        last = days_in_month(year, month)
        if not 1 <= day <= last:
            raise DateError(f"day {day:02d} does not exist in {year:04d}-{month:02d} (it has {last} days)")
    return PartialDate(raw=raw, year=year, month=month, day=day)


def parse_partial_date(raw: str) -> PartialDate:
    """Read a résumé date, strict for ISO-looking text and lenient for prose.

    Raises ``DateError`` (a ``ValueError``) with a hint when the text is an invalid
    ISO date or holds no year at all (and is not "Present").
    """
    text = raw.strip()
    if _ISO_START.match(text):
        m = _ISO.match(text)
        if m is None:
            raise DateError("write YYYY, YYYY-MM or YYYY-MM-DD with two-digit month and day, e.g. 2013-12-02")
        year, month, day = m.group(1), m.group(2), m.group(3)
        return _checked(raw, int(year), int(month) if month else None, int(day) if day else None)
    if _YEAR.match(text):
        return _checked(raw, int(text), None, None)
    if " ".join(text.lower().split()) in _PRESENT:
        return PartialDate(raw=raw, present=True)
    m = _YEAR_FIRST.match(text)
    if m:
        return _checked(raw, int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
    m = _MONTH_YEAR.match(text)
    if m:
        return _checked(raw, int(m.group(2)), int(m.group(1)), None)
    return _free_form(raw, text)


def _free_form(raw: str, text: str) -> PartialDate:
    """Prose such as "May 2019", "Sept. '19" or "Summer 2018": take the year and, if named, the month."""
    years = _FOUR_DIGITS.findall(text)
    if years:
        year = int(years[0])
    else:
        short = _SHORT_YEAR.search(text)
        if short is None:
            raise DateError('no year found; write e.g. 2019-05, "May 2019" or "Present"')
        year = 2000 + int(short.group(1))
    month = None
    for word in _WORD.findall(text):
        month = _month_of(word)
        if month is not None:
            break
    return _checked(raw, year, month, None)


def sort_key(date: PartialDate | None) -> tuple[int, int, int]:
    """Chronological order for partial dates: "Present" sorts last, no date first."""
    if date is None:
        return (0, 0, 0)
    if date.present:
        return (9999, 12, 31)
    return (date.year or 0, date.month or 0, date.day or 0)
