"""A platform word written only as the client of a server side ("mobile backend penetration tests") shows
the backend, not the platform's apps; an ask whose platform is shown nowhere is not met by its other words
(session 23, own table postings: "| Security | Mobile app security testing |")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.served import only_as_served, platform_word
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 6)


def _pentester() -> dict[str, Any]:
    return {
        "basics": {"name": "Runa Halvorsen", "label": "Security Tester", "summary": "I break web software."},
        "work": [
            {
                "name": "Fjellgard Assurance",
                "position": "Penetration Tester",
                "startDate": "2017-02",
                "highlights": ["Ran 90 web application, API and mobile backend penetration tests."],
            }
        ],
    }


def _statuses(*asks: str) -> dict[str, str]:
    resume, problems = parse_resume(_pentester(), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    job = "Requirements:\n" + "".join(f"- {a}\n" for a in asks)
    return {
        r["requirement"]: r["status"]
        for r in assess_job(job, p, chunk_portfolio(p), today=TODAY)["requirements"]
    }


def test_a_platform_as_the_client_of_a_backend() -> None:
    assert only_as_served("mobile", "Ran web and mobile backend penetration tests.", "Mobile security")
    assert not only_as_served("mobile", "Tested mobile apps and the mobile backend.", "Mobile security")
    assert not only_as_served("mobile", "Ran mobile backend tests.", "Mobile backend testing")
    assert platform_word("iOS") and not platform_word("security")


def test_mobile_app_testing_is_not_met_by_mobile_backend_tests() -> None:
    got = _statuses(
        "Mobile app penetration testing", "Mobile backend penetration testing", "Web app penetration testing"
    )
    assert got == {
        "Mobile app penetration testing": "partial",
        "Mobile backend penetration testing": "matched",
        "Web app penetration testing": "matched",
    }
