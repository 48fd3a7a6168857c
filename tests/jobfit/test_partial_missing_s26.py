"""Session 26: missing asks read as partial because an inline list of tools was read as one requirement.
"You'll need solid React, TypeScript, Tailwind and GraphQL." names four tools with no "with"/"in" before
them; read whole, the tool the owner never names was partly credited through the others (and the tools
she does use were only partial). Each listed name is its own ask."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job, parse_job
from heyfolio.jobfit.named import trailing_names
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a frontend engineer in Tallinn.
OWNER: dict[str, Any] = {
    "basics": {"name": "Mari Proov", "summary": "Frontend engineer building booking sites."},
    "work": [
        {
            "name": "Laine Travel",
            "position": "Senior Frontend Engineer",
            "startDate": "2019-03",
            "highlights": [
                "Built the booking site in React and TypeScript on Next.js",
                "Moved the search pages to a GraphQL gateway",
            ],
        }
    ],
    "skills": [
        {"name": "Frontend", "level": "Expert", "keywords": ["React", "TypeScript", "Next.js", "GraphQL"]}
    ],
}


def _statuses(job: str) -> dict[str, str]:
    resume, problems = parse_resume(dict(OWNER), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    report = assess_job(job, p, chunk_portfolio(p), today=TODAY)
    return {str(r["requirement"]): str(r["status"]) for r in report["requirements"]}


def test_names_after_a_lead_that_only_wants_them_are_each_asked() -> None:
    assert trailing_names("You'll need solid React, TypeScript, Next.js, Tailwind and GraphQL.") == [
        "React",
        "TypeScript",
        "Next.js",
        "Tailwind",
        "GraphQL",
    ]
    assert trailing_names("Strong Kafka, Spark, Snowflake and Airflow skills") == [
        "Kafka",
        "Spark",
        "Snowflake",
        "Airflow",
    ]
    assert trailing_names("Hands-on Kafka, Flink and Spark") == ["Kafka", "Flink", "Spark"]


def test_a_lead_that_asks_something_or_a_list_of_words_stays_whole() -> None:
    assert trailing_names("Strong communication, leadership and planning skills") is None
    assert trailing_names("Kafka, Spark and Flink at scale") is None
    assert trailing_names("Migrate Kafka, Spark and Flink jobs") is None
    assert trailing_names("You'll need React or Vue") is None


def test_the_unnamed_tool_of_such_a_list_is_missing_and_the_others_matched() -> None:
    job = "Frontend Lead\n\nAbout you\n\nYou'll need solid React, TypeScript, Tailwind and GraphQL."
    got = _statuses(job)
    assert got == {"React": "matched", "TypeScript": "matched", "Tailwind": "missing", "GraphQL": "matched"}
    _, reqs = parse_job(job)
    assert [r.text for r in reqs] == ["React", "TypeScript", "Tailwind", "GraphQL"]
