"""An amount of money asked (session 16): "a budget of €500k+" is compared with the amounts the content
states for the same thing, in any of the common currencies; no budget shown at all is missing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.money import amount_asked, measured_thing
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a platform lead in Bergen who owned a tooling budget.
OWNER: dict[str, Any] = {
    "basics": {"name": "Sigrid Eksempel", "summary": "Platform lead."},
    "work": [
        {
            "name": "Fjord Freight",
            "position": "Platform Lead",
            "startDate": "2020-03",
            "highlights": [
                "Owned a yearly budget of $750,000 for cloud and developer tooling",
                "Led a team of five platform engineers",
            ],
        }
    ],
}


def _status(line: str) -> str:
    item = assessed(OWNER, line, today=TODAY)
    return str(item["status"])


def test_amounts() -> None:
    assert amount_asked("a budget of €1.5M+ for tooling") == 1_500_000
    assert amount_asked("EUR 300k annual spend") == 300_000
    assert amount_asked("3+ years of Go") is None
    assert measured_thing("Own a cloud budget of EUR 2M+") == "budget"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Ownership of a budget of €500k+ for cloud and tooling", "matched"),  # $750,000: one scale
        ("Ownership of a budget of €2M+ for cloud and tooling", "partial"),  # less than asked
        ("Own a budget of EUR 600k+", "matched"),
        ("Own a budget of EUR 1M+", "partial"),
        ("Manage revenue of EUR 1M+", "missing"),  # no revenue shown at all
    ],
)
def test_money_asked(line: str, want: str) -> None:
    assert _status(line) == want


def test_the_period_of_an_amount_is_how_it_is_written() -> None:
    assert _status("Manage an annual cloud budget above $500,000") == "matched"  # a yearly budget of $750,000
