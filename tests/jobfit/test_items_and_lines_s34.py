"""Session 34: how a posting's lines become requirement items. A pay line with its period ("Monthly salary:")
or a currency's code before the range ("NZD 9,000 - 11,000") is the employer's side of the deal, not an ask;
"We expect N years of X and strong Y" asks two things, each held or not on its own."""

from __future__ import annotations

from heyfolio.jobfit import parse_job
from heyfolio.jobfit.clauses import asks_in


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
