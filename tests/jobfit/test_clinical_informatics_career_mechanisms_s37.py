"""How postings are read, from the clinical-informatics probe of session 37: a network's seniority label and its
value, a person specification's headings, the employer's name on its own under the title, a bullet's weighed
second ask after a semicolon, and "both" asking for the things a reason named."""

from __future__ import annotations

import pytest

from heyfolio.jobfit.parse import read_job


def texts(job: str) -> list[str]:
    return [r.text for r in read_job(job)[1]]


def test_a_networks_seniority_label_and_value_are_no_asks() -> None:
    job = (
        "Data Analyst\nAcme · Leeds (Hybrid)\nFull-time · Mid-Senior level\n\nRequirements\n- SQL\n\n"
        "Seniority level\nMid-Senior level\nIndustries\nHospitals and Health Care\nEmployment type\nFull-time\n"
    )
    assert texts(job) == ["SQL"]


def test_a_line_that_is_only_a_level_is_still_an_ask() -> None:
    assert texts("Requirements:\n- Senior level\n") == ["Senior level"]


@pytest.mark.parametrize("heading", ["Person specification", "Knowledge and skills", "Essential criteria"])
def test_a_person_specifications_headings_are_headings(heading: str) -> None:
    assert texts(f"Analyst\n\nQualifications\n1. SQL\n\n{heading}\n2. Python\n") == ["SQL", "Python"]


@pytest.mark.parametrize(
    "employer",
    ["Western Counties NHS Foundation Trust", "Lakeshore Children's Hospital", "Nordvik Systems GmbH"],
)
def test_the_employers_name_under_the_title_is_no_ask(employer: str) -> None:
    assert texts(f"Clinical Safety Officer\n{employer}\n\nRequirements\n- SQL\n") == ["SQL"]


def test_a_line_under_the_title_that_asks_is_read() -> None:
    assert "Experience with Kafka" in texts("Backend Engineer\nExperience with Kafka\nPython\n")


@pytest.mark.parametrize(
    ("item", "read"),
    [
        ("Knowledge of HL7; FHIR is an advantage", ["Knowledge of HL7", "FHIR is an advantage"]),
        ("Experience with Kafka; Pulsar a plus", ["Experience with Kafka", "Pulsar a plus"]),
        ("Bachelor's degree; Master's preferred", ["Bachelor's degree", "Master's preferred"]),
        # a qualifier of the first ask asks nothing of its own
        ("5+ years of Go; at least two in production", ["5+ years of Go; at least two in production"]),
    ],
)
def test_a_bullets_weighed_second_ask_after_a_semicolon(item: str, read: list[str]) -> None:
    assert texts(f"Requirements:\n- {item}\n") == read


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        (
            "Our pipelines run on Dask on a Kubernetes cluster, so experience with both is important.",
            ["experience with Dask is important.", "experience with Kubernetes is important."],
        ),
        (
            "Because our apps use React and Redux, experience with both is a plus.",
            ["experience with React is a plus.", "experience with Redux is a plus."],
        ),
        # nothing named back: the ask as written
        ("Our stack is old, so experience with it helps.", ["experience with it"]),
    ],
)
def test_both_asks_for_the_things_its_reason_named(sentence: str, read: list[str]) -> None:
    assert texts(f"Engineer\n\nAbout you\n{sentence}\n") == read
