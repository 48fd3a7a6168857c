"""Under-claims (session 20, round 2): a colon between digits ("1:1s") is no label, a range of people is read
at its low end, the thing counted after a modifier ("two backend teams") is the plural noun, and a hyphenated
word is shown as the content writes it ("health-care" as healthcare, "cross-site" as across sites), the 1 of "N+1"
counts nothing, "an order of magnitude" is a factor of ten and "minimal" downtime is how little, not a thing,
a credential held is had, and a thing eliminated is shown as removed - with the neighbouring asks the same
readings must not lift."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.hyphenated import across_form, closed_compound
from heyfolio.jobfit.ranges import low_end_of_people
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: an engineering manager in Porto at a clinic-software company.
LEAD: dict[str, Any] = {
    "basics": {
        "name": "Rui Exemplo",
        "summary": "Engineering manager in Porto building clinic scheduling software for healthcare providers.",
    },
    "work": [
        {
            "name": "Clinica Nuvem",
            "position": "Engineering Manager",
            "startDate": "2021-02",
            "summary": "Manage the Booking and Billing teams (two teams, 12 engineers in total).",
            "highlights": [
                "Hold weekly one-to-ones and yearly performance reviews for all 12 engineers",
                "Hired seven engineers in two years and grew the group from 5 to 12 engineers",
                "Coordinated the release train across the Porto and Braga offices",
                "Removed an N+1 query pattern from the booking API",
                "Sped up the nightly report run from 5 hours to 20 minutes",
                "Moved the invoices database to PostgreSQL with under two minutes of downtime",
                "Their shared design system is used by all 8 product teams",
                "Removed 90 stale feature flags from the booking app",
            ],
        },
        {
            "name": "Ribeira Apps",
            "position": "Senior Backend Engineer",
            "startDate": "2015-03",
            "endDate": "2021-01",
            "highlights": [
                "Built the appointment API in Kotlin",
                "Wrote the app's 2 million downloads report",
            ],
        },
    ],
    "certificates": [{"name": "Certified Kubernetes Application Developer (CKAD)", "date": "2023-04"}],
}


def _status(line: str) -> str:
    return str(assessed(LEAD, line, today=TODAY)["status"])


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Run regular 1:1s and performance reviews", "matched"),
        ("Lead a group of 10–15 engineers", "matched"),
        ("Lead and grow two backend teams (8 to 14 engineers)", "matched"),
        ("Lead and grow two product teams", "matched"),
        ("Experience building health-care software", "matched"),
        ("Coordinate cross-office releases", "matched"),
        ("Remove N+1 queries from APIs", "matched"),
        ("Lead a squad of 8–10 backend and mobile engineers", "matched"),  # the kinds named between
        ("You hold the CKAD.", "matched"),  # holding a credential is having it
        (
            "You've eliminated stale feature flags.",
            "matched",
        ),  # eliminated is shown by removed  # the 1 of N+1 counts no queries
        ("Speed up the nightly report run by an order of magnitude", "matched"),  # 15x shown, 10x asked
        ("Migrate databases to PostgreSQL with minimal downtime", "matched"),
    ],
)
def test_met_as_the_content_writes_it(line: str, want: str) -> None:
    assert _status(line) == want


@pytest.mark.parametrize(
    "line",
    [
        "Lead a group of 15–20 engineers",  # the low end, 15, is more than 12
        "Lead four product teams",  # two teams led; the 8 teams using a design system are not led
        "Wrote reports on apps with 5+ million downloads",  # five million, not five
        "Experience with cross-site scripting",  # no "across ... sites" in the content
        "Lead 15 backend and mobile engineers",  # 12 led: the count is read past the words saying which
        "You hold the CKA.",  # another certificate
        "Speed up the nightly report run by two orders of magnitude",  # 100x asked, 15x shown
    ],
)
def test_neighbours_stay_below(line: str) -> None:
    assert _status(line) != "matched"


def test_people_range_low_end() -> None:
    assert low_end_of_people("manage 8–10 backend engineers") == "manage 8+ backend engineers"
    assert low_end_of_people("between 4 and 6 direct reports") == "4+ direct reports"
    assert low_end_of_people("two and three engineers") == "two and three engineers"
    assert low_end_of_people("10 engineers") == "10 engineers"
    assert low_end_of_people("grow a team from 5 to 15 engineers") == "grow a team from 5 to 15 engineers"


def test_hyphenated_forms() -> None:
    assert closed_compound("health-care") == "healthcare"
    assert closed_compound("start-up") is None  # a verb and its particle: another word closed up
    assert closed_compound("cross-team") is None
    across = across_form("cross-site")
    assert across is not None
    assert across.search("led the rollout across the Munich and Brno sites")
    assert not across.search("kept the web site fast")
    assert across_form("health-care") is None
