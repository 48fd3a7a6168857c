"""A requirement met word for word by a weaker form of the thing (session 19): a kind of team served
rather than led, an area without the product named in brackets, study still in progress, and a
practice's two words found apart."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.in_progress import learning_asked
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a backend engineer in Gdańsk on a payments team, who led a warehouse shift years ago.
OWNER: dict[str, Any] = {
    "basics": {"name": "Ola Testowa", "summary": "Backend engineer building payment services in Kotlin."},
    "work": [
        {
            "name": "Bursztyn Pay",
            "position": "Backend Engineer",
            "startDate": "2021-02",
            "summary": "One of five engineers on the payments team.",
            "highlights": [
                "Moved the ledger database to Amazon Aurora and tuned its slow queries",
                "Wrote the budget forecast for the office move",
                "Added load tests before each release to check server capacity",
            ],
        },
        {
            "name": "Port Logistics",
            "position": "Shift Supervisor",
            "startDate": "2014-01",
            "endDate": "2020-12",
            "highlights": ["Led a team of 9 warehouse staff on the night shift"],
        },
    ],
    "education": [
        {
            "institution": "Baltic Open University",
            "area": "Machine Learning",
            "studyType": "Graduate Certificate (in progress)",
            "startDate": "2025-10",
        }
    ],
    "skills": [
        {"name": "Backend", "level": "Advanced", "keywords": ["Kotlin", "Spring Boot", "AWS"]},
        {"name": "Scripting", "level": "Intermediate", "keywords": ["Python", "Bash"]},
        {"name": "Frontend", "level": "Beginner", "keywords": ["Vue"]},
    ],
}


def _status(line: str) -> str:
    return str(assessed(OWNER, line, today=TODAY)["status"])


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Leading a payments team", "partial"),  # a member of it; the team led was a warehouse shift
        ("Experience leading a team", "matched"),
    ],
)
def test_a_kind_of_team_led_not_served(line: str, want: str) -> None:
    assert _status(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Databases (PostgreSQL)", "partial"),  # a database on Aurora is shown, PostgreSQL is not written
        ("Cloud (AWS and Azure)", "partial"),  # every cloud joined by "and" is asked
        ("Cloud (AWS or Azure)", "matched"),
        ("Backend frameworks (Spring Boot)", "matched"),
    ],
)
def test_a_product_in_brackets_must_be_written(line: str, want: str) -> None:
    assert _status(line) == want


def test_study_in_progress_is_no_evidence_of_the_skill() -> None:
    assert _status("Machine learning") == "partial"
    assert learning_asked("Eager to learn Rust")  # an ask for learning: study under way shows it
    assert not learning_asked("Machine learning")
    assert _status("Kotlin and machine learning") == "matched"  # part of it shown at work


def test_a_practice_named_by_two_words_is_shown_in_one_sentence() -> None:
    assert _status("Budget forecasting") == "matched"  # one sentence writes both
    assert _status("Capacity planning") != "matched"  # capacity checked, nothing planned with it
