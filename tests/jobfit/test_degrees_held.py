"""Degrees held (session 16): every degree at the level asked may be the one in the field, a degree's own
abbreviated field ("IT Security") meets the ask's spelled-out one, and a field in ad words ("Software
Engineering") is a field of a list like any other."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a BEng in software engineering, then an MSc in IT security.
OWNER: dict[str, Any] = {
    "basics": {"name": "Tomasz Przykład", "summary": "Security engineer."},
    "work": [{"name": "Wisła Bank", "position": "Security Engineer", "startDate": "2019-01"}],
    "education": [
        {"institution": "Politechnika Przykładowa", "area": "IT Security", "studyType": "Master of Science"},
        {
            "institution": "Politechnika Przykładowa",
            "area": "Software Engineering",
            "studyType": "Bachelor of Engineering",
        },
    ],
}


def _status(line: str) -> str:
    item = assessed(OWNER, line, today=TODAY)
    return str(item["status"])


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Master's degree in IT Security", "matched"),
        ("Bachelor's degree in Computer Science or Software Engineering", "matched"),  # the BEng
        ("Master's degree in Computer Science or Mathematics", "partial"),  # a master's in another field
        ("PhD in IT Security", "missing"),  # a lower degree than asked
    ],
)
def test_degrees_held(line: str, want: str) -> None:
    assert _status(line) == want
