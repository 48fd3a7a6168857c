"""A pitch aimed at a topic described rather than named: the kind of employer ("a pharmacy start-up"),
a sector by its name ("a logistics company") where the résumé says what its companies do, and a
company's stage ("a scale-up") that is no topic.

Why: the employer's line of a job ("Online pharmacy start-up of about 90 people") names the topic, but
its figure is the employer's size - shown alone as "on what you asked", it proves nothing of the owner;
what she did there does. A sector asked by its name ("logistics") is written in a résumé by what its
companies move ("courier vans"), as search already reads it; and "scale" of "a scale-up" picked a
"grading scale" sentence.
"""

from __future__ import annotations

from typing import Any

from tests.probe_owner import ProbeOwner

_OWNER: dict[str, Any] = {
    "basics": {
        "name": "Ottilie Brandvold",
        "label": "Data Engineer",
        "summary": "Data engineer who builds warehouses and pipelines for small companies.",
        "location": {"city": "Bergen", "countryCode": "NO"},
    },
    "work": [
        {
            "name": "Kvist Routing",
            "position": "Senior Data Engineer",
            "description": "Route planning software",
            "startDate": "2022-02",
            "highlights": [
                "Built the telemetry pipeline for 1,200 courier vans in Bergen and Oslo.",
                "Cut the nightly batch from 5 hours to 40 minutes.",
            ],
        },
        {
            "name": "Apotekhuset",
            "position": "Data Engineer",
            "description": "Online pharmacy start-up of about 90 people",
            "startDate": "2019-05",
            "endDate": "2022-01",
            "summary": "First dedicated data hire.",
            "highlights": [
                "Set up the company's first data warehouse and wrote more than 300 dbt models.",
                "Ran the weekly reporting for the founders.",
            ],
        },
        {
            "name": "Bergen Business School",
            "position": "Teaching Assistant",
            "startDate": "2017-08",
            "endDate": "2019-04",
            "highlights": ["Marked about 400 exams a year on the Norwegian grading scale."],
        },
    ],
}

OWNER = ProbeOwner(_OWNER)


def _on_topic(answer: str) -> list[str]:
    return [line for line in answer.splitlines() if line.startswith("- On what you asked:")]


def test_the_employer_line_is_followed_by_what_she_did_there() -> None:
    answer = OWNER.ask(
        "We're a 60-person pharmacy start-up with no data team. Why would Ottilie be a good first hire?"
    )
    lines = " ".join(_on_topic(answer.text))
    assert "First dedicated data hire" in lines, answer.text
    assert "300 dbt models" in lines, answer.text
    assert "about 90 people" not in lines, answer.text


def test_a_sector_asked_by_name_is_found_by_what_its_companies_do() -> None:
    answer = OWNER.ask("Why would Ottilie be a strong pick for a logistics company?")
    assert "1,200 courier vans" in " ".join(_on_topic(answer.text)), answer.text


def test_a_scale_up_is_no_topic() -> None:
    answer = OWNER.ask("Why would Ottilie be a strong pick to run data at a logistics scale-up?")
    lines = " ".join(_on_topic(answer.text))
    assert "grading scale" not in lines, answer.text
    assert "courier vans" in lines, answer.text
