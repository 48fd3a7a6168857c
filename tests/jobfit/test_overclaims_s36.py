"""Session 36: overclaims of scale: a thing asked "at scale" shown only by a skills list read as matched."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.scale_asked import scale_asked
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 7)


def test_scale_is_told_from_other_words() -> None:
    assert scale_asked("GraphQL at scale")
    assert scale_asked("Large-scale stream processing with Flink")
    assert scale_asked("Design high-throughput ingestion services")
    assert not scale_asked("GraphQL")
    assert not scale_asked("Build and scale the payments team")
    assert not scale_asked("Kafka in production")


# A mobile developer: Elixir and a message queue named only in the skills list; Redis used at work.
LISTED: dict[str, Any] = {
    "basics": {"name": "Tove Marchetti", "label": "Mobile developer"},
    "work": [
        {
            "name": "Bryggen Ferries",
            "position": "Mobile Developer",
            "startDate": "2021-03",
            "summary": "Built the ticketing app in Swift and Kotlin for 400,000 monthly riders.",
            "highlights": [
                "Cached the timetable in Redis in front of the booking service, serving 9,000 requests a second."
            ],
        }
    ],
    "skills": [
        {"name": "Mobile", "level": "Advanced", "keywords": ["Swift", "Kotlin"]},
        {"name": "Backend", "level": "Intermediate", "keywords": ["Elixir", "Redis"]},
        {"name": "Messaging", "keywords": ["NATS"]},
        {"name": "Databases", "level": "Expert", "keywords": ["Cassandra"]},
    ],
}


def _statuses(data: dict[str, Any], lines: list[str]) -> list[str]:
    resume, problems = parse_resume(dict(data), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    text = "Requirements:\n" + "".join(f"- {line}\n" for line in lines)
    report = assess_job(text, p, chunk_portfolio(p), today=TODAY)
    return [r["status"] for r in report["requirements"]]


def test_a_thing_at_scale_listed_only_as_a_skill_is_partial() -> None:
    assert _statuses(LISTED, ["Elixir at scale", "NATS at scale", "Elixir", "NATS"]) == [
        "partial",
        "partial",
        "matched",
        "matched",
    ]


def test_a_thing_at_scale_used_at_work_or_rated_advanced_stays_matched() -> None:
    # Redis is also in a job's sentence; Cassandra is rated Expert, the owner's word for deep use
    assert _statuses(LISTED, ["Redis at scale", "Cassandra at scale"]) == ["matched", "matched"]
