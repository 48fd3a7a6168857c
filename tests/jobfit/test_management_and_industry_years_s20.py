"""Years of management asked by the noun, and years asked "in industry" (session 20, own examples)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 4)

# Eleven years of work; people management only in the last four (2022-12 -> today).
MANAGER: dict[str, Any] = {
    "basics": {"name": "Ines Test"},
    "work": [
        {
            "name": "Harbour Logistics",
            "position": "Engineering Manager",
            "startDate": "2022-12",
            "summary": "Manage a team of nine backend engineers; I run their one-to-ones and performance reviews.",
        },
        {
            "name": "Kettle Payments",
            "position": "Backend Engineer",
            "startDate": "2015-11",
            "endDate": "2022-11",
            "summary": "Built the settlement services in Java and PostgreSQL.",
        },
    ],
}

# Twelve years of security work; a team of three led and hired for, no one managed.
LEAD: dict[str, Any] = {
    "basics": {"name": "Oskar Test"},
    "work": [
        {
            "name": "Brightline Bank",
            "position": "Lead Security Engineer",
            "startDate": "2022-01",
            "summary": "Lead a team of three security engineers as a hands-on tech lead; hired two of them.",
        },
        {
            "name": "Redline Assurance",
            "position": "Penetration Tester",
            "startDate": "2014-10",
            "endDate": "2021-12",
            "summary": "Web and API penetration tests for banks.",
        },
    ],
}

# A PhD in speech (five years, a university lab), then four years of machine learning in industry.
RESEARCHER: dict[str, Any] = {
    "basics": {"name": "Lena Test"},
    "work": [
        {
            "name": "Voxel Labs",
            "position": "Machine Learning Engineer",
            "startDate": "2022-11",
            "summary": "Train and ship machine learning models for speech recognition.",
        },
        {
            "name": "University of Eastbrook",
            "position": "Doctoral Researcher",
            "startDate": "2017-09",
            "endDate": "2022-08",
            "summary": "PhD research on machine learning for speech recognition.",
        },
    ],
}


def test_years_of_engineering_management_count_the_managing_role_not_the_career() -> None:
    item = assessed(MANAGER, "8+ years of engineering management experience", today=TODAY)
    assert item["status"] == "partial"
    assert assessed(MANAGER, "3+ years of management experience", today=TODAY)["status"] == "matched"


def test_a_discipline_named_management_keeps_its_own_years() -> None:
    item = assessed(MANAGER, "5+ years of product management", today=TODAY)
    assert item["status"] != "matched"


def test_years_managing_a_field_are_not_met_by_the_field_and_a_team_led() -> None:
    item = assessed(LEAD, "5+ years managing security teams", today=TODAY)
    assert item["status"] == "partial"
    assert assessed(LEAD, "4+ years of management experience", today=TODAY)["status"] != "matched"


def test_industry_years_leave_out_the_doctorate() -> None:
    item = assessed(RESEARCHER, "7+ years of industry machine learning experience", today=TODAY)
    assert item["status"] == "partial"
    assert assessed(RESEARCHER, "7+ years of machine learning experience", today=TODAY)["status"] == "matched"
    assert assessed(RESEARCHER, "3+ years of industry experience", today=TODAY)["status"] == "matched"


def test_a_sector_named_industry_is_not_industry_against_academia() -> None:
    from heyfolio.jobfit.industry import industry_asked

    assert industry_asked("7+ years of industry ML experience")
    assert industry_asked("post-PhD experience in applied research")
    assert not industry_asked("5+ years in the payments industry")
    assert not industry_asked("fintech industry experience")


# Money cut by 35% (a bill written as its two ends), and a build sped up from five hours to 30 minutes.
SAVER: dict[str, Any] = {
    "basics": {"name": "Rui Test"},
    "work": [
        {
            "name": "Northwind Retail",
            "position": "Data Engineer",
            "startDate": "2020-01",
            "highlights": [
                "Cut the monthly Snowflake bill from €60,000 to €39,000 with clustering.",
                "Cut the nightly warehouse build from 5 hours to 30 minutes.",
            ],
        }
    ],
}


def test_a_cost_cut_asked_is_compared_with_money_cut_not_with_hours_saved() -> None:
    item = assessed(SAVER, "A record of cutting warehouse costs by at least 50%", today=TODAY)
    assert item["status"] == "partial"
    assert assessed(SAVER, "Cut warehouse costs by at least 30%", today=TODAY)["status"] == "matched"
