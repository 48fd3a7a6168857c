"""Session 23 (job-ad shapes and rungs): a semicolon closes a clause of its own whatever case follows it, so
"credible in Go, Kotlin and Scala; hands-on Python for our tooling is a plus" is each name, then the wish; a
list's lead that says only how well asks nothing of its own; a role asked as held now ("Currently an Engineering Manager") is read from the roles still running.
Examples are made up."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.jobfit.parse import parse_job
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 6, 10)

# A made-up engineering manager in Graz with direct reports, a senior engineer before.
MANAGER: dict[str, Any] = {
    "basics": {"name": "Vera Beispiel", "label": "Engineering Manager"},
    "work": [
        {
            "name": "Murtal Logistik",
            "position": "Engineering Manager",
            "startDate": "2021-02",
            "highlights": ["Line manager for eight engineers across two teams, with quarterly reviews"],
        },
        {
            "name": "Murtal Logistik",
            "position": "Senior Software Engineer",
            "startDate": "2017-05",
            "endDate": "2021-01",
            "highlights": ["Built the route-planning service in Kotlin"],
        },
    ],
}
# A made-up senior engineer who never managed anyone.
ENGINEER: dict[str, Any] = {
    "basics": {"name": "Timo Muster", "label": "Senior Software Engineer"},
    "work": [
        {
            "name": "Murtal Logistik",
            "position": "Senior Software Engineer",
            "startDate": "2017-05",
            "highlights": ["Built the route-planning service in Kotlin"],
        }
    ],
}


def _status(owner: dict[str, Any], line: str) -> str:
    return str(assessed(owner, line, today=TODAY)["status"])


def _texts(posting: str) -> list[str]:
    return [r.text for r in parse_job(posting)[1]]


def test_a_lower_case_clause_after_a_semicolon_is_its_own_ask() -> None:
    texts = _texts(
        "Platform Engineer\n\n"
        "Technically you should be credible in Go, Kotlin and Scala; hands-on Python for our tooling is a plus.\n"
    )
    assert {"Go", "Kotlin", "Scala"} <= set(texts)
    assert any(t.startswith("hands-on Python for our tooling") for t in texts)
    assert not any(t.endswith(";") for t in texts)
    assert not any("credible" in t for t in texts)  # how well it is asked, not a thing asked


def test_a_lead_saying_only_how_well_asks_nothing_of_its_own() -> None:
    assert _texts("Platform Engineer\n\nYou are well versed in Terraform, Ansible and Packer.\n") == [
        "Terraform",
        "Ansible",
        "Packer",
    ]


def test_a_semicolon_before_a_capital_still_splits_and_a_plain_sentence_stays_whole() -> None:
    texts = _texts(
        "Platform Engineer\n\nYou know Terraform well; Pulumi is a plus.\nYou have run Kafka clusters in production.\n"
    )
    assert "You know Terraform well" in texts
    assert any(t.startswith("Pulumi is a plus") for t in texts)
    assert any(t.startswith("You have run Kafka clusters in production") for t in texts)


def test_a_role_asked_as_held_now_is_read_from_the_roles_still_running() -> None:
    assert _status(MANAGER, "Currently an Engineering Manager or above") == "matched"
    assert _status(MANAGER, "Currently working as an Engineering Manager") == "matched"
    assert _status(MANAGER, "Currently a Senior Software Engineer") == "partial"  # held until 2021
    assert _status(MANAGER, "Currently building services in Kotlin") != "missing"  # an activity, not a title


def test_a_venue_asked_is_shown_by_the_conference_or_journal_a_paper_names() -> None:
    author: dict[str, Any] = {
        "basics": {"name": "Ida Beispiel", "label": "Research Engineer"},
        "publications": [
            {
                "name": "Streaming speech models on one GPU",
                "publisher": "Workshop on Efficient Speech (WES 2024)",
            }
        ],
    }
    assert _status(author, "Papers at peer-reviewed venues") == "matched"
    assert _status(ENGINEER, "Papers at peer-reviewed venues") == "missing"
