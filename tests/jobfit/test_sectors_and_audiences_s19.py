"""An industry or an audience asked in the ad's word, shown by what the employer sells or who the work was
built for (session 19): an online grocery shop is e-commerce and retail, a transit agency's apps are
transportation, a WCAG audit or a wheelchair route is building for disabled people, a lecturer post is
academia. Neighbours stay missing or partial: a payment gateway serving online shops is near e-commerce, a
subway side project near transportation, an "access control" review is no accessibility, a degree is no
post in academia."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a backend engineer at an online furniture shop who volunteers at a youth coding club.
SHOP: dict[str, Any] = {
    "basics": {"name": "Lena Exemplo", "summary": "Backend engineer in Valencia."},
    "work": [
        {
            "name": "Mueblix",
            "description": "Online marketplace for second-hand furniture",
            "position": "Backend Engineer",
            "startDate": "2022-01",
            "highlights": [
                "Built the order service in Kotlin",
                "Made the seller pages WCAG 2.1 AA compliant",
            ],
        },
        {
            "name": "Ruta Bus SL",
            "description": "Ticketing software for regional transit agencies",
            "position": "Software Engineer",
            "startDate": "2019-03",
            "endDate": "2021-12",
            "highlights": ["Wrote the fare-calculation service in Java"],
        },
    ],
    "volunteer": [
        {
            "organization": "Codi Jove",
            "position": "Volunteer coach",
            "summary": "Weekly coding club for high-school students.",
        }
    ],
}

# The neighbour: an identity engineer at a payment gateway, with a train-times side project.
GATEWAY: dict[str, Any] = {
    "basics": {"name": "Tomas Exemplo", "summary": "Identity and access engineer."},
    "work": [
        {
            "name": "Paygrid",
            "description": "Payment gateway for online shops",
            "position": "Security Engineer",
            "startDate": "2020-05",
            "highlights": [
                "Reviewed access control for 40 internal services",
                "Ran double-blind code reviews",
            ],
        }
    ],
    "projects": [{"name": "traintimes", "description": "Side project: subway arrival times for my city"}],
}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Experience in e-commerce", "matched"),
        ("Experience in the transportation industry", "matched"),
        ("Experience building products for people with disabilities", "matched"),
        ("Experience teaching teenagers", "matched"),
    ],
)
def test_a_sector_or_audience_shown_in_its_own_words(line: str, expected: str) -> None:
    assert assessed(SHOP, line, today=TODAY)["status"] == expected


@pytest.mark.parametrize(
    ("line", "allowed"),
    [
        ("Experience in e-commerce", {"partial"}),  # serving online shops is near e-commerce, not in it
        ("Experience in the transportation industry", {"partial", "missing"}),  # a side project
        ("Experience building products for people with disabilities", {"missing"}),  # access control
        ("Retail industry experience", {"partial", "missing"}),
    ],
)
def test_neighbours_are_not_lifted(line: str, allowed: set[str]) -> None:
    assert assessed(GATEWAY, line, today=TODAY)["status"] in allowed


# A made-up owner: a data scientist at a telecoms operator who lectures part-time at a university.
TELCO: dict[str, Any] = {
    "basics": {"name": "Iker Exemplo", "summary": "Data scientist."},
    "work": [
        {
            "name": "Eolia",
            "description": "Mobile network operator and telecoms provider in northern Spain",
            "position": "Data Scientist",
            "startDate": "2021-06",
        },
        {"name": "Universidad Exemplo", "position": "Adjunct Lecturer in Statistics", "startDate": "2022-09"},
    ],
}

# The neighbour: an electrical engineer whose only university is the one that granted the degree.
ENGINEER: dict[str, Any] = {
    "basics": {"name": "Nora Exemplo", "summary": "Firmware engineer."},
    "work": [{"name": "Kleinteil", "position": "Firmware Engineer", "startDate": "2020-01"}],
    "education": [
        {"institution": "Universität Exemplo", "studyType": "Master", "area": "Electrical Engineering"}
    ],
    "projects": [{"name": "parkbeam", "description": "Solar-powered parking sensor"}],
    "certificates": [{"name": "Safety certificate, renewed in 2025"}],
}


@pytest.mark.parametrize("line", ["Experience in the telecommunications industry", "Experience in academia"])
def test_a_sector_shown_by_the_employer_or_the_post(line: str) -> None:
    assert assessed(TELCO, line, today=TODAY)["status"] == "matched"
    assert assessed(ENGINEER, line, today=TODAY)["status"] == "missing"
