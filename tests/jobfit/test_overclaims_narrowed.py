"""Overclaims where what is asked is narrower than what is shown (session 14): years of a discipline read
through "They'd like", a "Lead" level from years alone, management of a counted group, an MBA."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.terms import units
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 4)

# Eleven years of work, data engineering only in the last four; web penetration tests; MPEG encoding.
DATA = {
    "basics": {"name": "Dana Test", "summary": "Data engineer and former web security tester."},
    "work": [
        {
            "name": "Ledger Co",
            "position": "Senior Data Engineer",
            "startDate": "2022-12",
            "summary": "Data engineering: Kafka and Spark pipelines for the ledger.",
        },
        {
            "name": "Audit Labs",
            "position": "Penetration Tester",
            "startDate": "2015-12",
            "endDate": "2022-11",
            "summary": "Ran web application penetration testing for banks.",
            "highlights": ["Encoded training videos in MPEG for the client portal."],
        },
    ],
}


def _portfolio(doc: dict[str, Any]) -> Portfolio:
    resume, problems = parse_resume(doc, "resume.json")
    assert resume is not None, problems
    return Portfolio(resume=resume)


def _status(doc: dict[str, Any], line: str) -> str:
    p = _portfolio(doc)
    report = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)
    return str(report["requirements"][0]["status"])


def test_like_as_the_verb_of_wanting_does_not_introduce_examples() -> None:
    asked = [u.alternatives for u in units("They'd like someone with Kafka", frozenset())]
    assert (("Kafka",),) in asked
    assert units("Frameworks like React", frozenset())[-1].alternatives[-1] == ("React",)


def test_years_of_a_discipline_wanted_with_like_count_its_entries_not_the_career() -> None:
    assert _status(DATA, "10+ years in data engineering") == "partial"
    assert _status(DATA, "They'd like 10+ years in data engineering.") == "partial"
    assert _status(DATA, "They'd like 10+ years of work in software.") == "matched"


def _level(doc: dict[str, Any], level: str) -> str:
    p = _portfolio(doc)
    report = assess_job({"title": "Platform Lead", "experience": level}, p, chunk_portfolio(p), today=TODAY)
    return str(report["requirements"][0]["status"])


# Twelve years of work: six running a hotel's front desk (leading receptionists), six as an engineer.
CHANGER = {
    "basics": {"name": "Cai Test", "summary": "Site reliability engineer, formerly in hotels."},
    "work": [
        {
            "name": "Pay Co",
            "position": "Senior Site Reliability Engineer",
            "startDate": "2020-12",
            "summary": "Kubernetes clusters and on-call for the payment services.",
        },
        {
            "name": "Hotel Alta",
            "position": "Front Office Manager",
            "startDate": "2014-12",
            "endDate": "2020-11",
            "summary": "Ran the front office, leading a team of 14 receptionists.",
        },
    ],
}


def test_a_lead_level_needs_a_lead_role_in_technical_work_not_years_alone() -> None:
    assert _level(CHANGER, "Lead") == "partial"
    assert _level(CHANGER, "Senior") == "matched"
    tech_lead = {
        **CHANGER,
        "work": [{**CHANGER["work"][0], "position": "Tech Lead, Platform"}, CHANGER["work"][1]],  # type: ignore[index]
    }
    assert _level(tech_lead, "Lead") == "matched"


# A mobile lead: six engineers led as a hands-on tech lead (no reports); an MSc.
MOBILE = {
    "basics": {"name": "Mo Test", "summary": "Mobile tech lead."},
    "work": [
        {
            "name": "Transit Co",
            "position": "Mobile Tech Lead",
            "startDate": "2019-01",
            "summary": "Lead a team of six engineers as a hands-on tech lead. Apps on the App Store and Google Play.",
        }
    ],
    "education": [
        {
            "institution": "TU Test",
            "studyType": "Master of Science",
            "area": "Electrical Engineering",
            "endDate": "2012",
        }
    ],
}


def test_management_of_a_counted_group_asks_people_management() -> None:
    # leading is not people management: met only by leading six, nobody hired, it is missing (session 15)
    assert _status(MOBILE, "Management of 5+ engineers") == "missing"
    assert _status(MOBILE, "Lead a team of 5+ engineers") == "matched"
    hired = copy.deepcopy(MOBILE)
    hired["work"][0]["summary"] += " Hired three of them."  # type: ignore[index]
    assert _status(hired, "Management of 5+ engineers") == "partial"  # leading and hiring: part of it


def test_a_degree_whose_name_is_its_field_is_not_another_fields_degree() -> None:
    assert _status(MOBILE, "You hold an MBA or equivalent business qualification.") == "missing"
    assert _status(MOBILE, "A master's degree in electrical engineering") == "matched"
    mba = {**MOBILE, "education": [{"institution": "INSEAD", "studyType": "MBA", "endDate": "2015"}]}
    assert _status(mba, "You hold an MBA or equivalent business qualification.") == "matched"
    spelled = {
        **MOBILE,
        "education": [{"institution": "X", "studyType": "Master", "area": "Business Administration"}],
    }
    assert _status(spelled, "An MBA") == "matched"
