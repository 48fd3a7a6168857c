"""Session 25: met asks read as partial (a level one rung above a group's rating, a preferred bracket,
a table cell naming a title, an acronym of a certificate held)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 6)

# A made-up backend engineer: Kotlin is a keyword of a group rated Intermediate, and the role held now is
# built around it; TypeScript sits in the same group, used only in a past role.
RESUME: dict[str, Any] = {
    "basics": {"name": "Test Owner", "label": "Backend Engineer"},
    "work": [
        {
            "name": "Rivet Grocers",
            "position": "Backend Engineer",
            "startDate": "2023-02",
            "summary": "I build Kotlin and Spring Boot services for the checkout team.",
            "highlights": ["Cut checkout latency by half with Redis caching."],
        },
        {
            "name": "Tally Studio",
            "position": "Developer",
            "startDate": "2019-01",
            "endDate": "2023-01",
            "summary": "Built dashboards in TypeScript and React.",
        },
    ],
    "skills": [
        {"name": "Backend development", "level": "Intermediate", "keywords": ["Kotlin", "Spring Boot"]},
        {"name": "Frontend", "level": "Intermediate", "keywords": ["TypeScript", "React"]},
        {"name": "Messaging", "level": "Beginner", "keywords": ["RabbitMQ"]},
    ],
}


def _report(job: Any) -> list[dict[str, Any]]:
    resume, problems = parse_resume(dict(RESUME), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    out: list[dict[str, Any]] = assess_job(job, p, chunk_portfolio(p), today=TODAY)["requirements"]
    return out


def skill(name: str, level: str) -> str:
    job = {"title": "Engineer", "skills": [{"name": name, "level": level, "keywords": []}]}
    (item,) = [r for r in _report(job) if r["requirement"].startswith(name)]
    return str(item["status"])


def test_a_keyword_the_current_role_is_built_around_is_one_rung_above_its_group() -> None:
    assert skill("Kotlin", "Advanced") == "matched"  # the role held now: "Kotlin and Spring Boot services"
    assert skill("Spring Boot", "Advanced") == "matched"
    assert skill("Kotlin", "Expert") == "partial"  # expert is the owner's word to give
    assert skill("TypeScript", "Advanced") == "partial"  # only a past role used it
    assert skill("RabbitMQ", "Advanced") == "partial"  # beginner, and never the current work
