"""Mechanisms for owners who moved from a field's own work into building its software, each over a small made-up
owner: the years of a field's own work are not counted from roles titled as software work about it, and a
degree's kind ("Bachelor of Science") is no word of its field."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.degrees import degree_kind_terms
from heyfolio.jobfit.field_work import field_work_terms
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 7)

# A made-up owner: a payroll administrator 2014-01..2017-12 (four years), then a software engineer at a payroll
# software vendor since 2018-01 (~9 years) whose highlights name payroll as what the software computes; a
# bachelor of science in hospitality management.
OWNER: dict[str, Any] = {
    "basics": {"name": "Ines Varga-Holm", "label": "Software Engineer"},
    "work": [
        {
            "name": "Paystave",
            "description": "Payroll software vendor",
            "position": "Software Engineer",
            "startDate": "2018-01",
            "highlights": [
                "Built the payroll calculation engine in Python",
                "Wrote the payroll tax rules for 12 countries",
            ],
        },
        {
            "name": "Lindenhall Hotels",
            "description": "Hotel group",
            "position": "Payroll Administrator",
            "startDate": "2014-01",
            "endDate": "2017-12",
            "highlights": ["Ran the monthly payroll for 900 staff across 6 hotels"],
        },
    ],
    "education": [
        {
            "institution": "Danube Polytechnic",
            "studyType": "Bachelor of Science",
            "area": "Hospitality Management",
            "startDate": "2010-09",
            "endDate": "2013-06",
        }
    ],
    "skills": [{"name": "Python", "level": "Advanced"}],
}


def _statuses(resume: dict[str, Any], job: str) -> dict[str, str]:
    parsed, problems = parse_resume(resume, "owner.resume.json")
    assert parsed is not None, problems
    portfolio = Portfolio(resume=parsed)
    report = assess_job(job, portfolio, chunk_portfolio(portfolio), today=TODAY)
    return {str(r["requirement"]): str(r["status"]) for r in report["requirements"]}


def _status(resume: dict[str, Any], line: str) -> str:
    return _statuses(resume, f"# Role\n\n## Requirements\n- {line}\n")[line]


def test_years_of_a_fields_own_work_leave_out_the_software_roles_about_it() -> None:
    # four years ran payroll; nine more built payroll software, which is not payroll operations
    assert _status(OWNER, "6+ years of payroll operations experience") == "partial"
    assert _status(OWNER, "3+ years of payroll operations experience") == "matched"


def test_a_software_role_titled_with_the_field_still_counts() -> None:
    titled = {
        **OWNER,
        "work": [{**OWNER["work"][0], "position": "Payroll Systems Engineer"}, OWNER["work"][1]],
    }
    assert _status(titled, "6+ years of payroll operations experience") == "matched"


def test_field_work_is_asked_only_of_a_non_technical_field() -> None:
    assert field_work_terms("8+ years of claims handling experience") == frozenset({"claim"})
    assert field_work_terms("5+ years of warehouse operations") == frozenset({"warehous"})
    assert field_work_terms("5+ years of IT operations") == frozenset()
    assert field_work_terms("5+ years of cloud operations") == frozenset()
    assert field_work_terms("5+ years of payroll software development") == frozenset()


def test_a_degrees_kind_is_no_word_of_its_field() -> None:
    assert _status(OWNER, "Bachelor's degree in Computer Science or a related field") != "matched"
    assert _status(OWNER, "Bachelor's degree in Hospitality or a related field") == "matched"
    cs = {**OWNER, "education": [{**OWNER["education"][0], "area": "Computer Science"}]}
    assert _status(cs, "Bachelor's degree in Computer Science or a related field") == "matched"


def test_degree_kind_terms() -> None:
    def same(text: str) -> str:
        return text

    assert degree_kind_terms("Bachelor of Science in Risk Management and Insurance", same) == frozenset(
        {"scienc"}
    )
    assert degree_kind_terms("Bachelor of Science in Computer Science", same) == frozenset()
    assert degree_kind_terms("Bachelor of Engineering in Mechanical Engineering", same) == frozenset()
    assert degree_kind_terms("BSc Insurance", same) == frozenset()
