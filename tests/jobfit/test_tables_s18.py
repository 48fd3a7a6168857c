"""Requirements read out of markdown tables, and the quantities their rows state (session 18, own postings).

Each table is written here for the test in a shape job ads take: a short area label beside the ask, a
bare number under a "Years" column, "Must have | Nice to have" beside an area, a level column beside an
ask written as a sentence. The asks that follow check what such rows ask (hires counted, a time bound on
an acronym's metric, an availability figure) against the bench owners' content.
"""

from __future__ import annotations

from typing import Any

from heyfolio.jobfit import assess_job, parse_job
from heyfolio.jobfit.assess import _number
from heyfolio.jobfit.hires import hires_asked, hires_shown
from tests.jobfit.conftest import owner


def texts(job: str) -> list[str]:
    return [r.text for r in parse_job(job)[1]]


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "Senior Platform Engineer — Brightwell Freight (remote)\n\n" + "\n".join(lines) + "\n"


def status(name: str, job: str) -> dict[str, Any]:
    portfolio, chunks = owner(name)
    return {r["requirement"]: r["status"] for r in assess_job(job, portfolio, chunks)["requirements"]}


def test_a_short_label_beside_the_ask_groups_it_and_a_technology_label_names_it() -> None:
    job = table(
        ["Skill", "What we need"],
        [
            ["Backend", "Write services in Scala"],
            ["Kafka", "Run it at 50,000 events per second"],
            ["Languages", "Fluent Danish"],
        ],
    )
    assert texts(job) == [
        "Write services in Scala",
        "Kafka: Run it at 50,000 events per second",
        "Fluent Danish",
    ]


def test_notes_beside_a_skill_only_annotate_it() -> None:
    job = table(["Skill", "Notes"], [["Apache Beam", "used for our nightly batch jobs"]])
    assert texts(job) == ["Apache Beam"]


def test_a_bare_number_under_years_is_years_of_the_row() -> None:
    job = table(["Skill", "Years", "Level"], [["Terraform", "7+", "Expert"], ["Helm", "3-5 yrs", "Advanced"]])
    assert texts(job) == ["Terraform: 7+ years", "Helm: 3-5 yrs"]


def test_must_and_nice_columns_beside_an_area_are_each_an_ask() -> None:
    job = table(
        ["Area", "Must have", "Nice to have"], [["Cloud", "AWS", "Azure"], ["Delivery", "Argo CD", "Flux"]]
    )
    assert texts(job) == ["AWS", "Azure", "Argo CD", "Flux"]


def test_a_count_of_hires_is_read_from_hires_not_from_the_group_led() -> None:
    assert hires_asked("Hired 12+ engineers into a new group", _number) == 12
    assert hires_asked("Hired to run the payments team", _number) is None
    assert hires_shown(
        ["Grew the team from two to six; hired four people.", "hired in 2021 as a lead"], _number
    ) == [(4, 0)]
    # Mira led 40 by direction and hired three: twelve hires are not shown
    job = table(["Area", "What we need"], [["Hiring", "Hired 12+ engineers"]])
    assert status("example-owner", job)["Hired 12+ engineers"] == "partial"


def test_a_time_bound_on_an_acronyms_metric_is_compared() -> None:
    # Mira brought MTTR from 95 to 22 minutes: under 15 is not reached
    job = table(["Area", "What we need"], [["Incidents", "MTTR under 15 minutes"]])
    assert status("example-owner", job)["MTTR under 15 minutes"] == "partial"


def test_an_availability_level_with_no_such_figure_shown_is_not_met() -> None:
    # "availability" in Mira's content is about interviews and start dates, not an uptime figure
    job = table(["Area", "What we need"], [["Reliability", "99.95% availability for the booking API"]])
    assert status("example-owner", job)["99.95% availability for the booking API"] == "partial"


def test_an_ask_written_as_a_sentence_keeps_its_years_beside_a_level() -> None:
    # Odile has about six years of AWS: a level column does not stand in for the twelve years asked
    job = table(
        ["Area", "What we need", "Level"], [["Cloud", "12+ years running AWS in production", "Strong"]]
    )
    assert status("platform-owner", job)["12+ years running AWS in production"] == "partial"
