"""Session 34: how a posting's lines become requirement items. A pay line with its period ("Monthly salary:")
or a currency's code before the range ("NZD 9,000 - 11,000") is the employer's side of the deal, not an ask;
"We expect N years of X and strong Y" asks two things, each held or not on its own; years "as a <title>"
never held, with the title's work shown, are related evidence (partial)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.jobfit import parse_job
from heyfolio.jobfit.clauses import asks_in
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 7)


def _texts(job: str) -> list[str]:
    return [r.text for r in parse_job(job)[1]]


def test_a_pay_line_with_its_period_or_currency_code_is_no_requirement() -> None:
    job = (
        "Data Engineer - Kestrel Freight\n\n"
        "Requirements:\n"
        "- 3+ years of Python\n"
        "- dbt\n\n"
        "Monthly salary: NZD 9,000 – 11,000 + annual bonus.\n"
        "CHF 120,000 - 140,000 a year, four weeks of leave.\n"
    )
    assert _texts(job) == ["3+ years of Python", "dbt"]


def test_years_then_a_qualified_skill_are_two_asks() -> None:
    assert asks_in("We expect 6+ years of backend development in payments and strong Kotlin.") == [
        "6+ years of backend development in payments",
        "strong Kotlin",
    ]
    assert asks_in("We expect 4+ years of work on compilers and fluent French.") == [
        "4+ years of work on compilers",
        "fluent French",
    ]
    # a longer phrase after "strong" is no named skill closing the sentence
    assert "strong opinions about testing in production" not in asks_in(
        "We expect 5+ years of Go and strong opinions about testing in production."
    )


# A made-up backend engineer who trained and shipped forecasting models, never titled a machine learning engineer.
MODELLER: dict[str, Any] = {
    "basics": {"name": "Oskar Przykład", "summary": "Backend engineer in Gdańsk."},
    "work": [
        {
            "name": "Bałtyk Logistyka",
            "position": "Senior Backend Engineer",
            "startDate": "2018-02",
            "highlights": [
                "Trained and deployed machine learning models forecasting parcel volumes per depot",
                "Built the Python services that serve the forecasts to 40 depots",
            ],
        }
    ],
}


def _status(line: str) -> str:
    return str(assessed(MODELLER, line, today=TODAY)["status"])


def test_the_work_of_a_title_shown_without_the_title_is_partial() -> None:
    assert _status("4+ years as a machine learning engineer") == "partial"
    # nothing of the role shown, managing people never done, or a role named by its field stay missing
    assert _status("4+ years as a UX researcher") == "missing"
    assert _status("4+ years as an engineering manager") == "missing"
    assert _status("4+ years of experience in a machine learning role") == "missing"
