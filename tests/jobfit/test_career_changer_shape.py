"""A career changer's résumé shape: hospitality years before tech, a year-only start date, an expired
certificate, years asked in a field given as an alternative."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio, Work
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.career import is_field_work
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 4)


def _portfolio(doc: dict[str, Any]) -> Portfolio:
    resume, problems = parse_resume({"basics": {"name": "Rui Test"}, **doc}, "resume.json")
    assert resume is not None, problems
    return Portfolio(resume=resume)


def _status(doc: dict[str, Any], line: str) -> str:
    p = _portfolio(doc)
    report = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)
    return str(report["requirements"][0]["status"])


FROM_HOSPITALITY = {
    "work": [
        {
            "name": "Vento Cloud",
            "position": "Site Reliability Engineer",
            "startDate": "2020-02",
            "summary": "Run the Kubernetes infrastructure and the on-call rotation.",
        },
        {
            "name": "Atlas Hosting",
            "position": "Junior Systems Administrator",
            "startDate": "2017",
            "endDate": "2020-01",
            "summary": "Linux servers, backups and DNS.",
        },
        {
            "name": "Casa do Rio",
            "description": "Boutique hotel with 60 rooms",
            "position": "Shift Supervisor",
            "startDate": "2008-03",
            "endDate": "2016-09",
            "summary": "Supervised a team of 9 staff on the evening shift.",
        },
    ],
    "certificates": [
        {"name": "Certified Kubernetes Administrator (CKA)", "date": "2022-05", "issuer": "CNCF"},
        {"name": "Azure Administrator Associate (lapsed in 2021)", "date": "2019-04", "issuer": "Microsoft"},
    ],
}


def test_a_job_at_a_non_tech_workplace_with_a_plain_title_is_another_career() -> None:
    assert not is_field_work(
        Work(name="Casa do Rio", position="Shift Supervisor", description="Boutique hotel")
    )
    assert not is_field_work(Work(name="Hotel Sol", position="Front Desk Agent"))
    assert not is_field_work(Work(name="Tasca Velha", position="Manager", description="Family restaurant"))


def test_a_tech_title_or_a_tech_business_keeps_the_job_in_the_field() -> None:
    assert is_field_work(Work(name="Hotel Sol", position="IT Systems Engineer", description="Resort hotel"))
    assert is_field_work(
        Work(name="Quarto", position="Account Manager", description="SaaS platform for hotels")
    )
    assert is_field_work(Work(name="Nimbus", position="Operations Manager", description="Payments company"))


def test_hospitality_years_do_not_count_as_engineering_years() -> None:
    # about ten years in tech (a year-only start in 2017), eight more at a hotel before it
    assert _status(FROM_HOSPITALITY, "15+ years of software engineering experience") == "partial"
    assert _status(FROM_HOSPITALITY, "8+ years of professional experience") == "matched"


def test_years_in_a_field_given_as_an_alternative_count_the_career() -> None:
    line = "You have at least 8 years of professional experience in DevOps or infrastructure roles."
    assert _status(FROM_HOSPITALITY, line) == "matched"


def test_an_expired_certificate_is_not_a_current_one() -> None:
    assert _status(FROM_HOSPITALITY, "A current Azure certification") == "partial"
    assert _status(FROM_HOSPITALITY, "Microsoft Azure Administrator Associate certification") == "partial"


def test_a_held_certificate_asked_as_active_is_matched() -> None:
    assert _status(FROM_HOSPITALITY, "An active CKA certification") == "matched"


def test_a_certificate_never_held_stays_missing() -> None:
    assert _status(FROM_HOSPITALITY, "Google Cloud Professional Cloud Architect certification") == "missing"


WITH_DEGREES = {
    "education": [
        {
            "institution": "Escola de Hotelaria",
            "area": "Tourism and Hotel Management",
            "studyType": "Bachelor",
        },
        {"institution": "Forja", "area": "Cloud Engineering", "studyType": "Bootcamp certificate"},
    ]
}
WITH_SCIENCE_DEGREE = {"education": [{"institution": "Uni", "area": "Physics", "studyType": "Bachelor"}]}


def test_a_non_technical_degree_does_not_meet_a_technical_field_ask() -> None:
    line = "BSc in Computer Science or a related technical discipline"
    assert _status(WITH_DEGREES, line) == "missing"
    assert _status(WITH_SCIENCE_DEGREE, "Bachelor's degree in Computer Engineering") == "partial"
