"""Managing people asked with years or a size: counted on the roles that managed people, not on leading."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import chunk_portfolio
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 4)

# Nine years of data work; people management only in the last three (2023-12 -> today).
MANAGER: dict[str, Any] = {
    "basics": {"name": "Ana Test"},
    "work": [
        {
            "name": "Grid Data",
            "position": "Engineering Manager, Data Platform",
            "startDate": "2023-12",
            "summary": "Line manager of seven data engineers; I run their performance reviews.",
        },
        {
            "name": "Ledger Co",
            "position": "Senior Data Engineer",
            "startDate": "2017-12",
            "endDate": "2023-11",
            "summary": "Built the data pipelines for the finance team.",
        },
    ],
}

# A hands-on tech lead of six engineers who report to someone else.
TECH_LEAD: dict[str, Any] = {
    "basics": {"name": "Bo Test"},
    "work": [
        {
            "name": "Tram Apps",
            "position": "Mobile Tech Lead",
            "startDate": "2019-01",
            "summary": "I lead six mobile engineers as a hands-on tech lead.",
        }
    ],
}


def _status(doc: dict[str, Any], line: str) -> tuple[str, str]:
    item = assessed(doc, line, today=TODAY)
    return str(item["status"]), str(item.get("why", ""))


def test_years_managing_engineers_count_the_roles_that_managed_people_not_the_career() -> None:
    status, why = _status(MANAGER, "5+ years managing data engineers")
    assert status == "partial", why
    assert "managing people" in why
    assert _status(MANAGER, "2+ years managing data engineers")[0] == "matched"
    assert (
        _status(MANAGER, "8+ years of data engineering")[0] == "matched"
    )  # the career still counts for the field


def test_line_managing_a_bigger_team_than_any_led_with_none_managed_is_missing() -> None:
    assert _status(TECH_LEAD, "Line-manage a team of 10 iOS and Android engineers")[0] == "missing"
    # leading a team that size is shown: the ask is partly met (leading is not managing)
    assert _status(TECH_LEAD, "Lead a team of 10 mobile engineers")[0] == "partial"
    # a people manager of seven asked for ten: a smaller team, partial
    assert _status(MANAGER, "Line-manage a team of 10 data engineers")[0] == "partial"


def _json_status(doc: dict[str, Any], experience: str) -> str:
    resume, problems = parse_resume(doc, "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    job = {"title": "Engineering Manager", "experience": experience, "skills": [{"name": "Kotlin"}]}
    report = assess_job(job, p, chunk_portfolio(p), today=TODAY)
    return next(str(r["status"]) for r in report["requirements"] if "years" in r["requirement"])


def test_a_json_jobs_experience_of_managing_is_the_years_of_managing_not_the_career() -> None:
    assert _json_status(TECH_LEAD, "5+ years managing mobile engineers") == "missing"
    assert _json_status(MANAGER, "5+ years managing data engineers") == "partial"
    assert _json_status(MANAGER, "5+ years") == "matched"
