"""Session 31: the mechanisms the hospitality-to-support probe (test_support_career_postings_s31.py) found wrong,
each on its own made-up owner: people who report to the owner, managing years from two kinds of evidence, an
alternative made of ad words beside a named one, a workplace's staff against engineers asked, an amount of
recurring revenue written out, accounts counted as a portfolio, staff turnover as retention."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 7)

# A made-up owner: a hotel front-desk manager of 10 who became a QA lead; the QA lead's team "reports to him".
FROM_THE_FRONT_DESK: dict[str, Any] = {
    "basics": {"name": "Teodor Ansel"},
    "work": [
        {
            "name": "Grauwerk Testing",
            "position": "QA Lead",
            "startDate": "2020-03",
            "summary": "Lead four test engineers who report to me and plan the regression cycles.",
        },
        {
            "name": "Hotel Lindenhof",
            "position": "Front Desk Manager",
            "startDate": "2012-01",
            "endDate": "2019-12",
            "summary": "Managed the front desk team of 10 receptionists and night auditors, and their rotas.",
        },
    ],
}

# A made-up owner: a QA lead whose only group is the one that reports to her.
QA_LEAD: dict[str, Any] = {
    "basics": {"name": "Wiebke Sand"},
    "work": [
        {
            "name": "Grauwerk Testing",
            "position": "QA Lead",
            "startDate": "2020-03",
            "summary": "Lead four test engineers who report to me and plan the regression cycles.",
        }
    ],
}

# A made-up owner: a pharmacy branch manager of 30 who became a support team lead of 7, then an account manager.
FROM_THE_PHARMACY: dict[str, Any] = {
    "basics": {"name": "Oskar Lindahl"},
    "work": [
        {
            "name": "Fjordlane",
            "description": "SaaS billing platform",
            "position": "Technical Account Manager",
            "startDate": "2023-01",
            "highlights": [
                "Looked after 18 enterprise customers with USD 2.4 million in annual recurring revenue",
            ],
        },
        {
            "name": "Fjordlane",
            "description": "SaaS billing platform",
            "position": "Support Team Lead",
            "startDate": "2019-06",
            "endDate": "2022-12",
            "summary": "Led a team of 7 support engineers.",
        },
        {
            "name": "Apoteksgruppen Nord",
            "description": "Pharmacy chain",
            "position": "Branch Manager",
            "startDate": "2012-01",
            "endDate": "2019-05",
            "highlights": [
                "Managed a branch of 30 staff and cut staff turnover from 40% to 18%",
            ],
        },
    ],
}

# A made-up owner: a support engineer of ten years with no sales work.
SUPPORT_ONLY: dict[str, Any] = {
    "basics": {"name": "Mirela Kostadin"},
    "work": [
        {
            "name": "Parcelry",
            "position": "Senior Support Engineer",
            "startDate": "2016-05",
            "highlights": ["Debugged customers' webhook integrations and wrote SQL to trace missing parcels"],
        }
    ],
}


def _status(doc: dict[str, Any], line: str) -> str:
    return str(assessed(doc, line, today=TODAY)["status"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the QA lead's four report to him (almost seven years); the front desk manager's ten (eight years)
        ("12+ years of experience managing teams", "matched"),
        ("15+ years of experience managing teams", "partial"),
        # the years of managing receptionists are not of managing engineers; the QA lead's are
        ("5+ years managing test engineers", "matched"),
        ("8+ years managing test engineers", "partial"),
    ],
)
def test_years_of_managing_people_from_both_careers(line: str, expected: str) -> None:
    assert _status(FROM_THE_FRONT_DESK, line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3+ years in pre-sales or solutions engineering", "missing"),
        ("2+ years in account management or customer success", "missing"),
        # a field of work or how near the kind is names nothing to date: the career's years count
        ("5+ years in technical support or a similar role", "matched"),
        ("5+ years in software or a related field", "matched"),
    ],
)
def test_an_ad_word_alternative_beside_a_named_one(line: str, expected: str) -> None:
    assert _status(SUPPORT_ONLY, line) == expected


def test_people_who_report_to_the_owner_are_managed() -> None:
    # "four test engineers who report to me" is a group managed, not the owner's own report line
    assert _status(QA_LEAD, "Experience managing a team of 3+ engineers") == "matched"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the branch's 30 staff are not engineers; the support team of 7 is the largest group of them
        ("Manage a team of 10+ support engineers", "partial"),
        ("Lead a team of 5+ support engineers", "matched"),
        ("Manage a team of 20+", "matched"),
    ],
)
def test_a_workplace_staff_is_not_a_team_of_engineers(line: str, expected: str) -> None:
    assert _status(FROM_THE_PHARMACY, line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Manage USD 2M+ ARR", "matched"),
        ("Grow USD 5M+ ARR", "partial"),
        ("Manage a portfolio of enterprise customers", "matched"),
        ("A portfolio of SaaS products", "partial"),  # only customers, clients or accounts are counted so
        ("Track record of improving employee retention", "matched"),
        ("Experience with B2B customers", "matched"),
    ],
)
def test_customer_facing_asks_in_other_words(line: str, expected: str) -> None:
    assert _status(FROM_THE_PHARMACY, line) == expected


# A made-up owner: a grocery store manager for six years, then five years as a support engineer; no degree.
FROM_THE_GROCERY: dict[str, Any] = {
    "basics": {"name": "Nell Abara"},
    "work": [
        {
            "name": "Ticketloom",
            "description": "Event ticketing software",
            "position": "Support Engineer",
            "startDate": "2021-12",
            "highlights": ["Traced failed payments with SQL and the API logs"],
        },
        {
            "name": "Corner Harvest",
            "description": "Grocery chain with 25 stores",
            "position": "Store Manager",
            "startDate": "2015-11",
            "endDate": "2021-11",
            "summary": "Ran the store and its 18 staff.",
        },
    ],
}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the years that stand for the degree, stated: five years of support work
        ("Bachelor's degree in Computer Science, or 4+ years of equivalent experience", "matched"),
        ("Bachelor's degree in Computer Science or 3+ years of relevant work experience", "matched"),
        ("Master's degree in Computer Science, or 8+ years of relevant experience", "partial"),
        ("Bachelor's degree in Computer Science", "missing"),
        # a store manager at a grocery chain is another career: not years of software work
        ("8+ years in the tech industry", "partial"),
    ],
)
def test_a_degree_or_years_of_experience(line: str, expected: str) -> None:
    assert _status(FROM_THE_GROCERY, line) == expected


# A made-up owner: a hotel restaurant supervisor who became an account manager running quarterly reviews.
FROM_THE_HOTEL: dict[str, Any] = {
    "basics": {"name": "Rafa Oyelaran"},
    "work": [
        {
            "name": "Ledgerwise",
            "description": "Accounting software",
            "position": "Account Manager",
            "startDate": "2022-03",
            "highlights": ["Ran quarterly business reviews with the finance directors of 30 customers"],
        },
        {
            "name": "Grand Meridian",
            "description": "Hotel in Lisbon",
            "position": "Restaurant Supervisor",
            "startDate": "2016-04",
            "endDate": "2022-02",
            "summary": "Supervised the breakfast restaurant's shift staff.",
        },
    ],
}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Experience running QBRs", "matched"),
        ("3+ years in hospitality", "matched"),
        ("Experience in the hospitality industry", "matched"),
    ],
)
def test_a_customer_review_and_a_trade_by_other_names(line: str, expected: str) -> None:
    assert _status(FROM_THE_HOTEL, line) == expected
