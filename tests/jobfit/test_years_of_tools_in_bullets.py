"""Years of a technology from the roles whose bullets use it (session 16): a recruiter reads "6+ years of
Scala" off the dates of the roles that name Scala in their highlights, not only in their titles; what the
work moved away from, or brought in at some point, dates nothing; a kin of the thing asked (another
framework of the field) does not count."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.stack import named_tools
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a data engineer in Ghent whose tools are named only in bullets.
OWNER: dict[str, Any] = {
    "basics": {"name": "Lien Voorbeeld", "summary": "Data engineer."},
    "work": [
        {
            "name": "Schelde Grain",
            "position": "Data Engineer",
            "startDate": "2022-01",
            "highlights": [
                "Wrote the harvest-forecast jobs in Scala on Spark",
                "Migrated the reporting warehouse to Snowflake",
            ],
        },
        {
            "name": "Leie Logistics",
            "position": "Software Engineer",
            "startDate": "2018-01",
            "endDate": "2021-12",
            "highlights": [
                "Built the route-pricing service in Scala with Akka",
                "Replaced a cron-driven Perl importer with a streaming job",
            ],
        },
    ],
}


def _status(line: str) -> str:
    item = assessed(OWNER, line, today=TODAY)
    return str(item["status"])


def test_named_tools_of_bullets() -> None:
    got = named_tools(
        "Rebuilt the ledger on CockroachDB and Go\nMoved billing from Oracle to PostgreSQL\n"
        "Retired the Perl scripts for a Rust daemon\nIntroduced Kafka in 2021"
    )
    assert {"cockroachdb", "go", "rust"} <= got
    assert not {"oracl", "postgresql", "perl", "kafka", "rebuilt", "retir"} & got


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("6+ years of Scala", "matched"),  # two roles' bullets: about nine years
        ("10+ years of Scala", "partial"),  # less than asked
        ("3+ years of Snowflake", "partial"),  # brought in at some point of the role: no years
        ("3+ years of Perl", "partial"),  # named only as what the work replaced: no years
    ],
)
def test_years_counted_from_tools_in_bullets(line: str, want: str) -> None:
    assert _status(line) == want
