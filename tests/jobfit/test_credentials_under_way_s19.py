"""Session 19: a certificate still under way ("in progress, exam booked") is not held."""

from __future__ import annotations

import pytest

from heyfolio.jobfit.unfinished import unfinished
from tests.jobfit.conftest import assessed
from tests.jobfit.ghent_owner import OWNER, TODAY


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
