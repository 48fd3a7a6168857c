"""Session 22 (job-ad shapes and counts): a count of people mentored is compared with people mentored, not
the group led; "<technology>-based" names a technology to show, not praise; a second label on the same line
("... Nice-to-haves: X, Y") opens its own list; a table whose two columns both say what is asked
("| Competency | Description |") reads the row's label with its description. Examples are made up."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.headcounts import headcounts_after
from heyfolio.jobfit.mentees import mentees_asked, mentees_shown
from heyfolio.jobfit.parse import parse_job
from heyfolio.search.chunks import chunk_portfolio
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 6, 10)

# A made-up owner: a platform engineer in Tartu who sets direction for 30 engineers and mentors three.
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Kärt Näidis",
        "summary": "Platform engineer. I set the technical direction for 30 engineers across four teams.",
    },
    "work": [
        {
            "name": "Rannik AS",
            "position": "Staff Platform Engineer",
            "startDate": "2017-03",
            "highlights": [
                "Mentor three engineers with a weekly one-to-one each",
                "Coached 25 incident reviews after the storage outage",
                "Moved the batch jobs to Nomad on bare metal",
            ],
        }
    ],
    "skills": [{"name": "Nomad"}, {"name": "Go"}, {"name": "Terraform"}],
}


def _number(word: str) -> int | None:
    words = {"two": 2, "three": 3, "four": 4, "five": 5}
    return int(word) if word.isdigit() else words.get(word.casefold())


def _status(line: str) -> str:
    return str(assessed(OWNER, line, today=TODAY)["status"])


def _asked(text: str) -> list[str]:
    return [r.text for r in parse_job(text)[1]]


def test_mentees_are_counted_by_the_people_mentored() -> None:
    assert mentees_asked("Mentored 6+ engineers", _number) == 6
    assert mentees_asked("Experience coaching 4 junior developers", _number) == 4
    assert mentees_asked("Led and mentored a team of 5 engineers", _number) is None  # a team led, not mentees
    assert mentees_asked("Mentoring is part of the job", _number) is None
    shown = mentees_shown(["Mentor three engineers weekly", "Coached 25 incident reviews"], _number)
    assert shown == [(3, 0)]  # reviews coached are not people


def test_more_mentees_than_shown_is_partial_not_the_group_led() -> None:
    assert _status("Mentored 10+ engineers") == "partial"  # three mentored, though 30 are steered
    assert _status("Mentored 2+ engineers") == "matched"


def test_a_technology_before_based_is_a_thing_to_show() -> None:
    assert _status("Kubernetes-based batch workloads") != "matched"  # Nomad, never Kubernetes
    assert _status("Nomad-based batch workloads") == "matched"


def test_a_second_label_on_the_line_opens_its_own_list() -> None:
    asked = _asked(
        "Data Engineer, Ostrava\n\nMust-haves: Kafka, Spark and Airflow. Nice-to-haves: Flink, Iceberg, Trino.\n"
    )
    assert asked == ["Kafka", "Spark", "Airflow", "Flink", "Iceberg", "Trino"]
    # a label that is a fact of the job ends no list it does not open
    assert "Location: Brno" not in _asked("Data Engineer\n\nSkills: Kafka, Spark. Location: Brno\n")


def test_two_columns_saying_what_is_asked_read_label_and_description() -> None:
    text = (
        "Platform Engineer\n\nWhat we look for:\n\n"
        "| Competency | Description |\n|---|---|\n"
        "| Orchestration | Running Nomad clusters in production |\n"
        "| Cloud | Securing GCP workloads |\n"
    )
    asked = _asked(text)
    assert asked == ["Orchestration: Running Nomad clusters in production", "Cloud: Securing GCP workloads"]
    resume, _ = parse_resume(dict(OWNER), "resume.json")
    assert resume is not None
    p = Portfolio(resume=resume)
    statuses = [r["status"] for r in assess_job(text, p, chunk_portfolio(p), today=TODAY)["requirements"]]
    assert statuses[1] == "missing"


# A made-up owner who managed a team of seven and led no larger group.
MANAGER: dict[str, Any] = {
    "basics": {"name": "Tiiu Proov", "summary": "Engineering manager for payments."},
    "work": [
        {
            "name": "Maksekeskus AS",
            "position": "Engineering Manager",
            "startDate": "2020-01",
            "highlights": ["Managed a team of seven engineers: one-to-ones, reviews and hiring"],
        }
    ],
    "skills": [{"name": "Go"}],
}


def test_a_headcount_before_a_group_is_written_after_it() -> None:
    assert headcounts_after("Managed a 7-person data team") == "Managed a data team of 7 people"
    assert headcounts_after("Led a ten-engineer squad") == "Led a squad of ten engineers"
    assert (
        headcounts_after("across a 200+ engineer organisation") == "across a organisation of 200+ engineers"
    )
    assert headcounts_after("Experience in a 500-person company") == "Experience in a 500-person company"


def test_a_headcount_before_a_group_is_compared_with_the_group_managed() -> None:
    def status(line: str) -> str:
        return str(assessed(MANAGER, line, today=TODAY)["status"])

    assert status("Managed a 6-person engineering team") == "matched"
    assert status("Managed a 20-person engineering team") == "partial"


def test_a_lead_in_naming_who_is_wanted_opens_a_list() -> None:
    assert _asked("Data Engineer\n\nWe are looking for an engineer with: Kafka, Spark, Trino.\n") == [
        "Kafka",
        "Spark",
        "Trino",
    ]
    assert _asked("Data Engineer\n\nWe need someone who has: 4+ years of Go; Kafka in production.\n") == [
        "4+ years of Go",
        "Kafka in production",
    ]
