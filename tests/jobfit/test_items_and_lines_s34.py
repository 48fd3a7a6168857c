"""Session 34: how a posting's lines become requirement items. A line's opening verb before a name that is
one by its own capitals ("Mentor PhD interns", "Architect GraphQL gateways") is the verb, not the first word
of a longer name that the content would have to write."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.jobfit.terms import units
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 7)

# A made-up owner: a research engineer in Tartu who mentors doctoral students and builds GraphQL services.
OWNER: dict[str, Any] = {
    "basics": {"name": "Kadri Näide", "summary": "Research engineer in speech and search systems."},
    "work": [
        {
            "name": "Emajõe Labs",
            "position": "Senior Research Engineer",
            "startDate": "2019-03",
            "highlights": [
                "Mentored four PhD interns through their first papers",
                "Designed the GraphQL gateway in front of 30 internal services",
            ],
        }
    ],
}


def _named(line: str) -> list[tuple[str, ...]]:
    return [a for u in units(line, frozenset()) if u.named for a in u.alternatives]


def test_an_opening_verb_before_a_self_named_word_is_no_part_of_the_name() -> None:
    assert ("PhD",) in _named("Mentor PhD interns")
    assert ("GraphQL",) in _named("Architect GraphQL gateways")
    assert ("Mentor", "PhD") not in _named("Mentor PhD interns")
    # a maker before its product, and a name of plain capitals, still open it
    assert ("Google", "BigQuery") in _named("Google BigQuery in production")
    assert ("Jetpack", "Compose") in _named("Jetpack Compose in production")


def test_a_verb_opening_a_met_ask_leaves_it_met() -> None:
    assert assessed(OWNER, "Mentor PhD interns", today=TODAY)["status"] == "matched"
    assert assessed(OWNER, "Architect GraphQL gateways", today=TODAY)["status"] != "missing"
    assert assessed(OWNER, "Architect OpenResty gateways", today=TODAY)["status"] == "missing"  # never named
