"""Under-claims (session 20): a start "within a month", years in a role named by its short form or
given as one of two kinds, and a bare list of tools each shown on its own, with the neighbouring asks
the same readings must not lift."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.listed import names_listed
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a reliability engineer in Valencia who came from web agencies.
OPS: dict[str, Any] = {
    "basics": {
        "name": "Inés Ejemplo",
        "summary": "Reliability engineer in Valencia. I can usually start within three weeks.",
    },
    "work": [
        {
            "name": "Naranjo Pay",
            "position": "Site Reliability Engineer",
            "startDate": "2022-01",
            "highlights": [
                "Run the Nomad clusters behind the card checkout",
                "Wrote the release checklist used by nine teams",
            ],
        },
        {
            "name": "Albufera Cloud",
            "position": "Platform Engineer",
            "startDate": "2019-03",
            "endDate": "2021-12",
            "highlights": ["Moved 40 services onto Consul service discovery"],
        },
        {
            "name": "Pixel Huerta",
            "position": "Web Developer",
            "startDate": "2016-01",
            "endDate": "2019-02",
            "highlights": ["Built shop front-ends with Vite", "Set up uptime checks with Pingdom"],
        },
    ],
    "projects": [
        {
            "name": "paella-status",
            "description": "Status page generator",
            "highlights": ["Errors tracked with Sentry"],
        }
    ],
}


def _status(line: str) -> str:
    return str(assessed(OPS, line, today=TODAY)["status"])


def test_start_within_a_month_is_met_by_three_weeks() -> None:
    assert _status("Available to start within a month") == "matched"


def test_start_within_a_fortnight_is_not_met_by_three_weeks() -> None:
    assert _status("Available to start within two weeks") != "matched"


def test_years_in_either_of_two_roles_count_both() -> None:
    # SRE since 2022-01 (almost five years) and a platform role before it: more than six years in all
    assert _status("6+ years in an SRE or platform role") == "matched"


def test_a_role_by_its_short_form_counts_the_spelled_out_title() -> None:
    assert _status("4+ years as an SRE") == "matched"


def test_a_role_never_held_stays_unmet() -> None:
    assert _status("3+ years in a QA or support role") == "missing"


def test_a_bare_list_of_tools_asks_for_each_on_its_own() -> None:
    # Vite in an agency job, Sentry in a side project: each tool is shown
    assert _status("Vite, Sentry") == "matched"


@pytest.mark.parametrize(
    ("line", "listed"),
    [
        ("Vite, Sentry", True),
        ("Jest and Playwright", True),
        ("Grafana, Loki & Tempo", True),
        ("Spark on Kubernetes", False),
        ("React with TypeScript", False),
        ("Kafka", False),
        ("Terraform for AWS, Ansible", False),
    ],
)
def test_only_a_bare_list_of_names_is_read_item_by_item(line: str, listed: bool) -> None:
    assert names_listed(line) is listed


# A made-up owner: an Android developer in Gdańsk with a physics degree.
DROID: dict[str, Any] = {
    "basics": {"name": "Ola Przykład", "summary": "Android developer for a ferry operator."},
    "work": [
        {
            "name": "Bałtyk Ferries",
            "position": "Senior Android Developer",
            "startDate": "2016-02",
            "highlights": [
                "Build the booking app in Kotlin, used by 800,000 passengers a year",
                "Delivered the offline boarding-pass feature ahead of the summer season",
            ],
        }
    ],
    "projects": [
        {
            "name": "ComposeCharts",
            "startDate": "2024-01",
            "description": "Chart library for Jetpack Compose",
            "highlights": ["Written in Kotlin with Jetpack Compose"],
        }
    ],
    "education": [{"institution": "Politechnika Morska", "area": "Physics", "studyType": "Master"}],
}


def _droid(line: str) -> str:
    return str(assessed(DROID, line, today=TODAY)["status"])


def test_a_quantitative_science_is_a_broad_field_a_physics_degree_meets() -> None:
    assert _droid("Master's degree in a quantitative science") == "matched"


def test_a_named_field_still_needs_that_field() -> None:
    assert _droid("Master's degree in computer science") != "matched"


def test_delivery_asked_is_shown_by_delivered() -> None:
    assert _droid("Own delivery of the offline boarding-pass feature") == "matched"


def test_years_before_a_second_ask_are_of_the_first_thing_only() -> None:
    # ten years of Android; Jetpack Compose for two, asked without years
    assert _droid("8+ years of Android development and strong Jetpack Compose skills") == "matched"
    assert _droid("8+ years of Android development and experience with Jetpack Compose") == "matched"


def test_years_closing_a_clause_are_of_what_the_clause_names() -> None:
    assert _droid("You've been building for Android for 8+ years and know Jetpack Compose") == "matched"


def test_years_of_two_things_joined_still_need_both() -> None:
    assert _droid("8+ years of Android and Jetpack Compose") == "partial"


def test_bonus_points_are_how_much_the_ad_wants_not_a_thing_asked() -> None:
    assert _droid("Bonus points if you've built a chart library") == "matched"
    assert _droid("Extra points for Jetpack Compose") == "matched"
    assert _droid("Bonus points for Flutter") == "missing"


# A made-up owner: a platform engineer in Tallinn.
PLATFORM: dict[str, Any] = {
    "basics": {"name": "Mari Näide", "summary": "Platform engineer for a shipping company."},
    "work": [
        {
            "name": "Läänemere Shipping",
            "position": "Platform Engineer",
            "startDate": "2020-05",
            "highlights": [
                "Run the Kubernetes clusters behind the booking and customs services",
                "Cut the AWS bill by 28% with spot instances and right-sizing",
            ],
        }
    ],
}


def _platform(line: str) -> str:
    return str(assessed(PLATFORM, line, today=TODAY)["status"])


def test_the_employers_product_a_part_belongs_to_is_the_setting_not_the_ask() -> None:
    assert _platform("Own the Kubernetes clusters of our lending platform") == "matched"
    assert _platform("Cut the AWS bill of our insurance platform") == "matched"


def test_a_part_never_shown_keeps_the_ask_unmet() -> None:
    assert _platform("Run the Nomad clusters of our lending platform") == "missing"
    assert _platform("Own the durability of our object store") != "matched"


def test_the_state_a_process_is_kept_in_is_how_well_not_what() -> None:
    assert _platform("Keep our Kubernetes clusters healthy and sustainable") == "matched"
    assert _platform("Keep our Nomad clusters scalable") == "missing"


# A made-up owner: an engineering manager in Brno with a computer science master's.
LEAD: dict[str, Any] = {
    "basics": {"name": "Petr Příklad", "summary": "Engineering manager for a travel marketplace."},
    "work": [
        {
            "name": "Morava Travel",
            "position": "Engineering Manager",
            "startDate": "2021-06",
            "highlights": ["Manage nine engineers: hiring, 1:1s and performance reviews"],
        },
        {
            "name": "Morava Travel",
            "position": "Software Engineer",
            "startDate": "2013-09",
            "endDate": "2021-05",
            "highlights": ["Built the fare search service in Java"],
        },
    ],
    "education": [
        {"institution": "Masaryk Technical", "area": "Computer Science", "studyType": "Master of Science"}
    ],
}


def _lead(line: str) -> str:
    return str(assessed(LEAD, line, today=TODAY)["status"])


def test_a_role_with_its_own_years_figure_is_counted_against_that_figure() -> None:
    line = "10+ years in software engineering, including 3+ years as an engineering manager"
    assert _lead(line) == "matched"
    assert (
        _lead("10+ years in software engineering, including 7+ years as an engineering manager") == "partial"
    )
    assert (
        _lead("20+ years in software engineering, including 3+ years as an engineering manager") == "partial"
    )


def test_a_computing_degree_is_a_related_field_of_machine_learning_or_statistics() -> None:
    assert _lead("MSc in Machine Learning, Statistics or a related field") == "matched"
    assert _lead("MSc in Machine Learning") == "partial"  # not "or a related field"
    assert _lead("MSc in Mechanical Engineering or a related field") != "matched"
