"""Which jobs count as years of technology work, and years asked in a named role."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio, Work
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.assess import _WEAK_STOP
from heyfolio.jobfit.career import asked_role, is_field_work
from heyfolio.jobfit.evidence import build_corpus
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 4)


def _portfolio(doc: dict[str, Any]) -> Portfolio:
    resume, problems = parse_resume({"basics": {"name": "Ana Test"}, **doc}, "resume.json")
    assert resume is not None, problems
    return Portfolio(resume=resume)


CAREER_CHANGER = {
    "work": [
        {
            "name": "Nimbus Apps",
            "position": "Frontend Engineer",
            "startDate": "2021-01",
            "summary": "Build the web app in React.",
        },
        {
            "name": "Escola Azul",
            "description": "Secondary school",
            "position": "Biology Teacher",
            "startDate": "2010-01",
            "endDate": "2020-12",
            "summary": "Taught biology; ran the school's coding club.",
        },
    ]
}


def _status(doc: dict[str, Any], line: str) -> str:
    p = _portfolio(doc)
    report = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)
    return str(report["requirements"][0]["status"])


def test_another_occupation_is_not_technology_work_but_a_tech_title_is() -> None:
    assert not is_field_work(Work(position="Biology Teacher", description="Secondary school"))
    assert is_field_work(Work(position="Coding Instructor", description="Bootcamp"))
    assert is_field_work(Work(position="IT Teacher"))
    assert is_field_work(Work(position="Frontend Engineer"))
    assert is_field_work(Work(position="Founder", name="Acme"))


def test_career_years_leave_out_a_previous_career() -> None:
    p = _portfolio(CAREER_CHANGER)
    corpus = build_corpus(p, chunk_portfolio(p), TODAY)
    assert 5.5 < corpus.career_years < 6.5  # 2021-01 to 2026-12, not the ten years of teaching


def test_years_of_software_work_do_not_count_the_classroom() -> None:
    assert _status(CAREER_CHANGER, "8+ years of software development") != "matched"
    assert _status(CAREER_CHANGER, "5+ years of software development") == "matched"


def test_a_named_role_is_read_with_its_alternatives_and_without_qualifiers() -> None:
    assert asked_role("2+ years in a developer relations role", _WEAK_STOP) == [
        frozenset({"develop", "relat"})
    ]
    assert asked_role("5+ years in SRE or platform roles", _WEAK_STOP) == [
        frozenset({"sre"}),
        frozenset({"platform"}),
    ]
    assert asked_role("3+ years in a similar role", _WEAK_STOP) is None
    assert asked_role("3+ years of React", _WEAK_STOP) is None


def test_years_in_a_role_never_held_are_missing_not_the_career_length() -> None:
    assert _status(CAREER_CHANGER, "2+ years of experience in a developer relations role") == "missing"
    assert _status(CAREER_CHANGER, "2+ years of experience in a frontend role") == "matched"
