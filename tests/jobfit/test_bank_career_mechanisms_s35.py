"""Mechanisms for owners whose software careers are not building software, each over a small made-up owner: a
bank's grades are another career, analysing, specifying or owning a product is no year of building it, a
product owner's years are product management, teaching a subject is not years of practising it, a coordinated
acceptance test is no automated test, a field's certification is not shown by the field's work or a course, and a
current qualification asked is not met by a lapsed one."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio, Work
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.builders import building_years_asked, builds_software
from heyfolio.jobfit.career import is_field_work, teaching_post
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 7)

# A made-up owner: savings adviser and branch manager at a building society 2011-01..2016-12 (six years), then
# a systems analyst 2017-01..2019-12 (three years) and a product owner since 2020-01 (~7 years) at an
# insurance-software company, with a part-time evening post teaching requirements analysis 2021-01..2022-12; an
# insurance licence that lapsed; a two-day course in data visualisation; no code written.
OWNER: dict[str, Any] = {
    "basics": {"name": "Fenella Okonjo-Brandt", "label": "Product Owner"},
    "work": [
        {
            "name": "Quillhaven",
            "description": "Insurance-software company",
            "position": "Product Owner",
            "startDate": "2020-01",
            "highlights": [
                "Own the claims portal backlog and write the acceptance criteria",
                "Coordinated user acceptance testing with four insurers",
            ],
        },
        {
            "name": "Requisite Evenings",
            "description": "Adult education college",
            "position": "Requirements Analysis Tutor",
            "startDate": "2021-01",
            "endDate": "2022-12",
            "highlights": ["Taught a ten-week course in requirements analysis"],
        },
        {
            "name": "Quillhaven",
            "description": "Insurance-software company",
            "position": "Systems Analyst",
            "startDate": "2017-01",
            "endDate": "2019-12",
            "highlights": ["Wrote the requirements analysis for the policy administration system"],
        },
        {
            "name": "Harbourline Building Society",
            "description": "Building society",
            "position": "Branch Manager",
            "startDate": "2014-01",
            "endDate": "2016-12",
            "highlights": ["Managed a branch of nine staff"],
        },
        {
            "name": "Harbourline Building Society",
            "description": "Building society",
            "position": "Savings Adviser",
            "startDate": "2011-01",
            "endDate": "2013-12",
            "highlights": ["Advised members on savings accounts"],
        },
    ],
    "education": [
        {
            "institution": "Tidewater Institute",
            "studyType": "Course",
            "area": "Data Visualisation (two-day course)",
            "endDate": "2019-03",
        }
    ],
    "certificates": [
        {
            "name": "Insurance Broking Licence (lapsed in 2018)",
            "date": "2013-05",
            "issuer": "Broking Council",
        },
    ],
    "skills": [{"name": "Requirements analysis", "keywords": ["user stories", "acceptance criteria"]}],
}


def _statuses(job: str, owner: dict[str, Any] | None = None) -> dict[str, str]:
    resume, problems = parse_resume(dict(owner or OWNER), "resume.json")
    assert resume is not None, problems
    portfolio = Portfolio(resume=resume)
    report = assess_job(job, portfolio, chunk_portfolio(portfolio), today=TODAY)
    return {str(r["requirement"]): str(r["status"]) for r in report["requirements"]}


def _one(ask: str, owner: dict[str, Any] | None = None) -> str:
    got = _statuses(f"# Product Role\n\n## Requirements\n- {ask}\n", owner)
    return got.get(ask, next(iter(got.values()), "unread"))


def _with_work(*work: dict[str, Any]) -> dict[str, Any]:
    owner = dict(OWNER)
    owner["work"] = list(work)
    return owner


def test_a_banks_grades_are_another_career() -> None:
    assert not is_field_work(
        Work(name="Strathmore Bank", description="Retail bank", position="Branch Manager")
    )
    assert not is_field_work(
        Work(name="Strathmore Bank", description="Retail bank", position="Personal Banker")
    )
    assert not is_field_work(
        Work(name="Harbourline", description="Building society", position="Mortgage Adviser")
    )
    assert is_field_work(
        Work(name="Strathmore Bank", description="Retail bank", position="Software Engineer")
    )
    # six years in a building society before ten years at a software company
    assert _one("12+ years of professional experience") == "partial"
    assert _one("9+ years of professional experience") == "matched"


def test_analysing_specifying_or_owning_software_is_no_year_of_building_it() -> None:
    assert building_years_asked("5+ years of software engineering experience")
    assert building_years_asked("3+ years of programming experience")
    assert not building_years_asked("5+ years of experience in tech")
    assert not builds_software(Work(name="Quillhaven", position="Senior Product Owner"))
    assert not builds_software(Work(name="Quillhaven", position="Business Analyst"))
    assert builds_software(Work(name="Quillhaven", position="Product Engineer"))
    assert builds_software(Work(name="Quillhaven", position="Engineering Manager"))
    assert _one("5+ years of software engineering experience") == "missing"
    assert _one("3+ years of software development experience") == "missing"
    assert _one("8+ years of experience in technology") == "matched"  # the field's years still count


def test_a_developers_years_before_product_work_are_counted_alone() -> None:
    owner = _with_work(
        {"name": "Quillhaven", "position": "Product Owner", "startDate": "2021-01"},
        {
            "name": "Quillhaven",
            "position": "Java Developer",
            "startDate": "2017-01",
            "endDate": "2020-12",
            "highlights": ["Wrote the quote service in Java"],
        },
    )
    assert _one("3+ years of software development experience", owner) == "matched"
    assert _one("8+ years of software development experience", owner) == "partial"


def test_a_product_owners_years_are_product_management() -> None:
    assert _one("5+ years of product management experience") == "matched"
    assert _one("Product management experience") == "matched"
    assert _one("10+ years of product management experience") == "partial"
    assert _one("Experience managing product managers") == "missing"


def test_teaching_a_subject_is_not_years_of_practising_it() -> None:
    assert teaching_post(Work(name="Requisite Evenings", position="Requirements Analysis Tutor"))
    assert not teaching_post(Work(name="Bootcamp", position="Coding Instructor"))
    # three years as a systems analyst; the two years teaching requirements analysis are not more of it
    assert _one("5+ years of requirements analysis experience") == "partial"
    assert _one("1+ years of teaching requirements analysis") == "matched"


def test_a_coordinated_acceptance_test_is_no_automated_test() -> None:
    assert _one("Experience writing automated tests") == "missing"
    assert _one("Test automation") == "missing"
    assert _one("Experience with user acceptance testing") == "matched"
    owner = _with_work(
        {
            "name": "Quillhaven",
            "position": "Software Developer",
            "startDate": "2017-01",
            "highlights": ["Wrote integration tests for the quote service with pytest"],
        }
    )
    assert _one("Experience writing automated tests", owner) == "matched"


def test_a_fields_certification_is_not_shown_by_its_work_or_a_course() -> None:
    assert _one("A requirements analysis certification") == "partial"
    assert _one("A data visualisation certification") == "partial"  # a two-day course
    owner = dict(OWNER)
    owner["certificates"] = [
        {
            "name": "Certified Requirements Analysis Professional",
            "date": "2019-05",
            "issuer": "Analysts Guild",
        }
    ]
    assert _one("A requirements analysis certification", owner) == "matched"
    # a certificate the software handles is no credential of the owner's
    engineer = _with_work(
        {
            "name": "Quillhaven",
            "position": "Mobile Engineer",
            "startDate": "2019-01",
            "highlights": ["Added certificate pinning and mobile security checks to the claims app"],
        }
    )
    assert _one("Certificate pinning and mobile security basics", engineer) == "matched"


def test_a_current_qualification_asked_is_not_met_by_a_lapsed_licence() -> None:
    assert _one("A current insurance broking qualification") == "partial"
    assert _one("Insurance broking qualification") == "matched"
