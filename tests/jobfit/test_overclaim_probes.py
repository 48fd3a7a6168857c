"""Overclaim probes written against the sample owners (not taken from any set): a requirement the content
shows less of than asked must never be "matched"."""

from __future__ import annotations

import pytest

from heyfolio.jobfit import assess_job
from tests.jobfit.conftest import owner


def _status(who: str, line: str) -> str:
    portfolio, chunks = owner(who)
    report = assess_job(f"Requirements:\n- {line}", portfolio, chunks)
    return str(report["requirements"][0]["status"])


@pytest.mark.parametrize(
    ("who", "line"),
    [
        # another certificate of the same vendor: AWS Security Specialty / Cloud Practitioner held
        ("security-owner", "AWS Certified Solutions Architect"),
        ("frontend-owner", "AWS Certified Solutions Architect"),
        ("frontend-owner", "AWS Certified Developer Associate"),
        # same vendor and field, another credential: Professional Data Engineer held
        ("data-owner", "Google Cloud Professional Cloud Architect certification"),
        # same product, another level: Terraform Associate held
        ("data-owner", "Terraform Professional certification"),
        # same field, another title: CISSP held
        ("security-owner", "CISM certification"),
    ],
)
def test_a_certificate_asked_is_not_shown_by_another_one(who: str, line: str) -> None:
    assert _status(who, line) == "missing"


@pytest.mark.parametrize(
    ("who", "line"),
    [
        ("security-owner", "CISSP certification"),
        ("security-owner", "AWS Security Specialty certification"),
        ("frontend-owner", "AWS Cloud Practitioner certification"),
        ("data-owner", "Certified Kubernetes Administrator"),
        ("data-owner", "CKA or CKAD certification"),
    ],
)
def test_a_certificate_held_is_still_matched(who: str, line: str) -> None:
    assert _status(who, line) == "matched"


def test_an_executive_title_someone_else_holds_is_not_the_owners() -> None:
    # "report to the CISO", and a referee who is a CISO: the owner never held the title
    assert _status("security-owner", "Experience as a CISO") == "missing"
    assert _status("data-owner", "Experience as a Director of Data") == "missing"
    assert _status("security-owner", "Experience as a penetration tester") == "matched"
    # the role offered is not a role asked as held; founding is an act, not a title
    assert _status("sample-resume", "Experience as a startup founder") == "matched"
    portfolio, chunks = owner("security-owner")
    offered = assess_job(
        "Requirements:\n- As our CISO you will own the security strategy.", portfolio, chunks
    )
    assert "no title held" not in offered["requirements"][0].get("why", "")


def test_a_skill_level_is_read_from_the_line_that_names_the_skill_whole() -> None:
    # Node.js is listed at Intermediate; JavaScript at Master does not lift Node.js to Expert
    assert _status("frontend-owner", "Expert Node.js") == "partial"
    assert _status("security-owner", "Advanced Python") == "matched"


def test_years_leading_teams_are_the_years_of_the_roles_that_led_a_group() -> None:
    # twelve years in security, about five of them leading a group (engagements from 2017, a team since 2023)
    assert _status("security-owner", "10 years of experience leading security teams") == "partial"
    assert _status("security-owner", "3 years of experience leading security teams") == "matched"


def test_professional_experience_is_not_shown_by_volunteering_alone() -> None:
    # a meetup co-organised as a volunteer since 2018 is community work, not professional experience of it
    assert _status("frontend-owner", "5+ years of professional experience running developer communities") == (
        "partial"
    )
    assert _status("frontend-owner", "Experience running developer communities") == "matched"
