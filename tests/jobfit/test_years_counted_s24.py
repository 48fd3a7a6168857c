"""Years asked against the dated entries that count for them (session 24, own examples)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 4)

# Four years of data engineering in a job; a data meetup co-organised for nine years alongside.
MEETUP_ORGANISER: dict[str, Any] = {
    "basics": {"name": "Wanda Test"},
    "work": [
        {
            "name": "Granary Freight",
            "position": "Data Engineer",
            "startDate": "2022-11",
            "summary": "Build batch pipelines in Python and Airflow for the data warehouse.",
        },
        {
            "name": "Granary Freight",
            "position": "Support Analyst",
            "startDate": "2016-01",
            "endDate": "2022-10",
            "summary": "Answered merchant tickets about failed deliveries.",
        },
    ],
    "volunteer": [
        {
            "organization": "Data Evenings Gdynia",
            "position": "Co-organiser",
            "startDate": "2017-09",
            "summary": "Monthly meetup for people who work with data in Python.",
        }
    ],
}


def test_a_volunteer_post_is_no_year_of_the_topic_it_gathers_people_around() -> None:
    item = assessed(MEETUP_ORGANISER, "8+ years of data engineering experience", today=TODAY)
    assert item["status"] == "partial", item
    assert (
        assessed(MEETUP_ORGANISER, "3+ years of data engineering experience", today=TODAY)["status"]
        == "matched"
    )
