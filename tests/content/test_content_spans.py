"""One reading of a start and an end: month-only ranges count both months, full dates count days."""

from __future__ import annotations

import datetime as dt

from heyfolio.content.dates import parse_partial_date
from heyfolio.content.spans import month_bounds, months_spanned, years_spanned

TODAY = dt.date(2026, 12, 5)


def _months(start: str, end: str) -> int | None:
    return months_spanned(parse_partial_date(start), parse_partial_date(end), TODAY)


def test_month_only_ranges_count_the_first_and_the_last_month() -> None:
    assert _months("2011-04", "2011-09") == 6  # an April-to-September co-op is six months
    assert _months("2016-10", "2018-09") == 24  # two school years as a lab assistant
    assert _months("2020-02", "2020-02") == 1  # a one-month contract
    assert _months("2019-01", "2022-12") == 48


def test_year_only_ends_run_through_december() -> None:
    assert _months("2014", "2016") == 36
    assert _months("2014-06", "2016") == 31  # June 2014 through December 2016


def test_full_dates_count_the_days_worked_to_the_nearest_month() -> None:
    assert _months("2020-01-01", "2020-06-30") == 6
    assert _months("2018-03-12", "2018-09-11") == 6
    assert _months("2018-03-12", "2018-04-20") == 1  # five weeks
    assert _months("2017-05-02", "2019-11-29") == 31


def test_one_full_date_and_one_month_are_read_as_months() -> None:
    assert _months("2022-05-16", "2022-10") == 6
    assert _months("2022-05", "2022-10-03") == 6


def test_an_ongoing_role_counts_through_the_current_month() -> None:
    assert _months("2026-03", "Present") == 10  # March to December 2026
    assert months_spanned(parse_partial_date("2025-07"), None, TODAY) == 18
    assert _months("2025-02-03", "present") == 22  # begun on a day: counted to today


def test_undated_starts_have_no_span() -> None:
    assert months_spanned(None, parse_partial_date("2020-01"), TODAY) is None
    assert month_bounds(parse_partial_date("Present"), None, TODAY) is None
    assert years_spanned(None, None, TODAY) == 0.0


def test_years_spanned_is_the_month_count_in_years() -> None:
    assert years_spanned(parse_partial_date("2013-09"), parse_partial_date("2018-08"), TODAY) == 5.0
