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


def ask(line: str, resume: dict[str, Any] | None = None) -> str:
    doc = resume or RESUME
    parsed, problems = parse_resume(dict(doc), "resume.json")
    assert parsed is not None, problems
    p = Portfolio(resume=parsed)
    (item,) = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)["requirements"]
    return str(item["status"])


def test_a_bracket_saying_what_is_preferred_is_no_further_ask() -> None:
    # "(Redpanda preferred)" wishes for more; the Kotlin years asked are shown without it
    assert ask("3+ years building Kotlin services in production (Redpanda preferred)") == "matched"
    assert ask("Kotlin (Ktor a plus)") == "matched"
    assert ask("3+ years building Kotlin services in production (Redpanda)") != "matched"  # asked outright


CERTIFIED: dict[str, Any] = {
    **RESUME,
    "certificates": [
        {"name": "Certified Professional for Data Platform Design - Foundation Level", "issuer": "DPDB"},
        {"name": "Professional Scrum Master I", "issuer": "Scrum.org"},
    ],
}


def test_a_credential_named_by_its_initials_is_the_one_written_out() -> None:
    assert ask("CPDPD-F certification", CERTIFIED) == "matched"
    assert ask("DPDB CPDPD-F or similar", CERTIFIED) == "matched"
    assert ask("CPDPD-A certification", CERTIFIED) != "matched"  # another tier's initials
    assert ask("CPDX certification", CERTIFIED) != "matched"


def test_a_table_cell_naming_a_title_asks_no_level() -> None:
    parsed, problems = parse_resume(dict(CERTIFIED), "resume.json")
    assert parsed is not None, problems
    p = Portfolio(resume=parsed)
    job = "Requirements\n\n| Requirement | Detail |\n|---|---|\n| Scrum | Scrum Master certification |\n"
    (item,) = assess_job(job, p, chunk_portfolio(p), today=TODAY)["requirements"]
    assert item["status"] == "matched", item.get("why")


MOBILE: dict[str, Any] = {
    "basics": {"name": "Test Owner", "label": "Mobile Engineer"},
    "work": [
        {
            "name": "Lumen Apps",
            "position": "iOS Engineer",
            "startDate": "2020-01",
            "summary": "Built the iOS app in SwiftUI with offline trail maps.",
            "highlights": ["Moved push notifications to Firebase.", "Set up DevOps pipelines for the app."],
        }
    ],
    "education": [{"institution": "Test University", "area": "Biology", "studyType": "Bachelor of Science"}],
}


def test_a_product_asked_with_its_makers_name_is_the_product_written() -> None:
    assert ask("Google Firebase", MOBILE) == "matched"
    assert ask("Apple SwiftUI", MOBILE) == "matched"
    assert ask("Google Maps", MOBILE) != "matched"  # "trail maps": a plain word, not the product
    assert ask("Google Cloud", MOBILE) != "matched"
    assert ask("AWS Amplify", MOBILE) == "missing"
    assert ask("Azure DevOps", MOBILE) != "matched"  # a field of work, not a product of its own


def with_summary(summary: str) -> dict[str, Any]:
    return {**RESUME, "basics": {**RESUME["basics"], "summary": summary, "location": {"city": "Oslo"}}}


def test_the_owners_own_words_on_presence_are_read_whole() -> None:
    consultant = with_summary("I am not planning to relocate, but I travel to client sites for up to a week.")
    assert ask("Willing to travel to client sites for a week at a time", consultant) == "matched"
    homebody = with_summary("I do not travel for work.")
    assert ask("Willing to travel to client sites for a week at a time", homebody) == "missing"
    hybrid = with_summary("Happy with hybrid work in the Oslo area, not looking to relocate.")
    assert ask("Hybrid in Oslo, 2 days a week in the office", hybrid) == "matched"
    assert ask("On-site in Oslo five days a week", hybrid) != "matched"
    eastern = with_summary("Work preferences: fully remote within North American Eastern time.")
    assert ask("Remote within North American Eastern time", eastern) == "matched"
    assert ask("Overlap with US Pacific time", eastern) != "matched"


def test_years_managing_included_in_a_career_are_their_own_figure() -> None:
    from tests.jobfit.conftest import owner

    portfolio, chunks = owner("manager-owner")  # about fourteen years of work, five managing

    def status(line: str) -> str:
        report = assess_job(f"Requirements:\n- {line}\n", portfolio, chunks, today=TODAY)
        return str(report["requirements"][0]["status"])

    line = "8+ years of software engineering, including {m}+ years managing engineers"
    assert status(line.format(m=3)) == "matched"
    assert status(line.format(m=6)) != "matched"
    assert status("20+ years of software engineering, including 3+ years managing engineers") != "matched"
