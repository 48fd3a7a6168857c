"""A team counted after "team of" whatever its people are called, managed when led in a manager's role
(session 19): "Managed a team of 10+ people" is met by a Ward Manager who led a team of 16 nurses; the
same team is no team of engineers, and a tech lead's team of twelve is led, not managed."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# Made-up owners: a nurse turned QA engineer in Ljubljana, and a tech lead who never managed anyone.
NURSE: dict[str, Any] = {
    "basics": {"name": "Maja Primer", "summary": "QA engineer, formerly a ward manager."},
    "work": [
        {
            "name": "Sava Soft",
            "position": "QA Engineer",
            "startDate": "2022-02",
            "highlights": ["Wrote Playwright tests"],
        },
        {
            "name": "Ljubljana Example Hospital",
            "position": "Ward Manager",
            "startDate": "2014-01",
            "endDate": "2021-12",
            "highlights": ["Led a team of 16 nurses and care assistants on the cardiology ward"],
        },
    ],
}
LEAD: dict[str, Any] = {
    "basics": {"name": "Jan Vzorec", "summary": "Backend tech lead."},
    "work": [
        {
            "name": "Krka Cloud",
            "position": "Tech Lead",
            "startDate": "2020-01",
            "highlights": ["Led a team of twelve on the billing rewrite (no direct reports)"],
        }
    ],
}


@pytest.mark.parametrize(
    ("owner", "line", "want"),
    [
        (NURSE, "Managed a team of 10+ people", "matched"),
        (NURSE, "Experience managing a team of 12 or more", "matched"),
        (NURSE, "Manage a team of 8+ engineers", "partial"),  # nurses are not engineers
        (NURSE, "Managed a team of 20+ people", "partial"),
        (LEAD, "Led a team of 10+ people", "matched"),
        (LEAD, "Managed a team of 10+ people", "missing"),  # a tech lead's team: led, not managed
    ],
)
def test_team_led_as_manager(owner: dict[str, Any], line: str, want: str) -> None:
    assert str(assessed(owner, line, today=TODAY)["status"]) == want
