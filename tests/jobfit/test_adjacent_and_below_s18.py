"""Session 18: a tool never named read through its neighbours, and asks below or beside what is shown."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a data engineer in Tartu who writes Python and Spark, tests with Playwright and
# once taught an evening course.
OWNER: dict[str, Any] = {
    "basics": {"name": "Kadri Näide", "summary": "Data engineer building batch and streaming pipelines."},
    "work": [
        {
            "name": "Vooluhulk OÜ",
            "position": "Senior Data Engineer",
            "startDate": "2021-03",
            "highlights": [
                "Rewrote the nightly Spark jobs in PySpark, cutting the run from 5 hours to 50 minutes",
                "Built the event pipeline on Kafka and PostgreSQL carrying 3 million orders a day",
                "Wrote the Playwright end-to-end tests for the internal data portal",
                "Cut the monthly cloud bill by 35% with spot instances",
                "Technical lead of a group of six engineers for the warehouse migration",
            ],
        },
        {
            "name": "Linnaraamat",
            "position": "Data Engineer",
            "startDate": "2018-01",
            "endDate": "2021-02",
            "highlights": ["Built JavaScript dashboards for the city library's loans data"],
        },
    ],
    "languages": [
        {"language": "Estonian", "fluency": "Native speaker"},
        {"language": "Finnish", "fluency": "Elementary (A2)"},
    ],
    "skills": [
        {"name": "Data engineering", "keywords": ["Python", "Spark", "Kafka", "PostgreSQL"]},
        {"name": "Web", "keywords": ["JavaScript", "Playwright"]},
    ],
}


def _report(job: str, doc: dict[str, Any] = OWNER) -> list[dict[str, Any]]:
    resume, problems = parse_resume(doc, "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    return list(assess_job(job, p, chunk_portfolio(p), today=TODAY)["requirements"])


def _status(line: str, doc: dict[str, Any] = OWNER) -> str:
    return str(_report(f"Requirements:\n- {line}\n", doc)[0]["status"])


@pytest.mark.parametrize(
    "line",
    [
        "Scala for Spark jobs",  # the language asked opens the line; Spark jobs say what it is for
        "Cypress end-to-end tests",  # end-to-end tests shown with another tool
        "Scale out with Dask for batch pipelines",
        "Streaming pipelines on Kinesis",  # the platform the pipelines run on, never named
    ],
)
def test_a_tool_never_named_is_missing_whatever_its_context(line: str) -> None:
    assert _status(line) == "missing"


def test_the_tool_shown_keeps_its_context_related() -> None:
    assert _status("Spark for real-time fraud scoring") != "missing"  # Spark shown, fraud scoring not
    assert _status("Secure coding in Python") != "missing"  # a capital opening a line is no tool name


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Cut cloud costs by at least 50%", "partial"),  # 35% shown
        ("Cut cloud costs by 30% or more", "matched"),
        ("Cut the run of nightly Spark jobs by more than 90%", "partial"),  # 5 hours to 50 minutes: 83%
        ("Cut the run of nightly Spark jobs by at least 80%", "matched"),
    ],
)
def test_a_percentage_asked_is_compared_with_the_change_shown(line: str, want: str) -> None:
    assert _status(line) == want


def test_percentages_read_from_the_ask_and_from_both_ends_of_a_change() -> None:
    from heyfolio.jobfit.percent import percent_asks, percents_shown

    assert [a.value for a in percent_asks("Reduced spend by at least 40%")] == [40.0]
    assert percent_asks("Help us cut a bill that grew 40% last year") == []
    changes, levels = percents_shown("Took crash-free sessions from 97.5% to 99.6%")
    assert 99.6 in levels
    changes, _ = percents_shown("Brought the p95 from 2 s to 500 ms")
    assert round(max(changes)) == 75


def test_a_title_at_a_rung_reads_the_rung_from_the_titles_held() -> None:
    # Senior Data Engineer held: Staff is the rung above (partial), Principal two above (missing)
    assert _status("Staff Data Engineer experience") == "partial"
    assert _status("Principal Data Engineer") == "missing"
    from heyfolio.jobfit.rungs import title_at_rung

    assert title_at_rung("Mentor staff engineers") is None  # the rung of others is no title asked


def test_counts_of_acronyms_and_millions_are_compared() -> None:
    assert _status("Carried 10 million+ orders a day") == "partial"  # 3 million a day shown
    assert _status("Carried 2 million+ orders a day") == "matched"


def test_kubernetes_is_not_shown_by_the_tools_built_around_it() -> None:
    doc = {
        "basics": {"name": "Ilmar Näide", "summary": "Platform engineer."},
        "work": [
            {
                "name": "Pilvekoda",
                "position": "Platform Engineer",
                "startDate": "2020-01",
                "highlights": ["Packaged 30 services as Helm charts", "Wrote Terraform for the VPCs"],
            }
        ],
    }
    job = {"title": "Platform engineer", "skills": [{"name": "Kubernetes"}, {"name": "Terraform"}]}
    resume, problems = parse_resume(doc, "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    got = {
        r["requirement"]: r["status"]
        for r in assess_job(job, p, chunk_portfolio(p), today=TODAY)["requirements"]
    }
    assert got == {"Kubernetes": "missing", "Terraform": "matched"}


def test_a_language_listed_below_the_level_asked_is_partial() -> None:
    assert _status("Fluent Finnish") == "partial"  # A2 listed: less than asked
    assert _status("Fluent Swedish") == "missing"  # not listed at all
    assert _status("Native Estonian") == "matched"


def _degree_owner(study: str, area: str) -> dict[str, Any]:
    return {
        "basics": {"name": "Mari Näide", "summary": "Web developer."},
        "work": [{"name": "Veebikoda", "position": "Web Developer", "startDate": "2019-01"}],
        "education": [
            {"institution": "Tartu Ülikool", "studyType": study, "area": area, "endDate": "2012-06"}
        ],
    }


@pytest.mark.parametrize(
    ("area", "want"),
    [
        ("Chemistry", "missing"),  # not a field next to computing
        ("Teaching of Biology", "missing"),
        ("Physics", "partial"),  # a neighbouring field
        ("Electrical Engineering", "partial"),
        ("Computer Science", "matched"),
    ],
)
def test_a_computing_degree_asked_against_the_field_held(area: str, want: str) -> None:
    assert _status("Bachelor's degree in Computer Science", _degree_owner("Bachelor", area)) == want


def test_a_product_of_a_family_is_not_shown_by_its_sibling() -> None:
    doc = {
        "basics": {"name": "Tõnu Näide", "summary": "Backend developer."},
        "work": [
            {
                "name": "Kassa",
                "position": "Backend Developer",
                "startDate": "2021-01",
                "highlights": ["Built the order service in Java and Spring Boot on the company cloud"],
            }
        ],
    }
    assert _status("Spring Cloud", doc) == "missing"  # the words meet in a sentence, never as its name
    assert _status("Spring Boot", doc) == "matched"


def test_a_valid_certification_of_a_field_is_not_shown_by_an_expired_one() -> None:
    doc = {
        **OWNER,
        "certificates": [
            {"name": "Certified Cloud Data Engineer (expired 2024-03)", "issuer": "Pilveakadeemia"}
        ],
    }
    assert _status("A valid cloud data certification", doc) == "partial"
    assert _status("A cloud data certification", doc) == "matched"  # held once: the ask says nothing of now


def test_a_team_of_another_role_is_not_shown_by_a_team_of_engineers() -> None:
    assert _status("Lead a team of 5 data scientists") == "partial"  # six engineers led
    assert _status("Lead a team of 5 engineers") == "matched"
