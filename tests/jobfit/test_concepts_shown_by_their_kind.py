"""A concept an ad names is shown by a thing of its kind: a CI service is CI/CD, a bank a regulated industry,
a tech lead the technical direction; "ecosystem" and "codebases" are how the ad wraps the thing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 4)

OWNER: dict[str, Any] = {
    "basics": {"name": "Ana Test", "summary": "Mobile engineer."},
    "work": [
        {
            "name": "Tram Apps",
            "position": "Mobile Tech Lead",
            "startDate": "2023-01",
            "summary": "Tech lead of the rider apps on iOS and Android.",
            "highlights": ["Set up the release pipeline with Fastlane and Bitrise."],
        },
        {
            "name": "Coin",
            "description": "A small fintech; its savings app passed a bank's security review.",
            "position": "Mobile Engineer",
            "startDate": "2019-01",
            "endDate": "2022-12",
            "summary": "Built the savings app in Swift.",
            "highlights": ["Client: a physiotherapy clinic - audited its booking app for accessibility."],
        },
    ],
    "skills": [{"name": "Mobile architecture", "keywords": ["Modularization", "Swift"]}],
    "projects": [{"name": "Drawer", "description": "An open-source Swift package with 1,700 stars."}],
}

WEB_ONLY: dict[str, Any] = {
    "basics": {"name": "Bo Test"},
    "work": [
        {
            "name": "Shop",
            "position": "Web Developer",
            "startDate": "2020-01",
            "summary": "Built the online shop in React.",
            "highlights": ["Ran the release train by hand."],
        }
    ],
}


def _status(doc: dict[str, Any], line: str) -> str:
    resume, problems = parse_resume(doc, "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    return str(
        assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)["requirements"][0][
            "status"
        ]
    )


def test_a_ci_service_shows_ci_cd_whole_and_a_release_tool_only_relates() -> None:
    assert _status(OWNER, "Comfortable setting up CI/CD with Fastlane") == "matched"
    assert _status(WEB_ONLY, "Experience with CI/CD") != "matched"


def test_a_bank_or_a_fintech_is_a_regulated_industry_a_clinic_client_is_not_healthcare() -> None:
    assert _status(OWNER, "Experience in healthcare or regulated industries") == "matched"
    assert _status(WEB_ONLY, "Experience in regulated industries") != "matched"
    assert _status(OWNER, "Experience building healthcare apps") != "matched"


def test_a_tech_lead_shows_the_technical_direction_of_a_product() -> None:
    assert _status(OWNER, "Lead the technical direction of our iOS and Android apps") == "matched"
    assert _status(WEB_ONLY, "Lead the technical direction of our apps") != "matched"


def test_the_ecosystem_or_codebase_around_a_thing_is_how_the_ad_says_it() -> None:
    assert _status(OWNER, "Modularization of large mobile codebases") == "matched"
    assert _status(OWNER, "Open-source contributions to the Swift ecosystem") == "matched"
    assert _status(WEB_ONLY, "Open-source contributions to the Swift ecosystem") == "missing"
