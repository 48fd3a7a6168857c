"""Years of experience near an "N+ years" threshold: month-only ranges count both months, student jobs
and hobby projects are not years of professional work."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 6, 10)


def _status(doc: dict[str, Any], line: str) -> str:
    return str(assessed(doc, line, today=TODAY)["status"])


def _backend(*jobs: tuple[str, str, str | None]) -> dict[str, Any]:
    work = [
        {"name": f"Firm {i}", "position": position, "startDate": start, **({"endDate": end} if end else {})}
        for i, (position, start, end) in enumerate(jobs)
    ]
    return {"basics": {"name": "Lea Test"}, "work": work}


def test_two_month_only_ranges_that_add_up_to_five_years_meet_five_years() -> None:
    # 2016-07 to 2018-12 (30 months) and 2019-01 to 2021-06 (30 months): five years, both ends worked
    doc = _backend(("Backend Developer", "2019-01", "2021-06"), ("Backend Developer", "2016-07", "2018-12"))
    assert _status(doc, "5+ years of software development experience") == "matched"


def test_a_month_short_of_five_years_is_not_five_years() -> None:
    doc = _backend(("Backend Developer", "2019-01", "2021-05"), ("Backend Developer", "2016-07", "2018-12"))
    assert _status(doc, "5+ years of software development experience") == "partial"


def test_an_ongoing_role_counts_through_the_current_month() -> None:
    # 2023-07 to June 2026, ongoing: three years
    assert _status(_backend(("Software Engineer", "2023-07", None)), "3+ years of experience") == "matched"
    assert _status(_backend(("Software Engineer", "2023-08", None)), "3+ years of experience") == "partial"


def test_a_teaching_assistant_job_is_not_years_of_professional_work() -> None:
    doc = _backend(
        ("Software Engineer", "2024-01", None),  # 2 years 6 months
        ("Teaching Assistant, Databases (part-time)", "2022-09", "2023-06"),
    )
    assert _status(doc, "3+ years of professional experience") == "partial"


def test_a_hobby_project_is_not_years_of_professional_use() -> None:
    doc = _backend(("Software Engineer", "2024-09", None))
    doc["work"][0]["summary"] = "Builds the payments service in Python."
    doc["projects"] = [
        {
            "name": "plant-watering controller",
            "description": "Hobby firmware in embedded C for an ESP32 that waters the balcony plants.",
            "startDate": "2021-03",
        }
    ]
    professional = assessed(doc, "3+ years of professional embedded C development", today=TODAY)
    assert professional["status"] != "matched" and "years not shown" in professional["why"]
    hobby = assessed(doc, "3+ years of embedded C development", today=TODAY)
    assert "about 5 years shown" in hobby["why"]  # the project's own years, 2021-03 to now
