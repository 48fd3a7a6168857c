"""Under-calls of wording (session 16): British and American spellings are one word, and a figure in a
bullet is read with its entry's heading ("About 1,900 GitHub stars" under an open-source project)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.openers import without_opener
from heyfolio.jobfit.spelling import spelling_variants
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a US-written résumé of a Go developer in Denver.
OWNER: dict[str, Any] = {
    "basics": {"name": "Casey Sample", "summary": "Go developer who likes to analyze flaky behavior."},
    "work": [
        {
            "name": "Front Range Rail",
            "position": "Software Engineer",
            "startDate": "2019-01",
            "highlights": ["Co-organize the company's internal Go meetup every month"],
        }
    ],
    "projects": [
        {
            "name": "tidepool",
            "description": "Open-source Go library for connection pooling.",
            "highlights": ["About 2,400 GitHub stars and 60 contributors."],
        }
    ],
}


def _status(line: str) -> str:
    item = assessed(OWNER, line, today=TODAY)
    return str(item["status"])


def test_spelling_variants() -> None:
    assert spelling_variants("organis") == ("organiz",)
    assert spelling_variants("behavior") == ("behaviour",)
    assert spelling_variants("catalogu") == ("catalog",)
    assert spelling_variants("go") == ()


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Experience organising meetups", "matched"),
        ("You enjoy analysing flaky behaviour", "matched"),
        ("Maintainer of an open-source library with 1,000+ GitHub stars", "matched"),
        ("Maintainer of an open-source library with 5,000+ GitHub stars", "partial"),  # fewer than asked
    ],
)
def test_under_calls_of_wording(line: str, want: str) -> None:
    assert _status(line) == want


def test_a_connective_opener_is_not_asked() -> None:
    assert without_opener("Finally, you will coach new hires") == "you will coach new hires"
    assert without_opener("In addition, Go experience") == "Go experience"
    assert without_opener("Finland-based team") == "Finland-based team"
    assert _status("Finally, you will coach beginners at a meetup") == _status(
        "You will coach beginners at a meetup"
    )
