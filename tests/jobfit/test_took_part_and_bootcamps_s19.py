"""Session 19: leading a piece of work asked, taking part shown; university teaching asked, a bootcamp's
cohorts shown."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.participation import lead_asked, only_took_part
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a backend developer in Porto who joined an on-call rotation, led a database upgrade
# and teaches evening cohorts at a code school.
OWNER: dict[str, Any] = {
    "basics": {"name": "Rui Exemplo", "summary": "Backend developer for ticketing systems."},
    "work": [
        {
            "name": "Bilheteira Norte",
            "position": "Backend Developer",
            "startDate": "2021-01",
            "highlights": [
                "Joined the on-call rotation for incident response in 2023, one week in five",
                "Led the upgrade of the ticket database from PostgreSQL 11 to 16 with no downtime",
                "Part of the team that migrated the payment service to Kubernetes",
            ],
        },
        {
            "name": "Escola de Código do Porto",
            "position": "Instructor (part-time)",
            "startDate": "2022-09",
            "summary": "Teach the backend module of the evening bootcamp.",
            "highlights": ["Taught three cohorts of career changers, 60 students in total"],
        },
    ],
}


def _status(line: str) -> str:
    return str(assessed(OWNER, line, today=TODAY)["status"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Led incident response", "partial"),  # in the rotation, never leading it
        ("Led a migration to Kubernetes", "partial"),  # part of the team that did it
        ("Led a PostgreSQL upgrade", "matched"),  # led, as asked
        ("Experience with incident response", "matched"),  # taking part is what is asked
    ],
)
def test_leading_asked_taking_part_shown(line: str, expected: str) -> None:
    assert _status(line) == expected


def test_what_asks_leading_work() -> None:
    assert lead_asked("Led the move to Kubernetes")
    assert lead_asked("Proven experience leading incident response")
    assert not lead_asked("Lead a team of five engineers")  # people led: read with their sizes
    assert not lead_asked("Experience with Kubernetes")
    assert only_took_part(["Joined the on-call rotation"])
    assert not only_took_part(["Joined the company in 2020 and led the on-call rotation"])
    assert not only_took_part(["Ran the on-call rotation"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Taught university courses on backend development", "partial"),  # a bootcamp's cohorts
        ("Teaching experience at a bootcamp", "matched"),
    ],
)
def test_a_bootcamp_is_not_a_university(line: str, expected: str) -> None:
    assert _status(line) == expected
