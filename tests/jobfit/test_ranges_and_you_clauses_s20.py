"""Session 20 (job-ad shapes): years asked as a range are read as the range's low end, "yrs" is years, a
sentence of several clauses about "you" is one ask per clause, and names set apart by spaced slashes are
each asked. Examples are made up for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.clauses import asks_in
from heyfolio.jobfit.parse import parse_job
from heyfolio.jobfit.ranges import low_end_of_years
from heyfolio.search.chunks import chunk_portfolio
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 6, 10)

# A made-up owner: a backend developer in Tartu since 2020-05 (six years), writing Go and Python.
OWNER: dict[str, Any] = {
    "basics": {"name": "Kadri Näide", "summary": "Backend developer building billing services in Go."},
    "work": [
        {
            "name": "Arvekeskus OÜ",
            "position": "Backend Developer",
            "startDate": "2020-05",
            "highlights": [
                "Built the billing service in Go on PostgreSQL",
                "Wrote Python tooling for the monthly invoice run",
            ],
        }
    ],
    "skills": [{"name": "Go"}, {"name": "Python"}, {"name": "PostgreSQL"}],
}


def _status(line: str) -> str:
    return str(assessed(OWNER, line, today=TODAY)["status"])


def test_a_range_of_years_is_read_as_its_low_end() -> None:
    assert low_end_of_years("4-6 years of Go") == "4+ years of Go"
    assert low_end_of_years("between three and seven years in backend work") == "3+ years in backend work"
    assert low_end_of_years("2 to 5 yrs with PostgreSQL") == "2+ years with PostgreSQL"
    assert low_end_of_years("Python (5+ yrs)") == "Python (5+ years)"
    assert low_end_of_years("ISO 9001-2015 audits") == "ISO 9001-2015 audits"  # no years asked


def test_six_years_meet_a_range_whose_top_is_above_them() -> None:
    # six years of Go: "5-8 years" asks five at least; "8-10 years" asks more than shown
    assert _status("5-8 years of backend development in Go") == "matched"
    assert _status("Between 4 and 7 years with Go") == "matched"
    assert _status("8-10 years of backend development in Go") == "partial"


def test_yrs_is_years() -> None:
    assert _status("Go (5+ yrs)") == "matched"


def test_clauses_about_you_joined_by_commas_are_each_an_ask() -> None:
    sentence = "You'll own our billing service, you'll mentor two juniors, and you'll run the on-call rota."
    assert asks_in(sentence) == [
        "You'll own our billing service",
        "you'll mentor two juniors",
        "you'll run the on-call rota",
    ]
    # a framing before the first clause is not part of the ask
    framed = (
        "We'd be glad to hear from you if you have built APIs in Go, you know Kafka, and you speak Estonian."
    )
    assert asks_in(framed) == ["you have built APIs in Go", "you know Kafka", "you speak Estonian"]


def test_a_clause_about_you_does_not_carry_another_clause_s_status() -> None:
    resume, problems = parse_resume(dict(OWNER), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    job = "Backend Engineer\n\nYou have built services in Go, you write Python, and you have run Elixir in production.\n"
    got = {
        r["requirement"]: r["status"]
        for r in assess_job(job, p, chunk_portfolio(p), today=TODAY)["requirements"]
    }
    assert got["You have built services in Go"] == "matched"
    assert got["you have run Elixir in production"] == "missing"


def test_one_clause_about_you_stays_whole() -> None:
    assert asks_in("You have shipped Go services to production, ideally on Kubernetes.") == [
        "You have shipped Go services to production, ideally on Kubernetes."
    ]


def test_names_set_apart_by_spaced_slashes_are_each_asked() -> None:
    _, reqs = parse_job(
        "Backend Engineer\nMust have: Go / PostgreSQL / Kafka\nNice to have: Elixir / Redis / gRPC\n"
    )
    assert [r.text for r in reqs] == ["Go", "PostgreSQL", "Kafka", "Elixir", "Redis", "gRPC"]
    # two names with a slash are a choice, not a list
    _, reqs = parse_job("Backend Engineer\nRequirements:\n- Go / Rust\n")
    assert [r.text for r in reqs] == ["Go / Rust"]


def test_a_first_line_naming_a_role_by_how_it_is_held_is_the_title() -> None:
    # made-up titles: the role is a contract, a maintainer's, a dev's; none of them is asked
    for title in ("Rust Contractor (remote)", "Open Source Maintainer, Tokio", "Senior Kotlin Dev", "DevRel"):
        got, reqs = parse_job(f"{title}\n\nRequirements:\n- Kotlin\n")
        assert got == title
        assert [r.text for r in reqs] == ["Kotlin"]


def test_the_period_after_an_amount_is_not_the_thing_it_is_of() -> None:
    from heyfolio.jobfit.money import measured_thing

    assert measured_thing("cutting hosting costs by at least €500k a year") is None
    assert measured_thing("saved $2M in licence fees") is None
    assert measured_thing("owned a €3M budget") == "budget"


def test_a_saving_asked_per_year_is_partial_when_a_smaller_saving_is_shown() -> None:
    doc = {
        **OWNER,
        "work": [
            {
                **OWNER["work"][0],
                "highlights": [*OWNER["work"][0]["highlights"], "Cut cloud costs by €200k a year"],
            }
        ],
    }
    got = assessed(doc, "A track record of cutting cloud costs by at least €1M a year", today=TODAY)
    assert got["status"] == "partial"


def test_two_short_items_after_a_list_label_are_each_asked() -> None:
    _, reqs = parse_job("Platform Engineer\n\nNice to have: Elixir, people-management experience.\n")
    assert [r.text for r in reqs] == ["Elixir", "people-management experience"]
