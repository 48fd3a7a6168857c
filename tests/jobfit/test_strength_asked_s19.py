"""Session 19: a word of strength ("Strong Go") against a skill the owner rates a beginner's level."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.strength import stated_below_strength, strength_scope
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a backend developer in Ghent who writes Go, rates her Python Intermediate and her Rust
# Beginner, and is booked for a Kubernetes exam.
OWNER: dict[str, Any] = {
    "basics": {"name": "Lien Voorbeeld", "summary": "Backend developer building order services."},
    "work": [
        {
            "name": "Bestelwerk BV",
            "position": "Backend Developer",
            "startDate": "2020-02",
            "highlights": [
                "Built the order service in Go on PostgreSQL, serving 900 requests per second",
                "Wrote Python scripts that reconcile the daily invoices",
                "Moved the message flow from cron jobs to RabbitMQ and Docker",
            ],
        }
    ],
    "certificates": [
        {"name": "Certified Kubernetes Administrator (CKA) - in progress, exam booked for March 2027"},
        {"name": "HashiCorp Certified: Terraform Associate", "date": "2023-04"},
    ],
    "skills": [
        {"name": "Go", "level": "Advanced", "keywords": ["gRPC", "PostgreSQL", "RabbitMQ"]},
        {"name": "Scripting", "level": "Intermediate", "keywords": ["Python", "Bash"]},
        {"name": "Rust", "level": "Beginner"},
        {"name": "Containers", "keywords": ["Docker"]},
    ],
}


def _status(line: str) -> str:
    return str(assessed(OWNER, line, today=TODAY)["status"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Strong Python skills", "matched"),  # Intermediate, and used at work: a working strength
        ("Solid Rust", "partial"),  # Beginner
        ("Deep knowledge of Rust", "partial"),
        ("Strong Go skills", "matched"),  # Advanced
        ("Strong Docker skills", "matched"),  # no level stated: nothing said against it
        ("Strong Go; some exposure to Rust", "matched"),  # the strength is asked of Go only
        ("Python scripting", "matched"),  # no strength asked
    ],
)
def test_strength_asked_against_the_level_the_owner_states(line: str, expected: str) -> None:
    assert _status(line) == expected


def test_strength_scope_ends_at_its_clause() -> None:
    assert strength_scope("Strong Python; familiarity with Polars") == "Strong Python"
    assert strength_scope("Deep knowledge of Go and some exposure to Rust") == "Deep knowledge of Go"
    assert strength_scope("Python and SQL") == ""


def test_a_low_rating_counts_only_when_nothing_rates_the_thing_higher() -> None:
    go = [frozenset({"go"})]
    assert stated_below_strength([go], [(frozenset({"go", "bash"}), 1, 7)]) == 7
    assert stated_below_strength([go], [(frozenset({"go"}), 2, 7)]) is None
    assert stated_below_strength([go], [(frozenset({"go"}), 1, 7), (frozenset({"go"}), None, 9)]) is None
    assert stated_below_strength([go], [(frozenset({"rust"}), 1, 3)]) is None
