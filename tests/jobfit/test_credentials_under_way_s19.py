"""Session 19: a certificate still under way ("in progress, exam booked") is not held."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.unfinished import unfinished
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
        ("CKA certification", "partial"),  # the exam is booked, not passed
        ("Production Kubernetes experience", "partial"),  # shown only by the exam she is preparing
        ("Terraform Associate certification", "matched"),
    ],
)
def test_a_credential_under_way_is_not_held(line: str, expected: str) -> None:
    assert _status(line) == expected


def test_unfinished_marks() -> None:
    assert unfinished("MSc Data Science (expected 2027)")
    assert unfinished("CKAD - in progress, exam booked for February 2027")
    assert not unfinished("CKA, issued 2021-03")
