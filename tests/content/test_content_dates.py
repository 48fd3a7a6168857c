"""Résumé dates: strict when they look like ISO dates, lenient for prose."""

from __future__ import annotations

import json

import pytest
from content_helpers import FIXTURES

from heyfolio.content.dates import DateError, parse_partial_date, sort_key
from heyfolio.content.model import PartialDate

DATE_CASES = json.loads((FIXTURES / "section-cases" / "dates.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(DATE_CASES))
def test_fixture_dates(name: str) -> None:
    raw = DATE_CASES[name]
    if name == "invalid":
        with pytest.raises(DateError):
            parse_partial_date(raw)
    else:
        assert parse_partial_date(raw).iso() == raw


@pytest.mark.parametrize(
    ("raw", "year", "month", "day"),
    [
        ("2013", 2013, None, None),
        ("2013-12", 2013, 12, None),
        ("2013-12-02", 2013, 12, 2),
        ("2024-02-29", 2024, 2, 29),  # leap day
        ("2000-02-29", 2000, 2, 29),  # divisible by 400: a leap year
        ("May 2019", 2019, 5, None),
        ("Jan 2020", 2020, 1, None),
        ("September 2017", 2017, 9, None),
        ("Sept. 2017", 2017, 9, None),
        ("2019/05", 2019, 5, None),
        ("2019/05/07", 2019, 5, 7),
        ("05/2019", 2019, 5, None),
        ("Summer 2018", 2018, None, None),
        ("Q3 2018", 2018, None, None),
        ("Mar '19", 2019, 3, None),
        (" 2015 ", 2015, None, None),
    ],
)
def test_accepted_dates(raw: str, year: int, month: int | None, day: int | None) -> None:
    date = parse_partial_date(raw)
    assert (date.year, date.month, date.day, date.present) == (year, month, day, False)
    assert date.raw == raw  # the author's text is kept


@pytest.mark.parametrize("raw", ["Present", "present", "current", "Now", "ongoing", "To  date"])
def test_present(raw: str) -> None:
    date = parse_partial_date(raw)
    assert date.present and date.year is None and date.raw == raw
    assert date.iso() == raw


@pytest.mark.parametrize(
    ("raw", "hint_part"),
    [
        ("2013-12-021", "YYYY-MM-DD"),
        ("2013-13", "month 13"),
        ("2013-00", "month 00"),
        ("2023-02-29", "does not exist"),
        ("1900-02-29", "28 days"),  # divisible by 100 but not 400
        ("2013-04-31", "30 days"),
        ("2013-1-5", "two-digit"),
        ("2019-05-01T10:00:00", "YYYY-MM-DD"),
        ("0999", "out of range"),
        ("2019/13", "month 13"),
        ("someday", "no year"),
        ("", "no year"),
    ],
)
def test_rejected_dates(raw: str, hint_part: str) -> None:
    with pytest.raises(DateError) as err:
        parse_partial_date(raw)
    assert hint_part in str(err.value)


def test_month_words_need_a_real_prefix() -> None:
    # "Marching" is not March; the year is still read
    date = parse_partial_date("Marching 2019")
    assert (date.year, date.month) == (2019, None)


def test_sort_key_orders_partial_dates() -> None:
    dates = [parse_partial_date(x) for x in ("Present", "2019", "2019-05", "2018-12-31", "2019-05-02")]
    ordered = sorted([None, *dates], key=sort_key)
    assert [d.raw if d else None for d in ordered] == [
        None,
        "2018-12-31",
        "2019",
        "2019-05",
        "2019-05-02",
        "Present",
    ]
    assert sort_key(PartialDate(raw="x")) == (0, 0, 0)
