"""How long a dated entry lasted: one reading of a start and an end for every part of the engine.

Why inclusive: a résumé's month-only range names the months worked, first and last included, the
way résumé readers (LinkedIn and others) count it: "2013-03 – 2013-08" is a six-month internship
(March to August), "2015-09 – 2017-08" two years, not five months or one year and eleven. A year-only
end is read the same way (through December), and an ongoing role counts through the current month.

Why days when both ends have them: a full date says which day the work began and which day it last
ran, both worked, so ``2020-01-01 – 2020-06-30`` is six months and ``2021-01-04 – 2023-08-31`` two
years and eight months (to the nearest month). When only one end has a day, the coarser end sets
the precision: both are read as months, first and last included. A role begun on a given day and
still held counts to today (2025-02-03 to 2026-12-04 is 22 months).
"""

from __future__ import annotations

import datetime as dt

from heyfolio.content.dates import days_in_month
from heyfolio.content.model import PartialDate

__all__ = ["month_bounds", "months_spanned", "span_words", "years_spanned"]


def _start(d: PartialDate) -> float:
    assert d.year is not None
    if d.month is None:
        return d.year * 12.0
    if d.day is None:
        return d.year * 12.0 + d.month - 1
    return d.year * 12.0 + d.month - 1 + (d.day - 1) / days_in_month(d.year, d.month)


def _end(d: PartialDate) -> float:
    assert d.year is not None
    if d.month is None:
        return d.year * 12.0 + 12
    if d.day is None:
        return d.year * 12.0 + d.month
    return d.year * 12.0 + d.month - 1 + d.day / days_in_month(d.year, d.month)


def month_bounds(
    start: PartialDate | None, end: PartialDate | None, today: dt.date
) -> tuple[float, float] | None:
    """Where an entry begins and stops on a time axis counted in months (``year * 12 + month - 1``
    at the first of a month), the end being the close of its last month or day; ``end`` None or
    "present" is ongoing. None when the start has no year (nothing to count from)."""
    if start is None or start.year is None or start.present:
        return None
    s = _start(start)
    if end is None or end.present or end.year is None:
        if start.day is not None:
            e = today.year * 12.0 + today.month - 1 + today.day / days_in_month(today.year, today.month)
        else:
            e = today.year * 12.0 + today.month  # through the current month
    elif (start.day is None) != (end.day is None):
        # one end is a day, the other a month: count whole months, both included
        s = float(int(s))
        e = _end(PartialDate(raw=end.raw, year=end.year, month=end.month))
    else:
        e = _end(end)
    return s, max(s, e)


def months_spanned(start: PartialDate | None, end: PartialDate | None, today: dt.date) -> int | None:
    """Whole months from ``start`` to ``end`` (see the module's note): 2013-03 – 2013-08 is 6."""
    bounds = month_bounds(start, end, today)
    if bounds is None:
        return None
    return int(bounds[1] - bounds[0] + 0.5)


def years_spanned(start: PartialDate | None, end: PartialDate | None, today: dt.date) -> float:
    """The span in years (fractional, 0.0 when undated): 2019-01 – 2022-12 is 4.0."""
    bounds = month_bounds(start, end, today)
    return 0.0 if bounds is None else (bounds[1] - bounds[0]) / 12


def span_words(months: int) -> str:
    """A length of time as a reply says it: "2 years and 5 months", "1 year", "7 months", "under a month"."""
    years, rest = divmod(months, 12)
    out = [f"{years} year{'s' if years != 1 else ''}"] if years else []
    if rest:
        out.append(f"{rest} month{'s' if rest != 1 else ''}")
    return " and ".join(out) or "under a month"
