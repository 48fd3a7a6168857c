"""A certification asked at one tier against the same one held at another (session 24, own examples)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.jobfit.tiers import lower_tier_held
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 4)

TESTER: dict[str, Any] = {
    "basics": {"name": "Jana Test"},
    "work": [
        {
            "name": "Kiel Medtech",
            "position": "Test Engineer",
            "startDate": "2019-02",
            "summary": "Wrote automated tests for infusion pump firmware in Python and pytest.",
        }
    ],
    "certificates": [
        {"name": "ISTQB Certified Tester Foundation Level (CTFL)", "date": "2019-05", "issuer": "ISTQB"},
        {"name": "HashiCorp Certified: Terraform Associate", "date": "2022-03", "issuer": "HashiCorp"},
        {"name": "AWS Certified Developer - Associate", "date": "2023-01", "issuer": "Amazon Web Services"},
    ],
}


def test_a_lower_tier_of_the_certificate_asked_is_partial() -> None:
    for ask in (
        "ISTQB Advanced Level Test Analyst",
        "HashiCorp Terraform Authoring and Operations Professional",
    ):
        item = assessed(TESTER, ask, today=TODAY)
        assert item["status"] == "partial", item
    assert assessed(TESTER, "ISTQB Foundation Level", today=TODAY)["status"] == "matched"


def test_another_track_of_the_same_vendor_is_no_rung_of_it() -> None:
    assert (
        assessed(TESTER, "AWS Certified Solutions Architect - Professional", today=TODAY)["status"]
        == "missing"
    )


def test_initials_and_skill_levels() -> None:
    lines = [(0, "Certificate: iSAQB Certified Professional for Software Architecture - Foundation Level")]
    assert lower_tier_held("iSAQB CPSA Advanced Level", lines) == 0
    assert lower_tier_held("iSAQB CPSA Foundation Level", lines) is None
    assert lower_tier_held("Advanced Python", [(0, "Certificate: Python Institute PCEP Foundation")]) is None
