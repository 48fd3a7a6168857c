"""Session 32, batch 2: a team grown by hiring into it, and "accountable for" as a duty (invented owners)."""

from __future__ import annotations

from tests.jobfit.test_under_claims_s32 import PLATFORM_MANAGER, SEARCH_ENGINEER, _status


def test_a_team_grown_is_shown_by_hiring_into_it() -> None:
    # the manager hired seven engineers into the team; the word "grown" is never written
    assert _status(PLATFORM_MANAGER, "You have grown a team") == "matched"
    assert _status(PLATFORM_MANAGER, "You have grown an engineering team") == "matched"
    assert _status(PLATFORM_MANAGER, "Experience scaling engineering teams") == "matched"


def test_a_team_grown_still_needs_a_team_grown_or_hired_into() -> None:
    assert _status(SEARCH_ENGINEER, "You have grown a team") == "missing"


def test_a_team_of_a_kind_grown_keeps_its_kind() -> None:
    assert _status(PLATFORM_MANAGER, "You have grown a data science team") == "missing"


def test_growing_something_else_is_not_a_team() -> None:
    assert _status(PLATFORM_MANAGER, "Grow our revenue") == "missing"


def test_accountable_for_is_a_duty_word() -> None:
    assert _status(PLATFORM_MANAGER, "Accountability for Terraform modules") == "matched"
    assert _status(PLATFORM_MANAGER, "You will be accountable for Kafka") == "missing"
