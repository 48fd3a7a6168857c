"""Overclaims found with own postings (session 23): a product of a technology's family ("Kafka Streams",
"dbt Cloud", "Redis Cluster", "Django REST Framework") met by the family's words in one sentence.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.family import family_product, product_written
from heyfolio.jobfit.sectors import sector_years_asked
from heyfolio.search.chunks import chunk_portfolio
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 6)


def _weak(word: str) -> bool:
    return word.casefold() in {"cluster", "framework", "management"}


def _data_engineer() -> dict[str, Any]:
    return {
        "basics": {
            "name": "Wanda Ostrowe",
            "label": "Data Engineer",
            "summary": "I build streaming pipelines in Python, Kafka and dbt on Google Cloud.",
        },
        "work": [
            {
                "name": "Marlpit Freight",
                "position": "Data Engineer",
                "startDate": "2019-04",
                "highlights": [
                    "Designed the streaming event pipeline in Go and Kafka for 9,000 events per second.",
                    "Cached shipment lookups in Redis for the tracking API, on a three-node cluster.",
                    "Built the booking back office in Django with a REST API.",
                ],
            }
        ],
        "skills": [{"name": "Data", "keywords": ["Kafka", "dbt", "Terraform", "Redis", "Django"]}],
    }


def test_a_family_product_is_read_as_a_name() -> None:
    assert family_product(["Kafka", "Streams"], "Experience with Kafka Streams", _weak)
    assert family_product(["dbt", "Cloud"], "dbt Cloud", _weak)
    assert family_product(["Redis", "Cluster"], "Experience with Redis Cluster", _weak)
    assert family_product(["Django", "REST", "Framework"], "APIs in Django REST Framework", _weak)
    # a field of work, a role or a credential, praise, a second technology: no product's name
    assert not family_product(["Kafka", "Streaming"], "Kafka Streaming", _weak)
    assert not family_product(["Kubernetes", "Security"], "Kubernetes Security", _weak)
    assert not family_product(["AWS", "Certified", "Developer"], "AWS Certified Developer", _weak)
    assert not family_product(["solid", "HTML"], "solid HTML skills", _weak)
    assert not family_product(["Kafka"], "Kafka", _weak)
    # a title-cased label's capitals mark no name where its last word is a weak one
    assert not family_product(
        ["Kubernetes", "Cluster"], "Kubernetes Cluster Administration Experience", _weak
    )
    assert product_written(["Kafka", "Streams"], ["Wrote a Kafka Streams topology.", "Kafka only."]) == [0]
    assert product_written(["Kafka", "Streams"], ["Ran kafka-streams apps and Kafka Connectors."]) == [0]
    assert product_written(["dbt", "Cloud"], ["dbt on Google Cloud"]) == []


def test_a_family_product_is_not_shown_by_its_family_words_met() -> None:
    doc = _data_engineer()
    for ask in (
        "Experience with Kafka Streams",
        "Experience with dbt Cloud",
        "Experience with Terraform Cloud / Terraform Enterprise",
        "Experience with Redis Cluster or Sentinel",
        "Experience with Django REST Framework",
    ):
        assert assessed(doc, ask, today=TODAY)["status"] != "matched", ask
    # the family itself, and the product where its name is written, are still met
    for ask in ("Experience with Kafka", "Experience with Redis", "Experience with Django"):
        assert assessed(doc, ask, today=TODAY)["status"] == "matched", ask
    doc["work"][0]["highlights"].append("Rewrote the enrichment job as a Kafka Streams application.")
    assert assessed(doc, "Experience with Kafka Streams", today=TODAY)["status"] == "matched"


def test_an_operator_is_not_shown_by_operating_or_operations() -> None:
    doc: dict[str, Any] = {
        "basics": {"name": "Pell Arundine", "label": "Backend Engineer"},
        "work": [
            {
                "name": "Gorseway Retail",
                "position": "Backend Engineer",
                "startDate": "2020-01",
                "highlights": [
                    "Ran our services on Kubernetes and handed the runbooks to the operations team.",
                    "Automated the weekly clean-up the operations team did by hand.",
                ],
            }
        ],
        "education": [
            {
                "institution": "Fenmoor University",
                "area": "Computer Science",
                "studyType": "Bachelor",
                "courses": ["Operating Systems", "Databases"],
            }
        ],
    }
    for ask in (
        "Kubernetes operators",
        "Experience building Kubernetes operators",
        "Kubernetes: wrote operators",
    ):
        assert assessed(doc, ask, today=TODAY)["status"] != "matched", ask
    assert assessed(doc, "Experience with Kubernetes", today=TODAY)["status"] == "matched"
    doc["work"][0]["highlights"].append("Wrote a Kubernetes operator in Go that resizes worker pools.")
    for ask in (
        "Kubernetes operators",
        "Experience building Kubernetes operators",
        "Kubernetes: wrote operators",
    ):
        assert assessed(doc, ask, today=TODAY)["status"] == "matched", ask


def test_a_tech_lead_ask_is_not_met_by_a_team_of_another_trade() -> None:
    doc: dict[str, Any] = {
        "basics": {"name": "Rhosyn Tarvel", "label": "Site Reliability Engineer"},
        "work": [
            {
                "name": "Brackwater Cloud",
                "position": "Site Reliability Engineer",
                "startDate": "2021-05",
                "highlights": ["Kept the billing API at 99.95% availability on Kubernetes."],
            },
            {
                "name": "Harbour Inn",
                "position": "Restaurant Manager",
                "startDate": "2012-03",
                "endDate": "2019-12",
                "highlights": ["Led a team of 16 waiters and cooks."],
            },
        ],
    }
    assert assessed(doc, "Tech lead of a team of 10+", today=TODAY)["status"] == "partial"
    assert assessed(doc, "Led a team of 10+", today=TODAY)["status"] == "matched"


def test_a_choice_of_tools_in_brackets_is_asked_even_when_the_names_are_unknown() -> None:
    doc: dict[str, Any] = {
        "basics": {"name": "Ottilie Brandrith", "label": "Firmware Engineer"},
        "work": [
            {
                "name": "Kelderwick Devices",
                "position": "Firmware Engineer",
                "startDate": "2018-02",
                "highlights": [
                    "Wrote the firmware of a glucose meter in C on STM32.",
                    "Built a unit testing harness in Python with pytest for the firmware team.",
                ],
            }
        ],
    }
    ask = "Unit testing of firmware (Unity, Ceedling or GoogleTest)"
    assert assessed(doc, ask, today=TODAY)["status"] == "partial"
    doc["work"][0]["highlights"].append("Introduced Ceedling unit tests for the sensor drivers.")
    assert assessed(doc, ask, today=TODAY)["status"] == "matched"


def test_a_kind_named_with_its_generic_head_caps_the_ask() -> None:
    doc: dict[str, Any] = {
        "basics": {"name": "Ansel Quorrow", "label": "Firmware Engineer"},
        "work": [
            {
                "name": "Tallowfield Sensors",
                "position": "Firmware Engineer",
                "startDate": "2017-09",
                "highlights": [
                    "Wrote the sensor firmware in C, reaching four years of battery life on one coin cell.",
                ],
            }
        ],
    }
    item = assessed(doc, "Battery management system firmware", today=TODAY)
    assert item["status"] == "partial"  # the firmware is shown, the battery management system is not
    assert "battery" in item["why"].casefold()
    assert assessed(doc, "Sensor firmware in C", today=TODAY)["status"] == "matched"


def test_a_standard_asked_is_not_quoted_with_another_standard() -> None:
    doc: dict[str, Any] = {
        "basics": {"name": "Liesel Varrow", "label": "Embedded Engineer"},
        "work": [
            {
                "name": "Crannock Automotive",
                "position": "Embedded Engineer",
                "startDate": "2021-01",
                "highlights": ["Safety work to ISO 26262 ASIL B for a steering controller."],
            },
            {
                "name": "Pellow Medical",
                "position": "Firmware Developer",
                "startDate": "2016-01",
                "endDate": "2020-12",
                "highlights": ["Developed infusion pump firmware under IEC 62304 class C."],
            },
        ],
    }
    item = assessed(doc, "Development under IEC 62304 or ISO 13485", today=TODAY)
    assert item["status"] == "matched"
    assert all("26262" not in e["quote"] for e in item["evidence"])
    assert any("62304" in e["quote"] for e in item["evidence"])


def test_a_part_of_a_named_thing_is_not_shown_by_a_course() -> None:
    doc: dict[str, Any] = {
        "basics": {"name": "Corvin Ashgrove", "label": "Systems Engineer"},
        "work": [
            {
                "name": "Thornbury Storage",
                "position": "Systems Engineer",
                "startDate": "2019-03",
                "highlights": ["Wrote the replication layer of our object store in Rust."],
            }
        ],
        "education": [
            {
                "institution": "Elmstead University",
                "area": "Computer Science",
                "studyType": "Bachelor",
                "courses": ["Compilers", "Operating Systems"],
            }
        ],
    }
    item = assessed(doc, "You have contributed to the Rust compiler", today=TODAY)
    assert item["status"] == "partial"
    assert assessed(doc, "Experience with Rust", today=TODAY)["status"] == "matched"


def test_a_family_product_among_a_skills_keywords_is_read_as_a_name() -> None:
    resume, problems = parse_resume(_data_engineer(), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    job = {"title": "Data Engineer", "skills": [{"name": "Kafka", "keywords": ["Kafka Streams", "Python"]}]}
    item = assess_job(job, p, chunk_portfolio(p), today=TODAY)["requirements"][0]
    assert item["status"] == "matched"  # listed by name: the keywords only illustrate it
    assert "Kafka Streams" not in item.get("why", "")
    assert "Python" in item.get("why", "")


def _mobile_engineer() -> dict[str, Any]:
    return {
        "basics": {"name": "Maelis Dorrow", "label": "iOS Engineer"},
        "work": [
            {
                "name": "Skerry Transit",
                "position": "iOS Engineer",
                "startDate": "2018-06",
                "highlights": ["Shipped the rider app for iOS in Swift; 900,000 downloads."],
            }
        ],
    }


def test_a_thing_of_generic_words_is_not_shown_by_what_it_is_for() -> None:
    doc = _mobile_engineer()
    for ask in (
        "You've built a design system for mobile",
        "You've built a build system for iOS",
        "You've built an internal developer platform for mobile",
    ):
        assert assessed(doc, ask, today=TODAY)["status"] != "matched", ask
    assert assessed(doc, "You've shipped an app for iOS", today=TODAY)["status"] == "matched"
    doc["work"][0]["highlights"].append("Created the design system of the rider app, 40 SwiftUI components.")
    doc["work"][0]["highlights"].append("Rewrote the iOS build system on Bazel, cutting CI time in half.")
    assert assessed(doc, "You've built a design system for mobile", today=TODAY)["status"] == "matched"
    assert assessed(doc, "You've built a build system for iOS", today=TODAY)["status"] == "matched"


def test_years_in_a_sector_are_years_of_jobs_in_it() -> None:
    assert sector_years_asked("5+ years in payments or fintech")
    assert sector_years_asked("4 years of fintech experience")
    assert sector_years_asked("3+ years of experience in healthcare")
    assert not sector_years_asked("5+ years of Go")
    assert not sector_years_asked("3+ years in payments APIs")
    doc: dict[str, Any] = {
        "basics": {"name": "Idony Carrack", "label": "Backend Engineer"},
        "work": [
            {
                "name": "Farthing Pay",
                "position": "Backend Engineer",
                "startDate": "2023-01",
                "highlights": ["Built the payment capture service in Go."],
            }
        ],
        "projects": [
            {
                "name": "ledgerkit",
                "startDate": "2016-03",
                "description": "Open-source library for payment reconciliation in Go.",
            }
        ],
    }
    assert assessed(doc, "5+ years in payments", today=TODAY)["status"] == "partial"
    # the role is in payments where its highlights say so, whatever the employer is called
    assert assessed(doc, "3+ years in payments", today=TODAY)["status"] == "matched"
    assert assessed(doc, "8+ years of Go", today=TODAY)["status"] == "matched"  # the project's years count
