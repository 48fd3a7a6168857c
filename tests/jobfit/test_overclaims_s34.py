"""Session 34: overclaims where a named thing is shown only as what a grant's money is to pay for."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.funded import named_only_as_funded
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.text import analyze

TODAY = dt.date(2026, 12, 7)


def _status(doc: dict[str, Any], line: str) -> str:
    resume, problems = parse_resume(dict(doc), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    report = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)
    (row,) = report["requirements"]
    return str(row["status"])


def test_what_a_sum_of_money_is_to_pay_for_is_told_apart() -> None:
    grant = "EUR 18,000 to spend six months adding WebAssembly builds to the plotting library."
    assert named_only_as_funded(analyze("WebAssembly"), [grant])
    assert named_only_as_funded(
        analyze("FPGA"), ["£40,000 over two years to port the solver to FPGA boards."]
    )
    # the work done, or the thing named outside the purpose, is shown
    assert not named_only_as_funded(analyze("WebAssembly"), [grant, "Shipped WebAssembly builds in 2024."])
    assert not named_only_as_funded(
        analyze("plotting"), ["Maintainer of a plotting library since 2019.", grant]
    )
    # a prize for work done states no purpose
    assert not named_only_as_funded(analyze("WebAssembly"), ["EUR 5,000 prize for the WebAssembly port."])
    assert not named_only_as_funded(analyze("WebAssembly"), [])
    # a change of a sum ("from EUR 9,000 to EUR 2,000 ... by replacing Spark") is no purpose
    assert not named_only_as_funded(
        analyze("Spark"), ["Cut the bill from EUR 9,000 to EUR 2,000 a month by replacing a Spark cluster."]
    )


# A made-up owner: a scientific-software maintainer whose only WebAssembly line is a grant's purpose.
GRANT_OWNER: dict[str, Any] = {
    "basics": {
        "name": "Teodor Malvik",
        "label": "Scientific Software Engineer",
        "summary": "I maintain open-source plotting tools for oceanographers, in Python and C.",
    },
    "work": [
        {
            "name": "Nordsjø Ocean Lab",
            "position": "Research Software Engineer",
            "startDate": "2020-02",
            "summary": "Plotting and data tools for the lab's ocean models.",
            "highlights": ["Rewrote the contour renderer in C, four times faster on large grids."],
        }
    ],
    "awards": [
        {
            "title": "Open Tools Maintainer Grant",
            "date": "2025-04",
            "awarder": "Fjordline Science Fund",
            "summary": "EUR 18,000 to spend six months adding WebAssembly builds to the plotting library.",
        }
    ],
    "skills": [{"name": "Programming", "level": "Advanced", "keywords": ["Python", "C"]}],
}


def test_a_technology_named_only_as_a_grants_purpose_is_partial_evidence() -> None:
    assert _status(GRANT_OWNER, "WebAssembly experience") == "partial"
    # what the owner did is still met
    assert _status(GRANT_OWNER, "Experience writing C") == "matched"


# A made-up graduate: Elixir rated Beginner, used only as an intern and in a course project.
INTERN_OWNER: dict[str, Any] = {
    "basics": {
        "name": "Sunniva Okafor",
        "label": "Backend Engineer",
        "summary": "Backend engineer in Bergen, two years out of university.",
    },
    "work": [
        {
            "name": "Brygge Logistics",
            "position": "Backend Engineer",
            "startDate": "2024-09",
            "summary": "Shipment tracking APIs in Java and Spring Boot on PostgreSQL.",
            "highlights": ["Built the carrier webhook service in Java, handling 2 million events a day."],
        },
        {
            "name": "Fjellkode AS",
            "position": "Software Engineering Intern",
            "startDate": "2023-06",
            "endDate": "2023-08",
            "summary": "Summer internship on the notifications team.",
            "highlights": ["Wrote an Elixir service that batches push notifications for 40,000 users."],
        },
    ],
    "projects": [
        {
            "name": "Kaiplan",
            "description": "Course project: a berth booking tool for small harbours.",
            "keywords": ["Elixir", "Phoenix"],
        }
    ],
    "skills": [
        {"name": "Java", "level": "Advanced", "keywords": ["Spring Boot"]},
        {"name": "Elixir", "level": "Beginner", "keywords": ["Phoenix"]},
    ],
}


def test_production_use_asked_of_a_thing_only_a_student_used_is_partial() -> None:
    assert _status(INTERN_OWNER, "You have run Elixir in production") == "partial"
    # the thing itself is shown (an intern's service), and production use of the job's language is met
    assert _status(INTERN_OWNER, "Elixir") == "matched"
    assert _status(INTERN_OWNER, "You have run Java in production") == "matched"
