"""Mechanisms for owners who came to software from building architecture, each over a small made-up owner:
years in the trade are not years of software work, British appraisals are people management, travel asked
and never written is missing, and the trade's own words show the AEC industry and parametric design."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import chunk_portfolio
from tests.jobfit.bristol_owner import OWNER as BRISTOL

TODAY = dt.date(2026, 12, 7)

# A made-up owner: project architect 2010-2018 at an architecture practice, then a computational designer at
# another practice (2018-2021), then a software engineer at a building-data start-up since 2021-03 (~5.8 years
# of software work in all, from 2018-10).
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Idris Vantongeren",
        "label": "Software Engineer",
        "summary": "Architect turned engineer.",
    },
    "work": [
        {
            "name": "Brickmetric",
            "description": "Building-data start-up",
            "position": "Software Engineer",
            "startDate": "2021-03",
            "highlights": [
                "Build the model-checking service in Python and TypeScript",
                "Cut the checking time of a client's site model from an hour to 5 minutes",
            ],
        },
        {
            "name": "Loam & Lattice",
            "description": "Architecture practice, 60 staff",
            "position": "Computational Designer",
            "startDate": "2018-10",
            "endDate": "2021-02",
            "highlights": ["Wrote Grasshopper definitions for roof geometry of two stations"],
        },
        {
            "name": "Hallam Reed",
            "description": "Architecture practice",
            "position": "Project Architect",
            "startDate": "2010-01",
            "endDate": "2018-09",
            "highlights": [
                "Ran a design team of 5 architects: hiring and annual appraisals",
                "Delivered three hospital wards and a library",
            ],
        },
    ],
    "skills": [{"name": "Python"}, {"name": "TypeScript"}],
}


def _statuses(*asks: str) -> dict[str, str]:
    resume, problems = parse_resume(dict(OWNER), "resume.json")
    assert resume is not None, problems
    portfolio = Portfolio(resume=resume)
    job = "# Engineer\nAcme Build\n\n## Requirements\n" + "".join(f"- {a}\n" for a in asks)
    report = assess_job(job, portfolio, chunk_portfolio(portfolio), today=TODAY)
    return {str(r["requirement"]): str(r["status"]) for r in report["requirements"]}


def test_years_as_an_architect_are_not_years_of_software_work() -> None:
    got = _statuses("10+ years of professional experience", "8+ years of professional experience")
    assert got["10+ years of professional experience"] == "partial"
    # the computational designer's years at an architecture practice are software work: 2018-10 on counts
    assert got["8+ years of professional experience"] == "matched"


def test_appraisals_are_people_management() -> None:
    # the probe owner ran a studio of 6 staff with "hiring, annual appraisals and the workload plan"
    resume, problems = parse_resume(dict(BRISTOL), "resume.json")
    assert resume is not None, problems
    portfolio = Portfolio(resume=resume)
    job = "# Manager\nAcme Build\n\n## Requirements\n- 3+ years of people management experience\n"
    report = assess_job(job, portfolio, chunk_portfolio(portfolio), today=TODAY)
    assert [str(r["status"]) for r in report["requirements"]] == ["matched"]


def test_travel_asked_and_never_written_is_missing() -> None:
    got = _statuses(
        "Willingness to travel to client sites up to 25% of the time",
        "Travel to client sites up to 40% of the time",
    )
    assert got["Willingness to travel to client sites up to 25% of the time"] == "missing"
    assert got["Travel to client sites up to 40% of the time"] == "missing"


def test_the_aec_industry_is_shown_by_architecture_work() -> None:
    got = _statuses("3+ years of experience in the AEC industry")
    assert got["3+ years of experience in the AEC industry"] == "matched"


def test_parametric_design_is_shown_by_grasshopper() -> None:
    got = _statuses("Experience with parametric modelling")
    assert got["Experience with parametric modelling"] == "matched"
