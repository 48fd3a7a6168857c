"""Session 30: the language the workplace works in, said as a fact of the employer ("German is our office
language", "Our working language is English"), asks the hire to speak it; it was dropped as a line about the
company (a name, then "is")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job, parse_job
from heyfolio.jobfit.spoken import working_language
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 7)

# A made-up posting written as one paragraph, the office language among its sentences.
POSTING = (
    "Backend Engineer, Routing — Pelican Freight (Utrecht)\n\n"
    "Pelican Freight plans deliveries for 900 bakeries. You have 4+ years of Python. "
    "Dutch is our office language.\n"
)

# A made-up backend engineer who speaks English and Portuguese, no Dutch.
SPEAKER: dict[str, Any] = {
    "basics": {"name": "Rita Exemplo", "label": "Backend Engineer"},
    "work": [
        {
            "name": "Gaivota Logística",
            "position": "Backend Engineer",
            "startDate": "2018-01",
            "highlights": ["Built the route planner in Python and PostgreSQL"],
        }
    ],
    "languages": [
        {"language": "English", "fluency": "Fluent"},
        {"language": "Portuguese", "fluency": "Native"},
    ],
}


def test_the_workplace_language_said_as_a_fact_is_a_working_language() -> None:
    assert working_language("German is our office language.")
    assert working_language("Our working language is English")
    assert working_language("English is the company language.")
    assert not working_language("Our language is simple and plain")
    assert not working_language("German engineering is our heritage")
    assert not working_language("Python is our main language")  # a programming language, read elsewhere


def test_the_office_language_in_a_paragraph_is_asked_and_checked() -> None:
    texts = [r.text for r in parse_job(POSTING)[1]]
    assert any("Dutch" in t for t in texts), texts
    resume, problems = parse_resume(dict(SPEAKER), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    report = assess_job(POSTING, p, chunk_portfolio(p), today=TODAY)
    dutch = next(r for r in report["requirements"] if "Dutch" in r["requirement"])
    assert dutch["status"] == "missing"
