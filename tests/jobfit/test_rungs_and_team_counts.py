"""Typed facts of roles (session 16): a ladder rung asked inside a requirement is shown by a title at that
rung, and a count of teams managed shows work "across multiple teams"."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.evidence import norm_text
from heyfolio.jobfit.levels import junior_now, only_a_level
from heyfolio.jobfit.rungs import rung_not_held
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: an engineering manager in Utrecht over two teams, never titled staff or principal.
OWNER: dict[str, Any] = {
    "basics": {"name": "Daan Proef", "summary": "Engineering manager for search."},
    "work": [
        {
            "name": "Vecht Retail",
            "position": "Engineering Manager",
            "startDate": "2021-05",
            "highlights": [
                "Manage the Search and Ranking teams (two teams, 12 engineers), with quarterly performance reviews",
                "Set the technical direction for the search platform",
            ],
        },
        {
            "name": "Vecht Retail",
            "position": "Senior Software Engineer",
            "startDate": "2016-01",
            "endDate": "2021-04",
            "highlights": ["Built the ranking service in Java"],
        },
    ],
}


def _status(line: str) -> str:
    item = assessed(OWNER, line, today=TODAY)
    return str(item["status"])


def test_rung_asked() -> None:
    assert rung_not_held("Principal-level systems design", ["Senior Engineer"]) == "principal"
    assert rung_not_held("Experience at staff level", ["Staff Engineer"]) is None
    assert rung_not_held("Grow senior engineers to staff level", ["Senior Engineer"]) is None


def test_team_count_is_work_over_several_teams() -> None:
    assert "multiteam" in norm_text("Lead the Search and Ranking teams (two teams)")
    assert "multiteam" in norm_text("Manage 12 engineers across multiple teams", keep=False)
    assert "multiteam" not in norm_text("Collaborate with cross-functional partners")


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Manage 10+ engineers across multiple teams", "matched"),  # two teams, 12 engineers
        ("Manage 20+ engineers across multiple teams", "partial"),  # fewer than asked
        ("Staff-level technical direction for a search platform", "partial"),  # the direction, not the rung
        ("Technical direction for a search platform", "matched"),
    ],
)
def test_rungs_and_team_counts(line: str, want: str) -> None:
    assert _status(line) == want


def test_a_line_that_is_only_a_level() -> None:
    assert only_a_level("Senior level")
    assert only_a_level("Mid-level engineer")
    assert not only_a_level("Senior Kotlin engineer")
    assert _status("Senior level") == "matched"  # a senior title and ten years
    assert _status("Principal level") == "partial"  # no title at that rung


def test_a_rung_asked_as_previous_experience() -> None:
    assert only_a_level("Previous experience at Staff level")
    assert _status("Previous experience at Staff level") == "partial"  # years shown, no staff title


def test_a_round_the_clock_schedule_is_no_count() -> None:
    assert _status("Participate in a 24/7 performance review cycle") == _status(
        "Participate in a performance review cycle"
    )


def test_a_junior_title_held_now_is_below_mid_level() -> None:
    assert junior_now({"mid"}, ["Junior Data Engineer", "Data Intern"]) == "Junior Data Engineer"
    assert junior_now({"mid"}, ["Data Engineer", "Junior Data Engineer"]) is None  # promoted since
    assert junior_now({"junior"}, ["Junior Data Engineer"]) is None
