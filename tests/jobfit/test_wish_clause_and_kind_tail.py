"""A wish beside a must in one line does not hold the must partial ("Terraform; Pulumi is a bonus"), and a
tool named with its kind ("CI/CD pipelines") is the tool, also when examples follow in brackets."""

from __future__ import annotations

import datetime as dt

import pytest

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.optional import without_wishes
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 4)
RESUME = {
    "basics": {"name": "Kit Moreau", "label": "Platform engineer"},
    "work": [
        {
            "name": "Brume Cloud",
            "position": "Platform Engineer",
            "startDate": "2021-04",
            "highlights": [
                "Wrote the Terraform modules for 40 AWS accounts",
                "Moved 70 services from Jenkins to GitHub Actions",
            ],
        }
    ],
    "skills": [{"name": "CI/CD", "keywords": ["GitHub Actions", "Jenkins"]}],
}


def _status(line: str) -> str:
    resume, problems = parse_resume(RESUME, "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    # the must is the line's first item; a wish after a semicolon is an ask of its own beside it (session 37)
    item, *_ = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)["requirements"]
    return str(item["status"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Infrastructure as code with Terraform; Pulumi is a bonus", "matched"),
        ("Terraform, Pulumi is a plus", "matched"),
        ("Infrastructure as code with Pulumi; Terraform is a bonus", "missing"),
        ("Build CI/CD pipelines (GitHub Actions)", "matched"),
        ("Build and maintain CI/CD pipelines (GitHub Actions or GitLab CI)", "matched"),
        ("Build CI/CD pipelines (Tekton)", "missing"),
    ],
)
def test_status(line: str, expected: str) -> None:
    assert _status(line) == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Fluent English; Dutch is nice to have", "Fluent English"),
        ("Python. Go is a plus.", "Python"),
        ("Kafka and Flink experience would be a plus", "Kafka and Flink experience would be a plus"),
        ("Experience with dbt, ideally with BigQuery", "Experience with dbt, ideally with BigQuery"),
    ],
)
def test_only_a_clause_of_its_own_is_dropped_as_a_wish(text: str, kept: str) -> None:
    assert without_wishes(text) == kept
