"""Session 20, round 2: asks a summary's wish, a lower title, a manager's rung, a product's padding or a
neighbouring certificate must not meet (made-up owners, not from any set)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.wishes import without_wished_role
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 1)

# A junior backend developer in Tallinn who says which role she wants next.
JUNIOR: dict[str, Any] = {
    "basics": {
        "name": "Kadri Näidis",
        "label": "Junior Backend Developer",
        "summary": "Backend developer in Tallinn, writing Java and Spring Boot services for a parcel-locker "
        "company. I am looking for a platform or staff-level infrastructure role with room to grow.",
    },
    "work": [
        {
            "name": "Pakiautomaat OÜ",
            "position": "Junior Backend Developer",
            "startDate": "2024-02",
            "highlights": [
                "Built the locker-booking API in Java and Spring Boot, used by 40,000 customers a day"
            ],
        }
    ],
}

# An engineering manager in Lyon who holds a design-systems certificate and an expired cloud one.
MANAGER: dict[str, Any] = {
    "basics": {"name": "Bastien Exemple", "label": "Engineering Manager", "summary": "Engineering manager."},
    "work": [
        {
            "name": "Colis Rhône SAS",
            "position": "Engineering Manager",
            "startDate": "2021-05",
            "highlights": [
                "Manage a team of nine engineers: hiring, one-to-ones and performance reviews",
                "Our services run on Go, PostgreSQL and RabbitMQ",
            ],
        },
        {
            "name": "Colis Rhône SAS",
            "position": "Senior Software Engineer",
            "startDate": "2017-01",
            "endDate": "2021-04",
            "highlights": ["Wrote the routing service in Go"],
        },
    ],
    "certificates": [
        {"name": "Microsoft Certified: Azure Developer Associate (expired 2023)", "issuer": "Microsoft"},
        {"name": "Certified Professional in Agile Leadership", "issuer": "Agile Guild"},
    ],
}


def _status(doc: dict[str, Any], line: str) -> str:
    return str(assessed(doc, line, today=TODAY)["status"])


def test_the_role_wished_is_taken_out_of_the_sentence() -> None:
    said = "I am looking for a platform role with mentorship: hybrid in Tallinn, or relocation to Berlin."
    kept = without_wished_role(said)
    assert "platform" not in kept and "relocation to Berlin" in kept
    assert (
        without_wished_role("Built a scanner looking for leaked keys.")
        == "Built a scanner looking for leaked keys."
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Platform engineering experience", "missing"),  # only the role she wants next says "platform"
        ("Staff or Principal title", "missing"),  # a junior title, a staff-level wish
        ("Java and Spring Boot", "matched"),
    ],
)
def test_a_wish_in_the_summary_is_not_experience(line: str, expected: str) -> None:
    assert _status(JUNIOR, line) == expected


@pytest.mark.parametrize(
    "line", ["Senior-level backend engineering experience", "Backend development at a mid level or above"]
)
def test_a_junior_title_held_now_is_not_a_higher_level(line: str) -> None:
    assert _status(JUNIOR, line) == "partial"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("VP-level engineering leadership", "missing"),  # two rungs above a manager
        ("Director of Engineering experience", "partial"),  # the rung above: adjacent
        ("Engineering management with hiring", "matched"),
    ],
)
def test_an_executive_rung_is_read_from_the_titles_held(line: str, expected: str) -> None:
    assert _status(MANAGER, line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Experience with the Rhonelink routing platform (Go, PostgreSQL, RabbitMQ)",
        "Hands-on with ParcelGrid Platform (Go, PostgreSQL)",
    ],
)
def test_a_made_up_product_is_not_shown_by_its_padding(line: str) -> None:
    assert _status(MANAGER, line) == "missing"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Certified Professional in Agile Coaching",
            "missing",
        ),  # one word of a held name, another credential
        ("Certified Professional in Agile Leadership", "matched"),
        ("Azure Solutions Architect Expert", "missing"),  # a vendor tier named, no word 'certified'
        ("Azure certification (AZ-104)", "missing"),  # the one in brackets is asked, not any Azure one
        ("Azure Developer Associate", "partial"),  # held once, expired
    ],
)
def test_a_neighbouring_certificate_is_not_the_one_asked(line: str, expected: str) -> None:
    assert _status(MANAGER, line) == expected


def test_a_title_asked_is_read_from_the_titles_held() -> None:
    assert _status(MANAGER, "Senior Software Engineer title") == "matched"
    assert _status(MANAGER, "Lead Engineer or Staff Engineer title") != "matched"  # neither title held


def test_a_coined_name_is_not_shown_by_its_other_words() -> None:
    # "routing" and "Go" are hers; "RouteWeave" is written nowhere
    assert _status(MANAGER, "Experience with RouteWeave Routing Service (Go, PostgreSQL)") == "missing"
