"""Session 29: met asks read as partial or missing (a move offered to a region or country, asked as a city
and its country; a team of a non-engineering trade counted where the content counts that trade; a
doctorate's years as research in its field; a maker named before a product at a line's start)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 6)

# A made-up research engineer in Seoul who offers a move to the EU or Singapore, led a team of annotators
# during a PhD in machine learning, and lists a diagnostics tool by its own name.
RESUME: dict[str, Any] = {
    "basics": {
        "name": "Test Owner",
        "label": "Research Engineer",
        "summary": (
            "Research engineer in Seoul. I am looking for a research role: hybrid in Seoul, or relocation "
            "to the EU or Singapore with visa sponsorship."
        ),
        "location": {"city": "Seoul", "countryCode": "KR"},
    },
    "work": [
        {
            "name": "Hanbit Robotics",
            "position": "Research Engineer",
            "startDate": "2022-01",
            "summary": "Machine learning for speech on vehicle head units, tested with CANoe on the bench.",
            "highlights": ["Tech lead of three engineers.", "Worked alongside 40 nurses on a pilot study."],
        },
        {
            "name": "Gwanak University",
            "position": "Doctoral Researcher",
            "startDate": "2016-09",
            "endDate": "2021-08",
            "summary": "Speech recognition for noisy cars.",
            "highlights": [
                "Recorded a speech corpus with a team of 12 annotators that I trained and coordinated."
            ],
        },
    ],
    "education": [
        {
            "institution": "Gwanak University",
            "area": "Computer Science (machine learning for speech)",
            "studyType": "PhD",
            "startDate": "2016-09",
            "endDate": "2021-08",
        },
        {
            "institution": "Gwanak University",
            "area": "Mathematics",
            "studyType": "Bachelor of Science",
            "startDate": "2012-03",
            "endDate": "2016-02",
        },
    ],
    "skills": [{"name": "Automotive tooling", "level": "Advanced", "keywords": ["CANoe", "CAN"]}],
}


def _portfolio() -> Portfolio:
    parsed, problems = parse_resume(dict(RESUME), "resume.json")
    assert parsed is not None, problems
    return Portfolio(resume=parsed)


def ask(line: str) -> str:
    p = _portfolio()
    (item,) = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)["requirements"]
    return str(item["status"])


def test_a_move_offered_to_a_region_reaches_its_countries_and_their_cities() -> None:
    assert ask("Willing to relocate to Berlin, Germany") == "matched"  # Germany is in the EU
    assert ask("Willing to relocate to Singapore") == "matched"
    assert ask("Willing to relocate within the EU") == "matched"
    assert ask("Willing to relocate to London, United Kingdom") == "partial"  # not in the EU
    assert ask("Willing to relocate to Berlin") == "partial"  # a city alone: no country said


def test_a_team_of_a_trade_is_counted_by_that_trade() -> None:
    assert ask("Coordinated a team of 10+ annotators") == "matched"
    assert ask("Coordinated a team of 20+ annotators") != "matched"
    # nurses worked alongside are not a team led, and annotators are no engineers led
    assert ask("Led a team of 30+ nurses") != "matched"
    assert ask("Led a team of 10+ engineers") != "matched"


def test_a_doctorate_dates_research_in_its_field() -> None:
    assert ask("9+ years of machine learning") == "matched"  # PhD 2016-09 and the role since 2022
    assert ask("12+ years of machine learning") != "matched"
    assert ask("6+ years of industry machine learning") != "matched"  # the PhD is no industry
    assert ask("8+ years of mathematics") != "matched"  # a taught degree dates nothing


def test_a_maker_opening_a_line_is_read_with_its_product() -> None:
    assert ask("Vector CANoe") == "matched"
    assert ask("Vector SocketCAN") == "missing"


# A made-up backend engineer who builds with Django and Kafka and lists neither as a kind.
KIND_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Kind Owner",
        "label": "Backend Engineer",
        "location": {"city": "Lyon", "countryCode": "FR"},
    },
    "work": [
        {
            "name": "Rhône Billing",
            "position": "Backend Engineer",
            "startDate": "2020-01",
            "highlights": [
                "Built the invoicing services in Python (Django) and PostgreSQL.",
                "Moved payment notifications onto Kafka.",
            ],
        }
    ],
}


def _skill(name: str, keywords: list[str]) -> str:
    parsed, problems = parse_resume(dict(KIND_RESUME), "resume.json")
    assert parsed is not None, problems
    p = Portfolio(resume=parsed)
    job = {"title": "Backend Engineer", "skills": [{"name": name, "keywords": keywords}]}
    (item,) = assess_job(job, p, chunk_portfolio(p), today=TODAY)["requirements"]
    return str(item["status"])


def test_a_skill_named_by_a_kind_is_met_by_a_member_shown() -> None:
    assert _skill("Message brokers", ["Kafka"]) == "matched"
    assert _skill("Message brokers", []) == "matched"
    assert _skill("JVM languages", ["Kotlin"]) == "missing"  # no member shown
    assert _skill("Time-series databases", ["PostgreSQL", "Kafka"]) == "missing"  # padding: neither is one


def test_a_language_before_a_kind_is_the_language_its_keyword_is_written_in() -> None:
    assert _skill("Python web frameworks", ["Django"]) == "matched"
    assert _skill("Go web frameworks", ["Django"]) == "missing"  # Django is no Go framework
    assert _skill("Python ML frameworks", ["Django"]) == "missing"  # nor a machine-learning one


# A made-up firmware engineer who was one of a team of eight and led a workstream across two named sites.
SITES_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Site Owner",
        "label": "Firmware Engineer",
        "location": {"city": "Graz", "countryCode": "AT"},
    },
    "work": [
        {
            "name": "Mur Electronics",
            "position": "Senior Firmware Engineer",
            "startDate": "2021-01",
            "highlights": [
                "Led the bootloader workstream with four engineers across the Graz and Brno sites."
            ],
        },
        {
            "name": "Alpen Medical",
            "position": "Firmware Engineer",
            "startDate": "2016-01",
            "endDate": "2020-12",
            "highlights": ["Member of a team of eight engineers that shipped an infusion pump."],
        },
    ],
}


def _sites(line: str) -> str:
    parsed, problems = parse_resume(dict(SITES_RESUME), "resume.json")
    assert parsed is not None, problems
    p = Portfolio(resume=parsed)
    (item,) = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)["requirements"]
    return str(item["status"])


def test_places_named_before_their_noun_are_counted() -> None:
    assert _sites("Led a workstream across two sites") == "matched"
    assert _sites("Led a workstream across three sites") != "matched"


def test_a_team_worked_in_is_not_a_group_led() -> None:
    assert _sites("Worked in a team of 8 engineers") == "matched"
    assert _sites("Worked in a team of 12+ engineers") != "matched"
    assert _sites("Led a team of 8 engineers") != "matched"  # four led, eight worked with
