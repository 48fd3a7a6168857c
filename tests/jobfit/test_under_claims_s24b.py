"""Session 24, round 2: met asks in JSON skills read as partial or missing."""

from __future__ import annotations

from typing import Any

from heyfolio.jobfit import assess_job
from tests.jobfit.conftest import owner


def status(owner_name: str, line: str) -> str:
    portfolio, chunks = owner(owner_name)
    report = assess_job(f"Engineer\n\nRequirements\n- {line}\n", portfolio, chunks)
    (item,) = report["requirements"]
    return str(item["status"])


def skill_status(owner_name: str, name: str, keywords: list[str]) -> str:
    portfolio, chunks = owner(owner_name)
    job: dict[str, Any] = {"title": "Engineer", "skills": [{"name": name, "keywords": keywords}]}
    report = assess_job(job, portfolio, chunks)
    (item,) = [r for r in report["requirements"] if r["requirement"].startswith(name)]
    return str(item["status"])


def test_a_json_skill_naming_a_kind_is_shown_by_a_keyword_of_that_kind() -> None:
    # BigQuery is a data warehouse, Keycloak an identity provider: the kind named is shown by them
    assert skill_status("data-owner", "Cloud data warehouse", ["BigQuery"]) == "matched"
    assert skill_status("security-owner", "Identity and access", ["OAuth 2.0", "Keycloak"]) == "matched"
    # keywords of another kind still cannot carry a skill the owner lacks (keyword padding)
    assert skill_status("data-owner", "Quantum chemistry", ["Python", "Go"]) == "missing"
    assert skill_status("platform-owner", "Service mesh", ["Kubernetes", "Helm"]) == "missing"
    assert skill_status("data-owner", "Mixed-integer programming", ["Python"]) == "missing"
    assert skill_status("data-owner", "Kafka Streams", ["Kafka"]) != "matched"
    assert skill_status("data-owner", "WarehouseMesh Orchestrator", ["Airflow", "BigQuery"]) == "missing"


def test_ownership_as_a_way_of_working_is_shown_by_work_owned() -> None:
    from heyfolio.jobfit.ownership import ownership_asked

    assert ownership_asked("A strong sense of ownership")
    assert ownership_asked("You take ownership of outcomes")
    assert not ownership_asked("Ownership of the vulnerability management process")  # a thing is named
    assert not ownership_asked("Code ownership")
    # "Own the dbt project ...", "Owned the company's data platform": the owner says what they owned
    assert status("data-owner", "A strong sense of ownership") == "matched"
    assert status("data-owner", "Ownership mindset") == "matched"


def test_how_often_a_way_of_working_is_asked_is_wording() -> None:
    # "Trained six agency hydrologists in Git, pytest and code review": the review is the thing asked
    assert status("consultant-owner", "Code review on every change") == "matched"
    assert status("consultant-owner", "Code reviews for every pull request") == "matched"
    assert (
        status("frontend-owner", "Change data capture on every table") != "matched"
    )  # a thing, not a change
