"""Session 26: a hiring ask read as partial through the kind of people to hire. "You have hired iOS
engineers" against an iOS engineer who never hired anyone was partial: the iOS engineers she works with
stood in for the hiring asked. The people are only the object of the ask; with no hiring shown it is missing.
Also: work authorization for a place the owner says nothing of (a citizen of elsewhere) is missing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 5)

# A made-up owner who works beside iOS engineers and mentors them, and never hires anyone.
NO_HIRING: dict[str, Any] = {
    "basics": {"name": "Jaan Näide", "summary": "iOS engineer; I mentor two junior iOS engineers."},
    "work": [
        {
            "name": "Tuule Apps",
            "position": "Senior iOS Engineer",
            "startDate": "2018-01",
            "highlights": ["Built the banking app in Swift with four other iOS engineers"],
        }
    ],
}


def _no_hiring(line: str) -> str:
    resume, problems = parse_resume(dict(NO_HIRING), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    report = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)
    return str(report["requirements"][0]["status"])


def test_hiring_asked_of_someone_who_never_hired_is_missing_whoever_the_hires_are() -> None:
    assert _no_hiring("You have hired iOS engineers before") == "missing"
    assert _no_hiring("Experience interviewing iOS candidates") == "missing"
    assert _no_hiring("Run the hiring process for iOS engineers") == "missing"
    # hiring beside another thing shown (mentoring) is still partly met
    assert _no_hiring("Mentor and hire iOS engineers") == "partial"


def test_disciplinary_responsibility_is_people_management() -> None:
    # "disciplinary responsibility" (German "disziplinarische Führung") asks for line management: a tech
    # lead's team alone does not show it
    assert _no_hiring("Team lead with disciplinary responsibility for 4+ engineers") == "missing"


# A made-up owner who states a citizenship and a country she would need sponsorship for.
CITIZEN: dict[str, Any] = {
    "basics": {
        "name": "Kertu Näide",
        "summary": "Estonian citizen; I would need visa sponsorship to work in the United States.",
    },
    "work": [{"name": "Pilv OÜ", "position": "Data Engineer", "startDate": "2021-01"}],
}


def test_work_authorization_for_a_place_the_owner_says_nothing_of_is_missing() -> None:
    resume, problems = parse_resume(dict(CITIZEN), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    job = (
        "Requirements:\n- Right to work in the EU\n- Authorised to work in Canada\n- US work authorization\n"
    )
    report = assess_job(job, p, chunk_portfolio(p), today=TODAY)
    assert [str(r["status"]) for r in report["requirements"]] == ["matched", "missing", "missing"]
