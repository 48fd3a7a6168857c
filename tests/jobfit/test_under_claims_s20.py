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
