"""Session 23: partial needs related evidence, missing is nothing supporting the ask.

A word inside another name is not that name ("Java" in "JavaScript"), and a common word before another noun
("web hosting") is no related field; leading and hiring is part of managing people, leading alone is not."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import chunk_portfolio
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 6)


def _doc(work: list[dict[str, Any]], skills: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "basics": {"name": "Ada Quill", "label": "Engineer"},
        "work": work,
        "skills": skills or [],
    }


SCRIPTER = _doc(
    [
        {
            "name": "Lantern Apps",
            "position": "Frontend Engineer",
            "startDate": "2019-01",
            "highlights": ["Moved the checkout from JavaScript to TypeScript and added end-to-end tests."],
        }
    ],
    [{"name": "Frontend", "level": "Advanced", "keywords": ["React", "TypeScript", "JavaScript"]}],
)

HOSTER = _doc(
    [
        {
            "name": "Kettle Hosting",
            "position": "Systems Administrator",
            "description": "Small web hosting and managed WordPress company",
            "startDate": "2018-01",
            "highlights": ["Looked after 300 Debian servers and the DNS zones of our customers."],
        }
    ]
)


def _status(doc: dict[str, Any], line: str) -> str:
    return str(assessed(doc, line, today=TODAY)["status"])


@pytest.mark.parametrize("line", ["Java", "Java and Spring", "3+ years of Java"])
def test_a_language_named_inside_another_languages_name_is_not_shown(line: str) -> None:
    assert _status(SCRIPTER, line) == "missing"


def test_the_language_itself_still_shows() -> None:
    assert _status(SCRIPTER, "JavaScript") == "matched"
    assert _status(SCRIPTER, "TypeScript") == "matched"


@pytest.mark.parametrize("line", ["HTML", "HTML and CSS"])
def test_web_before_another_noun_is_no_html(line: str) -> None:
    assert _status(HOSTER, line) == "missing"


def test_web_development_still_relates_to_html() -> None:
    doc = _doc(
        [
            {
                "name": "Pine Studio",
                "position": "Developer",
                "startDate": "2020-01",
                "highlights": ["Did the web development for 12 small shops."],
            }
        ]
    )
    assert _status(doc, "HTML") == "partial"


MANAGER_OF_LEADS = _doc(
    [
        {
            "name": "Birchline Freight",
            "position": "Engineering Manager",
            "startDate": "2021-01",
            "highlights": [
                "Manage two teams, 11 engineers in total, with weekly 1:1s and performance reviews.",
                "Hired six people, two of them engineering leads.",
            ],
        }
    ]
)

TECH_LEAD_WHO_HIRED = _doc(
    [
        {
            "name": "Birchline Freight",
            "position": "Staff Engineer",
            "startDate": "2021-01",
            "highlights": ["Tech lead of a team of six; hired three engineers."],
        }
    ]
)


@pytest.mark.parametrize(
    "line", ["Experience managing managers", "You have managed other engineering managers for three years."]
)
def test_a_manager_whose_hires_include_leads_shows_part_of_managing_managers(line: str) -> None:
    assert _status(MANAGER_OF_LEADS, line) == "partial"


def test_a_tech_lead_who_hired_shows_no_managing_of_managers() -> None:
    assert _status(TECH_LEAD_WHO_HIRED, "Experience managing managers") == "missing"


FIRMWARE = _doc(
    [
        {
            "name": "Pumpwerk Medical",
            "position": "Firmware Engineer",
            "startDate": "2016-01",
            "highlights": [
                "Extended pump battery life from 9 hours to 14 hours by redesigning low-power modes.",
                "Wrote CAN drivers for ARM Cortex-M controllers.",
            ],
        }
    ]
)


def test_a_word_of_a_kind_without_its_generic_head_is_no_evidence_of_the_kind() -> None:
    assert _status(FIRMWARE, "Experience with battery management systems") == "missing"


def test_a_json_skill_named_as_such_a_kind_is_missing_whatever_keywords_pad_it() -> None:
    resume, problems = parse_resume(dict(FIRMWARE), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    job = {
        "title": "x",
        "skills": [{"name": "Battery management systems", "keywords": ["CAN", "ARM Cortex-M"]}],
    }
    item = assess_job(job, p, chunk_portfolio(p), today=TODAY)["requirements"][0]
    assert item["status"] == "missing"


GRADUATE = _doc(
    [
        {
            "name": "Hanul Apps",
            "position": "Backend Engineer",
            "startDate": "2024-03",
            "highlights": ["Built the API of an app that reads signs aloud for low-vision riders."],
        }
    ]
)
GRADUATE["education"] = [
    {"institution": "Gaon University", "area": "Computer Science", "studyType": "Bachelor"}
]


@pytest.mark.parametrize("line", ["Computer vision", "Experience with computer vision"])
def test_a_field_named_by_two_words_is_not_shown_by_each_word_apart(line: str) -> None:
    # "computer science" in the degree and "low-vision riders" in a job: neither is computer vision
    assert _status(GRADUATE, line) == "missing"


def test_a_field_written_as_such_is_shown() -> None:
    doc = _doc(
        [
            {
                "name": "Hanul Apps",
                "position": "Engineer",
                "startDate": "2024-03",
                "highlights": ["Trained computer vision models that read bus-stop signs."],
            }
        ]
    )
    assert _status(doc, "Computer vision") == "matched"


def _with_degree(area: str) -> dict[str, Any]:
    doc = _doc([{"name": "Lumen Hosting", "position": "Systems Administrator", "startDate": "2018-01"}])
    doc["education"] = [
        {"institution": "Escola Alta", "area": area, "studyType": "Bachelor", "endDate": "2011-07"}
    ]
    return doc


@pytest.mark.parametrize("line", ["Degree in a technical field", "Bachelor's degree in a quantitative field"])
def test_a_broad_technical_field_asked_is_not_met_by_a_degree_of_another_career(line: str) -> None:
    assert _status(_with_degree("Hospitality Management"), line) == "missing"
    assert _status(_with_degree("Chemistry"), line) == "matched"


def _with_certificate(name: str) -> dict[str, Any]:
    doc = _doc([{"name": "Cloudyard", "position": "Backend Engineer", "startDate": "2020-01"}])
    doc["certificates"] = [{"name": name, "date": "2025-05", "issuer": "Amazon Web Services"}]
    return doc


def test_a_certification_tier_asked_needs_a_certificate_of_that_tier() -> None:
    associate = _with_certificate("AWS Certified Developer - Associate")
    assert _status(associate, "A current AWS professional-level certification") == "missing"
    assert _status(associate, "An AWS associate-level certification or higher") == "matched"
    professional = _with_certificate("AWS Certified Solutions Architect - Professional")
    assert _status(professional, "A current AWS professional-level certification") == "matched"


LEAD_ONLY = _doc(
    [
        {
            "name": "Kessel Automotive",
            "position": "Senior Firmware Engineer",
            "startDate": "2015-01",
            "highlights": ["Technical lead of five firmware engineers (no direct reports)."],
        }
    ]
)


@pytest.mark.parametrize(
    "line", ["Line management", "Line management of 6+ engineers", "Disciplinary leadership of 6+ engineers"]
)
def test_line_management_by_any_name_is_met_by_a_manager_and_not_by_leading_alone(line: str) -> None:
    assert _status(MANAGER_OF_LEADS, line) == "matched"
    assert _status(LEAD_ONLY, line) == "missing"


def test_a_tool_never_named_is_missing_though_the_platform_it_runs_on_is_shown() -> None:
    doc = _doc(
        [
            {
                "name": "Kessel Automotive",
                "position": "Firmware Engineer",
                "startDate": "2015-01",
                "highlights": ["Wrote partitioned firmware on ARM Cortex-M with AUTOSAR Classic."],
            }
        ]
    )
    assert _status(doc, "Partitioning with PikeOS on ARM Cortex-M and AUTOSAR") == "missing"
    assert _status(doc, "Firmware with AUTOSAR on ARM Cortex-M") == "matched"


@pytest.mark.parametrize(
    "line",
    ["held a Director or Head of Engineering title before", "Director title or equivalent scope today"],
)
def test_a_rungs_title_asked_is_partial_for_the_rung_below_and_missing_further_down(line: str) -> None:
    assert _status(MANAGER_OF_LEADS, line) == "partial"  # an engineering manager: the rung below director
    assert _status(LEAD_ONLY, line) == "missing"
