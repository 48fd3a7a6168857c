"""Under-claims (session 21): a credential asked by the initials of the body that issued it ("PMI PMP
certification") is shown by the certificate line that writes the issuer out - and only in a credential ask, and
never for another credential of that body; and the words closing an ask on how much it weighs ("is
mandatory", "is an advantage") are framing, not a thing to show."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.citizens import citizenship_terms
from heyfolio.jobfit.industry import without_industry
from heyfolio.jobfit.issuers import issuer_initials
from heyfolio.jobfit.valuing import without_valuing
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 6)

# A made-up owner: a delivery lead in Lyon with two certificates whose issuers are written out.
DELIVERY: dict[str, Any] = {
    "basics": {"name": "Camille Exemple", "summary": "Delivery lead in Lyon for logistics software."},
    "work": [
        {
            "name": "Quai Logistique",
            "position": "Delivery Lead",
            "startDate": "2019-05",
            "highlights": [
                "Planned quarterly releases for three product teams",
                "Ran the vendor selection for the warehouse scanning system",
            ],
        }
    ],
    "certificates": [
        {
            "name": "Project Management Professional (PMP)",
            "date": "2021-03",
            "issuer": "Project Management Institute",
        },
        {
            "name": "Certificate of Cloud Security Knowledge (CCSK)",
            "date": "2022-09",
            "issuer": "Cloud Security Alliance",
        },
    ],
}


def _status(line: str) -> str:
    return str(assessed(DELIVERY, line, today=TODAY)["status"])


def test_initials_of_a_written_out_issuer() -> None:
    got = issuer_initials(
        [
            (
                3,
                "Certificate: Project Management Professional (PMP) issued by Project Management Institute (2021)",
            ),
            (4, "Certificate: Scrum Master issued by Scrum.org"),  # one word: no initials of its own
            (5, "Certificate: CCSK issued by the Cloud Security Alliance"),
        ]
    )
    assert dict(got) == {"pmi": [3], "csa": [5]}


@pytest.mark.parametrize(
    "line",
    [
        "PMI PMP certification",
        "A PMI certification",
        "Project management certification (PMI)",
        "CSA CCSK certification or similar",
    ],
)
def test_credential_asked_by_its_issuer_is_held(line: str) -> None:
    assert _status(line) == "matched"


@pytest.mark.parametrize(
    "line",
    [
        "PMI ACP certification",  # another credential of the same body
        "CSA STAR certification",
    ],
)
def test_another_credential_of_that_issuer_is_not_held(line: str) -> None:
    assert _status(line) == "missing"


def test_initials_count_only_where_a_credential_is_asked() -> None:
    # the letters of an issuer are not shown as a thing of their own outside a credential ask
    assert _status("Experience rolling out CSA across the company") != "matched"


@pytest.mark.parametrize(
    ("line", "bare"),
    [
        ("Vendor management experience is mandatory", "Vendor management experience"),
        ("Release planning is highly valued for this role.", "Release planning"),
        ("French would be a big advantage", "French"),
        ("Is mandatory", "Is mandatory"),  # nothing of an ask would be left
        ("Planning is vital work here", "Planning is vital work here"),  # the weight does not close the line
    ],
)
def test_weight_closing_an_ask_is_framing(line: str, bare: str) -> None:
    assert without_valuing(line) == bare


@pytest.mark.parametrize(
    "line",
    [
        "Release planning experience is mandatory",
        "Experience with vendor selection is an advantage",
        "Release planning across product teams is crucial for this role",
    ],
)
def test_met_ask_with_its_weight_is_matched(line: str) -> None:
    assert _status(line) == "matched"


def test_weight_does_not_lift_what_is_not_shown() -> None:
    assert _status("Budget ownership is mandatory") != "matched"
    assert _status("Experience with SAP is an advantage") == "missing"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("You know your way around release planning", "matched"),
        ("Finds their way around vendor selection", "matched"),
        ("You know your way around SAP", "missing"),  # the idiom lifts nothing not shown
    ],
)
def test_knowing_ones_way_around_is_familiarity(line: str, expected: str) -> None:
    assert _status(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("5+ years of industry experience", "matched"),  # 2019-05 to today, outside academia
        ("12+ years of industry experience", "partial"),
        ("Experience in the aerospace industry", "missing"),  # a sector, not industry against academia
    ],
)
def test_years_in_industry_are_read_from_the_dates(line: str, expected: str) -> None:
    assert _status(line) == expected


def test_without_industry_only_where_years_in_industry_are_asked() -> None:
    assert without_industry("8+ years of industry experience").split() == ["8+", "years", "of", "experience"]
    assert without_industry("Experience in the logistics industry") == "Experience in the logistics industry"


# A made-up owner who states a citizenship in the summary, in other words than an ad's country names.
ABROAD: dict[str, Any] = {
    "basics": {
        "name": "Aoife Sample",
        "summary": "Data engineer in Cork. Irish citizen; I would need sponsorship to work in the United States.",
    },
    "work": [
        {
            "name": "Harbour Data",
            "position": "Data Engineer",
            "startDate": "2020-01",
            "highlights": ["Built the nightly warehouse load in Airflow"],
        }
    ],
}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Authorized to work in Ireland", "matched"),
        ("Right to work in the EU", "matched"),  # an EU member's citizen
        ("Right to work in Portugal", "matched"),
        ("Authorized to work in the United States", "missing"),  # she says she would need sponsorship
        # not stated either way: what she says of other places is nothing of this one (session 26: labelled missing)
        ("Right to work in Canada", "missing"),
        (
            "Authorized to work in Ireland and have managed a team of engineers",
            "missing",
        ),  # two asks, both judged
    ],
)
def test_citizenship_shows_the_right_to_work_there(line: str, expected: str) -> None:
    assert str(assessed(ABROAD, line, today=TODAY)["status"]) == expected


def test_citizenship_terms_only_from_a_citizenship() -> None:
    assert "ireland" in {t for t in citizenship_terms("Irish citizen living in Cork")}
    assert citizenship_terms("Irish speaker, French B1") == set()


# A made-up owner on call for a booking platform.
ONCALL: dict[str, Any] = {
    "basics": {"name": "Tomás Sample", "summary": "Backend engineer in Valencia."},
    "work": [
        {
            "name": "Reserva Viva",
            "position": "Backend Engineer",
            "startDate": "2021-06",
            "highlights": [
                "Took part in the weekly on-call rotation and the pager for the booking API",
                "Fine-tuned a ranking model for hotel search in production",
            ],
        }
    ],
}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("You have carried a pager", "matched"),
        ("Fine-tuned ranking models for production use cases", "matched"),
    ],
)
def test_idioms_of_on_call_and_use_cases(line: str, expected: str) -> None:
    assert str(assessed(ONCALL, line, today=TODAY)["status"]) == expected
