"""Quantities stated in an ask, read against what the content shows (session 18, own postings): hires
counted, a time bound on an acronym's metric, an availability figure, years written into a sentence
beside a level column of a table.
"""

from __future__ import annotations

from typing import Any

from heyfolio.jobfit import assess_job
from heyfolio.jobfit.assess import _number
from heyfolio.jobfit.hires import hires_asked, hires_shown
from tests.jobfit.conftest import owner


def bullets(*asks: str) -> str:
    return "Senior Platform Engineer — Brightwell Freight (remote)\n\nWhat we need:\n" + "".join(
        f"- {a}\n" for a in asks
    )


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "Senior Platform Engineer — Brightwell Freight (remote)\n\n" + "\n".join(lines) + "\n"


def status(name: str, job: str) -> dict[str, Any]:
    portfolio, chunks = owner(name)
    return {r["requirement"]: r["status"] for r in assess_job(job, portfolio, chunks)["requirements"]}


def test_a_count_of_hires_is_read_from_hires_not_from_the_group_led() -> None:
    assert hires_asked("Hired 12+ engineers into a new group", _number) == 12
    assert hires_asked("Hired to run the payments team", _number) is None
    assert hires_shown(
        ["Grew the team from two to six; hired four people.", "hired in 2021 as a lead"], _number
    ) == [(4, 0)]
    # Mira led 40 by direction and hired three: twelve hires are not shown
    job = bullets("Hired 12+ engineers")
    assert status("example-owner", job)["Hired 12+ engineers"] == "partial"


def test_a_time_bound_on_an_acronyms_metric_is_compared() -> None:
    # Mira brought MTTR from 95 to 22 minutes: under 15 is not reached
    job = bullets("MTTR under 15 minutes")
    assert status("example-owner", job)["MTTR under 15 minutes"] == "partial"


def test_an_availability_level_with_no_such_figure_shown_is_not_met() -> None:
    # "availability" in Mira's content is about interviews and start dates, not an uptime figure
    job = bullets("99.95% availability for the booking API")
    assert status("example-owner", job)["99.95% availability for the booking API"] == "partial"


def test_an_ask_written_as_a_sentence_keeps_its_years_beside_a_level() -> None:
    # Odile has about six years of AWS: a level column does not stand in for the twelve years asked
    job = table(["Skill", "Level"], [["12+ years running AWS in production", "Strong"]])
    assert status("platform-owner", job)["12+ years running AWS in production"] == "partial"
