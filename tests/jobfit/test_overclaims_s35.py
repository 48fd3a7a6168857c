"""Session 35: overclaims of years: an earlier period named inside a later entry ("after my SRE years at
the same company") dated the later entry's years as years of it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.past_years import without_past_years
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 7)


def test_an_earlier_period_named_in_a_later_entry_is_told_apart() -> None:
    assert "SRE" not in without_past_years(
        "Team lead for the data platform, after my SRE years at the same firm."
    )
    assert "analyst" not in without_past_years("Moved to product following four years as a support analyst.")
    assert "Kafka" in without_past_years("Joined after my time as a consultant, building Kafka pipelines.")
    # a period of the entry's own work, or an event, is kept
    assert "outages" in without_past_years("Rebuilt the billing service after two years of outages.")
    assert "SRE" in without_past_years("Ran the on-call rotation after the SRE team left.")


# Two years as an SRE; the manager role after it points back to them.
POINTED_BACK: dict[str, Any] = {
    "basics": {"name": "Oskar Lindqvist", "label": "Data platform lead"},
    "work": [
        {
            "name": "Fjellkraft Energy",
            "position": "Data Platform Manager",
            "startDate": "2022-01",
            "summary": "Line manager of the data platform team, after my SRE years at the same company.",
        },
        {
            "name": "Fjellkraft Energy",
            "position": "Site Reliability Engineer",
            "startDate": "2020-01",
            "endDate": "2021-12",
            "summary": "Member of the SRE on-call rotation for the metering services.",
        },
    ],
}


def test_years_of_a_role_are_not_dated_by_a_later_entry_that_names_it() -> None:
    resume, problems = parse_resume(dict(POINTED_BACK), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    report = assess_job(
        "Requirements:\n- 4+ years in an SRE on-call rotation\n- 2+ years in an SRE on-call rotation\n",
        p,
        chunk_portfolio(p),
        today=TODAY,
    )
    assert [r["status"] for r in report["requirements"]] == ["partial", "matched"], report
