"""Years of a thing from the highlights that date it (session 15): a standing duty held for the whole role,
or a highlight that names the year it began; a one-off highlight still gives no years."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.duties import dated_highlights
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: an operations-minded backend developer in Porto.
OWNER: dict[str, Any] = {
    "basics": {"name": "Rui Exemplo", "summary": "Backend developer."},
    "work": [
        {
            "name": "Douro Freight",
            "position": "Backend Developer",
            "startDate": "2022-01",
            "highlights": ["Maintain the Terraform modules for every environment"],
        },
        {
            "name": "Ribeira Tickets",
            "position": "Software Engineer",
            "startDate": "2018-01",
            "endDate": "2021-12",
            "highlights": [
                "Adopted Terraform in 2020 for the staging stack",
                "Ran the weekly on-call rotation for the ticketing API",
                "Migrated the search pages to Elasticsearch",
            ],
        },
    ],
}


def _status(line: str) -> str:
    item = assessed(OWNER, line, today=TODAY)
    return str(item["status"])


def test_which_highlights_are_dated() -> None:
    lines = "Ran the on-call rotation\nBuilt a cache\nIntroduced Kotlin in 2019\nSince 2030 nothing"
    got = list(dated_highlights(lines, 2018.0, 2021.0))
    assert got == [
        (2018.0, 2021.0, "Ran the on-call rotation"),
        (2019.0, 2021.0, "Introduced Kotlin in 2019"),
    ]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("3+ years on-call for a production API", "matched"),  # a standing duty: the role's four years
        ("5+ years of Terraform", "matched"),  # since 2020 in one role, then maintained in the next
        ("8+ years of Terraform", "partial"),  # about seven: less than asked
        ("3+ years of Elasticsearch", "partial"),  # one migration at some point: no years shown
    ],
)
def test_years_counted_from_dated_highlights(line: str, want: str) -> None:
    assert _status(line) == want
