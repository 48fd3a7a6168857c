"""A speed-up factor asked ("by at least 10x") read against the content's speed-ups (session 15)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.speedup import asked_speedup, shown_speedups
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a performance engineer in Valparaíso.
OWNER: dict[str, Any] = {
    "basics": {"name": "Tomás Prueba", "summary": "I make slow Python services fast."},
    "work": [
        {
            "name": "Puerto Datos",
            "position": "Performance Engineer",
            "startDate": "2020-01",
            "highlights": [
                "Cut the nightly report build from 4 hours to 20 minutes by batching the SQL queries",
                "Cut the hosting bill from $9,000 to $3,000 a month",
            ],
        }
    ],
}


def _status(line: str) -> str:
    item = assessed(OWNER, line, today=TODAY)
    return str(item["status"])


def test_factors_asked_and_shown() -> None:
    assert asked_speedup("Speed up the test suite by at least 8x") == 8.0
    assert asked_speedup("Handle 3x the traffic") is None  # no speed asked
    assert [f for f, _ in shown_speedups(["from 2 s to 250 ms", "30 times faster", "from $10 to $5"])] == [
        8.0,
        30.0,
    ]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("A record of speeding up batch jobs by 10x or more", "matched"),  # 4 hours to 20 minutes: 12x
        ("Speed up batch jobs by 50x", "partial"),  # a speed-up, smaller than asked
        ("Speed up Spark jobs by 5x", "missing"),  # a named technology not shown is not lifted
    ],
)
def test_a_speedup_asked_against_the_content(line: str, want: str) -> None:
    assert _status(line) == want
