"""Ad wording around a thing ("given talks", "JavaScript fundamentals") is not a thing to show."""

from __future__ import annotations

import datetime as dt

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import chunk_portfolio

DOC = {
    "basics": {"name": "Ana Test"},
    "work": [{"name": "Nimbus", "position": "Frontend Engineer", "startDate": "2020-01"}],
    "skills": [{"name": "Web", "level": "Advanced", "keywords": ["HTML", "CSS", "JavaScript"]}],
    "publications": [
        {
            "name": "Shipping accessible forms",
            "publisher": "WebConf 2024 (conference talk)",
            "releaseDate": "2024-05-01",
            "summary": "A talk at a developer conference on accessible forms.",
        }
    ],
    "projects": [
        {
            "name": "formlint",
            "description": "Open-source linter for HTML forms.",
            "roles": ["Maintainer"],
            "keywords": ["Open source"],
            "startDate": "2022-01-01",
        }
    ],
}


def _status(line: str) -> str:
    resume, problems = parse_resume(DOC, "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    report = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=dt.date(2026, 12, 4))
    return str(report["requirements"][0]["status"])


def test_fundamentals_of_listed_languages_are_the_languages() -> None:
    assert _status("Strong HTML, CSS and JavaScript fundamentals") == "matched"


def test_given_talks_is_talks() -> None:
    assert _status("You have given talks at developer conferences") == "matched"


def test_contribute_to_open_source_is_open_source_work() -> None:
    assert _status("You contribute to open-source projects") == "matched"
