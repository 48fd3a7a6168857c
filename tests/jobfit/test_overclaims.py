"""Overclaims ("matched" where the content does not show it) on small inline résumés (session 10)."""

from __future__ import annotations

import json
from typing import Any

from heyfolio.content.loader import load_resume_text
from heyfolio.content.model import Portfolio
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import chunk_portfolio

_LEAD = {
    "basics": {
        "name": "Ada Lead",
        "label": "Mobile Tech Lead",
        "summary": "Mobile engineer. I lead six mobile engineers as a hands-on tech lead; they report to an "
        "engineering manager, so I have no formal reports.",
    },
    "work": [
        {
            "name": "Transit Co",
            "position": "Mobile Tech Lead",
            "startDate": "2019-01-01",
            "summary": "Tech lead of the rider apps on iOS and Android. I lead six mobile engineers.",
            "highlights": ["Set up a release train with Fastlane and Bitrise for both app stores."],
        }
    ],
    "skills": [{"name": "Mobile", "keywords": ["Swift", "Kotlin", "Jetpack Compose", "Offline sync"]}],
}


def _status(resume: dict[str, Any], line: str) -> str:
    parsed, problems = load_resume_text(json.dumps(resume), "resume.json")
    assert parsed is not None, problems
    portfolio = Portfolio(resume=parsed)
    report = assess_job(f"Requirements:\n- {line}", portfolio, tuple(chunk_portfolio(portfolio)))
    return str(report["requirements"][0]["status"])


def test_teams_of_a_size_is_the_size_of_the_group_led() -> None:
    # "teams of 15+" asks a size: six led is not it
    assert _status(_LEAD, "A track record of leading mobile teams of 15+") == "partial"


def test_managing_a_team_of_unsized_engineers_is_people_management() -> None:
    # leading with no formal reports is not managing, whatever the team is named after
    assert _status(_LEAD, "Hire and manage a team of mobile engineers") == "missing"


def test_reporting_to_an_engineering_manager_is_not_managing_people() -> None:
    assert _status(_LEAD, "People management experience") == "missing"


def test_a_name_defined_by_its_acronym_is_shown_only_where_it_is_written() -> None:
    # "Compose Offline Sync (COS)" is one product: "Jetpack Compose" and "Offline sync" apart are not it
    assert _status(_LEAD, "Experience with Compose Offline Sync (COS)") == "missing"
    assert _status(_LEAD, "Experience with Swift and Compose Offline Sync (COS)") == "partial"
    written = {**_LEAD, "skills": [{"name": "Mobile", "keywords": ["Swift", "COS"]}]}
    assert _status(written, "Experience with Compose Offline Sync (COS)") == "matched"
    spelled = {**_LEAD, "skills": [{"name": "Mobile", "keywords": ["Swift", "Compose Offline Sync"]}]}
    assert _status(spelled, "Experience with Compose Offline Sync (COS)") == "matched"


_SPEAKER = {
    **_LEAD,
    "languages": [
        {"language": "French", "fluency": "Native speaker"},
        {"language": "English", "fluency": "Fluent (C1)"},
        {"language": "Spanish", "fluency": "Elementary (A2)"},
    ],
}


def test_bilingual_asks_fluency_in_each_language_not_two_mother_tongues() -> None:
    assert _status(_SPEAKER, "Bilingual French and English") == "matched"
    assert _status(_SPEAKER, "Bilingual English and Spanish") == "partial"  # A2 Spanish: less than asked


def test_a_language_one_level_short_of_a_low_ask_is_partial() -> None:
    assert _status(_SPEAKER, "Conversational Spanish") == "partial"
    assert _status(_SPEAKER, "Fluent Spanish") == "partial"  # listed below the level asked (session 18)
