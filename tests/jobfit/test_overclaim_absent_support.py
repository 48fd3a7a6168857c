"""Asks whose support is absent, written against the sample owners (phrasings not taken from any set):
managing a counted group against teams only led."""

from __future__ import annotations

import pytest

from heyfolio.jobfit import assess_job
from heyfolio.jobfit.assess import _manages_people
from tests.jobfit.conftest import owner


def _status(who: str, line: str) -> str:
    portfolio, chunks = owner(who)
    report = assess_job(f"Requirements:\n- {line}", portfolio, chunks)
    return str(report["requirements"][0]["status"])


@pytest.mark.parametrize(
    "line",
    [
        "You will manage a team of 6 backend developers",
        "Managing a team of 5 engineers",
        "manage two squads of 4 engineers",
    ],
)
def test_managing_a_counted_group_is_not_matched_where_teams_were_only_led(line: str) -> None:
    # the example owner leads teams (nine at most, directly) and manages no one
    assert _status("example-owner", line) != "matched"


def test_leading_a_counted_group_stays_matched() -> None:
    assert _status("example-owner", "Lead a team of 6 engineers") == "matched"


def test_the_ask_to_manage_people_is_read_from_its_verb() -> None:
    assert _manages_people("manage two squads of 9 engineers")
    assert _manages_people("Managing a team of 8 developers")
    assert not _manages_people("Lead a team of 8 engineers")
    assert not _manages_people("Manage our Kafka clusters across 3 regions")
