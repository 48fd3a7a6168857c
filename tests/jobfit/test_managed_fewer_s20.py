"""Managing fewer people than asked is managing at a smaller scope: partial however large the gap (session 20)."""

from __future__ import annotations

from typing import Any

from heyfolio.jobfit import assess_job
from tests.jobfit.conftest import owner


def _one(owner_name: str, line: str) -> dict[str, Any]:
    portfolio, chunks = owner(owner_name)
    item: dict[str, Any] = assess_job(f"Requirements:\n- {line}\n", portfolio, chunks)["requirements"][0]
    return item


def test_a_manager_of_a_smaller_group_is_partial_for_a_much_larger_one() -> None:
    # manager-owner manages two teams of 13 engineers (1:1s, reviews): 50+ is the same job at a larger scope
    assert _one("manager-owner", "You have managed an organisation of 50+ engineers")["status"] == "partial"


def test_leading_a_group_without_managing_anyone_stays_missing_for_a_much_larger_managed_one() -> None:
    # mobile-owner leads six with no reports and has hired no one: managing 50+ is not shown at all
    assert _one("mobile-owner", "You have managed an organisation of 50+ engineers")["status"] == "missing"
