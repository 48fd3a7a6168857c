"""Session 27: people-management asks that were not read as such. "Managed 5+ engineers" and "Managed a
mobile team of 5+" (the past tense) were compared with the largest group LED and came out matched for a tech
lead with no reports and no hiring; "Manage and grow a team of X" (a second verb joined to managing) was
matched by the team's words; "line responsibility" / "personnel responsibility" (German-English ads) was a
plain word not shown, so a tech lead of a smaller team was partial and a manager of a larger one too."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 5)

# A made-up tech lead of six with no reports and no hiring.
LEAD_ONLY: dict[str, Any] = {
    "basics": {
        "name": "Aino Esimerkki",
        "summary": "Tech lead of six mobile engineers; they report to an engineering manager, so I have no "
        "formal reports.",
    },
    "work": [
        {
            "name": "Raide Apps",
            "position": "Mobile Tech Lead",
            "startDate": "2019-01",
            "highlights": ["I lead six mobile engineers (three iOS, three Android) on the rider apps"],
        }
    ],
}

# A made-up engineering manager of twelve.
MANAGER: dict[str, Any] = {
    "basics": {"name": "Oskari Esimerkki", "summary": "Engineering manager in Tampere."},
    "work": [
        {
            "name": "Rahti Oy",
            "position": "Engineering Manager",
            "startDate": "2020-01",
            "summary": "Manage two backend teams (12 engineers in total) and report to the CTO.",
            "highlights": ["Run weekly 1:1s and the yearly performance reviews for my reports"],
        }
    ],
}


def _status(owner: dict[str, Any], line: str) -> str:
    resume, problems = parse_resume(dict(owner), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    report = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)
    return str(report["requirements"][0]["status"])


def test_managed_in_the_past_tense_is_a_people_management_ask() -> None:
    assert _status(LEAD_ONLY, "Managed 5+ engineers") == "missing"
    assert _status(LEAD_ONLY, "Managed a mobile team of 5+ (hiring, 1:1s, reviews)") == "missing"
    assert _status(MANAGER, "Managed 5+ engineers") == "matched"


def test_manage_and_another_verb_is_still_managing() -> None:
    assert _status(LEAD_ONLY, "Manage and grow a team of mobile engineers") == "missing"
    # a manager who never says the team grew: managing met, growing not shown
    assert _status(MANAGER, "Manage and grow a team of backend engineers") == "partial"


def test_line_or_personnel_responsibility_is_line_management() -> None:
    assert _status(LEAD_ONLY, "Lead a team of 5 engineers with line responsibility") == "missing"
    assert _status(LEAD_ONLY, "Personnel responsibility for a team of 4") == "missing"
    assert _status(MANAGER, "Lead a team of 8 engineers with line responsibility") == "matched"
    assert _status(MANAGER, "Personnel responsibility for a team of 8 engineers") == "matched"


# A made-up consultant who worked for a wind-farm operator and a public water agency, with news of the space industry as a hobby.
SECTORS: dict[str, Any] = {
    "basics": {
        "name": "Lumi Esimerkki",
        "summary": "Data consultant for energy companies and research labs.",
    },
    "work": [
        {
            "name": "Tuuli Energia",
            "position": "Data Science Consultant",
            "startDate": "2021-04",
            "endDate": "2022-03",
            "summary": "Operator of wind farms: built turbine anomaly detection.",
        },
        {
            "name": "Vesi Observatory",
            "position": "Scientific Software Consultant",
            "description": "Public water and flood-monitoring agency",
            "startDate": "2022",
            "endDate": "2022",
            "summary": "Rewrote the flood model in Python.",
        },
    ],
    "publications": [
        {"name": "Flood models made fast", "publisher": "Hydro Letters", "releaseDate": "2023-01"}
    ],
    "interests": [{"name": "Space industry news", "keywords": ["rockets"]}],
}


def test_a_sector_word_is_not_itself_a_thing_to_find() -> None:
    # "energy" shown by the work: the word "sector" is only how ads name a field
    assert _status(SECTORS, "Energy sector experience") == "matched"
    # an interest is no work done in a sector
    assert _status(SECTORS, "Experience in the space industry") == "missing"


def test_public_sector_is_shown_by_public_bodies_not_by_the_word_public() -> None:
    assert _status(SECTORS, "Experience in the public sector") == "matched"
    assert _status(LEAD_ONLY, "Experience in the public sector") == "missing"
    # a publication is no public body
    published = {**LEAD_ONLY, "publications": [{"name": "Offline maps", "publisher": "Mobile Letters"}]}
    assert _status(published, "Public sector background") == "missing"


def test_the_protocol_a_thing_is_done_over_is_the_tool_asked() -> None:
    # "over gRPC": the transport named is what is asked; APIs shown elsewhere are only its context
    apis = {
        **LEAD_ONLY,
        "skills": [{"name": "Backend", "keywords": ["REST APIs", "Kotlin", "Kafka"]}],
    }
    assert _status(apis, "Expose internal APIs over gRPC") == "missing"
    assert _status(apis, "Stream events over Kafka") != "missing"
