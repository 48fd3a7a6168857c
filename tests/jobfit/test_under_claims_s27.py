"""Session 27: met asks read as partial or missing (a maker before an acronym or in the possessive, a JSON
skill by its vendor's name, machine learning by its initials, people managed asked as "direct reports")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 6)

# A made-up engineering manager with a machine-learning past: AWS services listed by their acronyms,
# Firebase and PyTorch written by their own names, the ML years only under "ML" titles and tools.
RESUME: dict[str, Any] = {
    "basics": {
        "name": "Test Owner",
        "label": "Engineering Manager",
        "summary": "Engineering manager in Tallinn who came from applied ML.",
        "location": {"city": "Tallinn", "countryCode": "EE"},
    },
    "work": [
        {
            "name": "Ferry Lines Tech",
            "position": "Engineering Manager",
            "startDate": "2021-03",
            "summary": "People manager of the booking team (eleven engineers); run weekly 1:1s and yearly reviews.",
            "highlights": ["Hired six engineers and ran more than 80 interviews."],
        },
        {
            "name": "Harbour Analytics",
            "position": "Senior ML Engineer",
            "startDate": "2015-02",
            "endDate": "2021-02",
            "summary": "Trained demand models in PyTorch and LightGBM for port logistics.",
            "highlights": ["Shipped the mobile app's push alerts on Firebase."],
        },
    ],
    "skills": [
        {"name": "Cloud", "level": "Intermediate", "keywords": ["AWS (EKS, SQS, S3)", "Terraform"]},
        {"name": "Data engineering", "level": "Advanced", "keywords": ["Airflow", "PostgreSQL"]},
    ],
}


def _portfolio() -> Portfolio:
    parsed, problems = parse_resume(dict(RESUME), "resume.json")
    assert parsed is not None, problems
    return Portfolio(resume=parsed)


def ask(line: str) -> str:
    p = _portfolio()
    (item,) = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)["requirements"]
    return str(item["status"])


def skill(name: str, keywords: list[str] | None = None, level: str | None = None) -> str:
    p = _portfolio()
    entry: dict[str, Any] = {"name": name, "keywords": keywords or []}
    if level:
        entry["level"] = level
    job = {"title": "Engineer", "skills": [entry]}
    reqs = assess_job(job, p, chunk_portfolio(p), today=TODAY)["requirements"]
    (item,) = [r for r in reqs if r["requirement"].startswith(name)]
    return str(item["status"])


def test_a_maker_before_an_acronym_is_the_product_listed_by_it() -> None:
    assert skill("Amazon EKS", ["Kubernetes"]) == "matched"
    assert skill("Amazon SQS") == "matched"
    assert ask("Experience with Amazon EKS") == "matched"
    assert skill("Amazon SNS") == "missing"  # never written, by either name
    assert skill("Amazon ECS") == "missing"


def test_a_maker_in_the_possessive_opens_the_name_of_a_product() -> None:
    assert ask("Google's Firebase") == "matched"
    assert ask("Meta's PyTorch") == "matched"
    assert ask("Meta's Llama models") == "missing"


def test_a_json_skill_by_its_vendor_name_is_the_one_listed() -> None:
    # the keywords only illustrate a skill listed by name, the foundation's name or not
    assert skill("Apache Airflow", ["DAGs"]) == "matched"
    assert skill("Apache Kafka", ["Kafka Connect"]) == "missing"


def test_machine_learning_years_are_dated_by_its_initials_and_tools() -> None:
    assert ask("5+ years of machine learning") == "matched"
    assert ask("5+ years of ML") == "matched"
    assert ask("15+ years of machine learning") == "partial"


def test_direct_reports_are_people_managed() -> None:
    assert ask("Experience managing direct reports") == "matched"
    assert ask("5+ direct reports") == "matched"
    assert ask("4+ years managing engineers with direct reports") == "matched"
    assert ask("20+ direct reports") == "partial"


# A made-up firmware engineer: the vehicle buses listed in a group named otherwise, "bus" beside CAN in a
# highlight, and a data-engineer title held for four years.
FIRMWARE: dict[str, Any] = {
    "basics": {"name": "Test Owner", "label": "Firmware Engineer", "location": {"city": "Graz"}},
    "work": [
        {
            "name": "Alpine Body Electronics",
            "position": "Firmware Engineer",
            "startDate": "2019-01",
            "summary": "Body control module firmware in C for automotive customers.",
            "highlights": ["Cut CAN bus load from 60% to 40% by reworking signal packing."],
        },
        {
            "name": "Tirol Sensors",
            "position": "Data Engineer",
            "startDate": "2014-06",
            "endDate": "2018-12",
            "summary": "Pipelines for sensor readings in Python and PostgreSQL.",
        },
    ],
    "skills": [
        {"name": "Automotive networks", "level": "Expert", "keywords": ["CAN", "CAN FD", "LIN"]},
        {"name": "Languages", "level": "Advanced", "keywords": ["C", "Python", "Rust"]},
    ],
}


def _firmware_reqs(job: str | dict[str, Any]) -> list[dict[str, Any]]:
    parsed, problems = parse_resume(dict(FIRMWARE), "resume.json")
    assert parsed is not None, problems
    p = Portfolio(resume=parsed)
    return list(assess_job(job, p, chunk_portfolio(p), today=TODAY)["requirements"])


def test_a_label_line_is_shown_by_its_items_with_its_words_beside_them() -> None:
    (item,) = _firmware_reqs("Requirements:\n- Automotive bus systems: CAN, CAN FD, LIN\n")
    assert item["status"] == "matched"
    # padding: the label's words never written beside the owner's tools
    (item,) = _firmware_reqs("Requirements:\n- Quantum chemistry: Rust, Python, C\n")
    assert item["status"] == "missing"
    # a JSON skill is asked by its name, which the keywords do not carry
    job = {"title": "Engineer", "skills": [{"name": "Automotive bus systems", "keywords": ["CAN", "LIN"]}]}
    (item,) = [r for r in _firmware_reqs(job) if r["requirement"].startswith("Automotive")]
    assert item["status"] != "matched"


def test_an_unnamed_column_beside_a_listed_label_says_what_it_asks() -> None:
    job = (
        "Firmware Engineer\n\n| Must have | |\n|---|---|\n| Networks | CAN and LIN |\n"
        "| Cloud | Azure and Kubernetes |\n"
    )
    got = {r["requirement"]: r["status"] for r in _firmware_reqs(job)}
    assert got == {"Networks: CAN and LIN": "matched", "Cloud: Azure and Kubernetes": "missing"}


def test_hands_on_is_how_a_role_is_held_not_its_title() -> None:
    (item,) = _firmware_reqs("Requirements:\n- 3+ years as a hands-on data engineer\n")
    assert item["status"] == "matched"
    (item,) = _firmware_reqs("Requirements:\n- 6+ years as a hands-on data engineer\n")
    assert item["status"] == "partial"


def _located(city: str, code: str, summary: str = "") -> Portfolio:
    data: dict[str, Any] = {
        "basics": {
            "name": "Test Owner",
            "label": "Backend Engineer",
            "summary": summary,
            "location": {"city": city, "countryCode": code},
        },
        "work": [{"name": "Acme", "position": "Backend Engineer", "startDate": "2020-01"}],
    }
    parsed, problems = parse_resume(data, "resume.json")
    assert parsed is not None, problems
    return Portfolio(resume=parsed)


def _status(p: Portfolio, line: str) -> str:
    (item,) = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)["requirements"]
    return str(item["status"])


def test_a_region_to_live_in_is_met_by_the_country_of_the_location() -> None:
    seoul = _located("Seoul", "KR", "Open to relocation to the EU with visa sponsorship.")
    assert _status(seoul, "Based in APAC") == "matched"
    assert _status(seoul, "Must be located in East Asia") == "matched"
    assert _status(seoul, "Based in the EU") != "matched"  # a move offered is not living there
    rosario = _located("Rosario", "AR")
    assert _status(rosario, "Based in LATAM") == "matched"
    assert _status(rosario, "Based in North America") == "missing"


def test_postdoctoral_research_years_are_the_postdoc_not_industry() -> None:
    data: dict[str, Any] = {
        "basics": {"name": "Test Owner", "label": "Scientific Software Engineer"},
        "work": [
            {"name": "Acme Analytics", "position": "Data Scientist", "startDate": "2019-01"},
            {
                "name": "Institute for Soil Science",
                "position": "Postdoctoral Researcher",
                "startDate": "2016-01",
                "endDate": "2018-12",
            },
        ],
    }
    parsed, problems = parse_resume(data, "resume.json")
    assert parsed is not None, problems
    p = Portfolio(resume=parsed)
    assert _status(p, "2+ years of postdoctoral research experience") == "matched"
    assert _status(p, "5+ years of postdoctoral research experience") == "partial"


def test_a_plain_word_before_or_a_name_is_a_choice_of_its_own() -> None:
    data: dict[str, Any] = {
        "basics": {"name": "Test Owner", "label": "Site Reliability Engineer"},
        "work": [
            {"name": "Acme Pay", "position": "Site Reliability Engineer", "startDate": "2023-01"},
            {
                "name": "Beta Hosting",
                "position": "Platform Engineer",
                "startDate": "2019-01",
                "endDate": "2022-12",
            },
        ],
    }
    parsed, problems = parse_resume(data, "resume.json")
    assert parsed is not None, problems
    p = Portfolio(resume=parsed)
    assert _status(p, "5+ years in platform or SRE roles") == "matched"


def test_we_expect_opens_a_sentence_of_asks() -> None:
    reqs = _firmware_reqs(
        "About the role\n\nWe expect at least 4 years as a data engineer and a solid background in Python.\n"
    )
    assert [r["status"] for r in reqs] == ["matched", "matched"]
