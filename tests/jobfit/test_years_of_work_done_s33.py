"""Years of building a thing, summed over the jobs whose highlights built it (session 33, own examples)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.jobfit.duties import names_run
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 4)

# Three jobs that each built ingestion flows, said only in a highlight of each; one evening contract
# overlapping the second job; a payroll sync built for a ticket administration tool.
FLOW_BUILDER: dict[str, Any] = {
    "basics": {"name": "Oda Test"},
    "work": [
        {
            "name": "Harbour Grain",
            "position": "Senior Engineer",
            "startDate": "2023-01",
            "summary": "Backend engineer on the grain trading platform.",
            "highlights": [
                "Built the ingestion flows that load 40,000 harvest reports a day into Snowflake."
            ],
        },
        {
            "name": "Tidemark Freight",
            "position": "Software Engineer",
            "startDate": "2020-01",
            "endDate": "2022-12",
            "summary": "Engineer on the shipment tracking team.",
            "highlights": [
                "Rewrote the ingestion flows for carrier status messages, halving their delay.",
                "Built the payroll sync for the ticket administration tool of the support desk.",
            ],
        },
        {
            "name": "Freelance",
            "position": "Contract Engineer (evenings)",
            "startDate": "2021-03",
            "endDate": "2022-06",
            "summary": "Small contracts for local shops.",
            "highlights": ["Set up ingestion flows from two webshops into a shared spreadsheet."],
        },
    ],
}


def test_years_of_building_a_thing_add_up_across_the_jobs_that_built_it() -> None:
    # 2020-01 to today is almost seven years, the contract inside them counted once
    item = assessed(FLOW_BUILDER, "6+ years building ingestion flows", today=TODAY)
    assert item["status"] == "matched", item
    assert assessed(FLOW_BUILDER, "8+ years building ingestion flows", today=TODAY)["status"] == "partial"


def test_years_of_a_thing_not_asked_as_building_take_no_date_from_a_one_off_highlight() -> None:
    item = assessed(FLOW_BUILDER, "6+ years of ingestion flows", today=TODAY)
    assert item["status"] == "partial", item


def test_words_apart_in_a_highlight_are_no_years_of_the_thing_they_would_name() -> None:
    item = assessed(FLOW_BUILDER, "2+ years building payroll administration tools", today=TODAY)
    assert item["status"] != "matched", item


def test_a_run_of_words_is_found_in_any_order_but_not_apart() -> None:
    assert names_run(frozenset({"event", "pipelin"}), ("built", "event", "pipelin", "kafka"))
    assert names_run(frozenset({"event", "pipelin"}), ("pipelin", "event"))
    assert not names_run(frozenset({"event", "pipelin"}), ("event", "ci", "pipelin"))
    assert not names_run(frozenset(), ("event",))
