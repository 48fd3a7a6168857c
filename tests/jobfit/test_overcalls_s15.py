"""Over-calls and unread lines (session 15): people management met only by leading, bracketed products
never shown, an ask put as what is sought. Every owner and job here is made up for the test."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job, parse_job
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 4)

# A tech lead of seven who never hired or managed anyone; web and API security tests; a store app.
LEAD = {
    "basics": {"name": "Rune Test", "summary": "Security engineer and tech lead."},
    "work": [
        {
            "name": "Fjord Bank",
            "position": "Lead Security Engineer",
            "startDate": "2019-01",
            "summary": "Tech lead of a team of seven security engineers.",
            "highlights": [
                "Ran more than 80 web application and API penetration tests.",
                "Shipped the bank's savings app to the Google Play store.",
                "Tuned the fraud model in Python for the card team.",
            ],
        }
    ],
    "skills": [{"name": "Languages", "keywords": ["Python", "JavaScript"]}],
}


def _portfolio(doc: dict[str, Any]) -> Portfolio:
    resume, problems = parse_resume(doc, "resume.json")
    assert resume is not None, problems
    return Portfolio(resume=resume)


def _report(doc: dict[str, Any], job: Any) -> list[dict[str, Any]]:
    p = _portfolio(doc)
    return list(assess_job(job, p, chunk_portfolio(p), today=TODAY)["requirements"])


def _status(doc: dict[str, Any], line: str) -> str:
    return str(_report(doc, f"Requirements:\n- {line}\n")[0]["status"])


def test_managing_a_counted_team_met_only_by_leading_one_is_missing() -> None:
    assert _status(LEAD, "Manage a team of 6 security engineers") == "missing"
    assert _status(LEAD, "Line-manage 5 engineers, including their performance reviews") == "missing"


def test_leading_and_hiring_is_part_of_managing_people() -> None:
    hiring = copy.deepcopy(LEAD)
    hiring["work"][0]["highlights"].append("Hired four of the seven engineers after 60 interviews.")
    assert _status(hiring, "Manage a team of 6 security engineers") == "partial"


def test_a_managers_title_in_another_field_is_part_of_managing_people() -> None:
    manager = copy.deepcopy(LEAD)
    manager["work"].append(
        {
            "name": "Harbour Hotel",
            "position": "Reception Manager",
            "startDate": "2012-01",
            "endDate": "2018-12",
            "summary": "Ran the front desk of a harbour hotel.",
        }
    )
    assert _status(manager, "Manage a team of 6 security engineers") == "partial"


def test_products_in_brackets_never_shown_leave_the_thing_partial() -> None:
    assert _status(LEAD, "Mobile app penetration testing (iOS, Android)") == "partial"
    assert _status(LEAD, "Penetration testing (API, web)") == "matched"  # a kind named, and shown


def test_what_is_sought_named_as_experience_is_an_ask_not_a_blurb() -> None:
    job = "Platform Engineer\n\nWe are looking for deep Terraform experience.\n\nRequirements:\n- Python\n"
    assert parse_job(job)[1][0].text.startswith("We are looking for deep Terraform experience")
    hire = (
        "Platform Engineer\n\nWe are looking for a Platform Engineer to join us.\n\nRequirements:\n- Python\n"
    )
    assert [r.text for r in parse_job(hire)[1]] == ["Python"]
