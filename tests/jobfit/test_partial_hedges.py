"""Hedges to "partial" (session 14): mechanisms that read a met ask, or an absent one, as partly shown."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.jobfit.assess import _IDIOMS, _without_figures
from heyfolio.jobfit.terms import units
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up hands-on tech lead of nine who reports to someone else and manages no one.
TECH_LEAD: dict[str, Any] = {
    "basics": {"name": "Rui Teste", "summary": "Backend tech lead who writes Go and runs Kafka."},
    "work": [
        {
            "name": "Faro Pay",
            "position": "Tech Lead",
            "startDate": "2019-03",
            "highlights": [
                "Led a team of nine engineers building the payouts service in Go",
                "Ran Kafka in production at 40k events/s for the ledger",
                "Published two mobile apps with 2M downloads on the App Store",
                "Mentored junior engineers through their first on-call rotations",
            ],
        }
    ],
}


def _item(line: str, doc: dict[str, Any] = TECH_LEAD) -> tuple[str, str]:
    item = assessed(doc, line, today=TODAY)
    return str(item["status"]), str(item.get("why", ""))


def test_a_figure_is_compared_with_the_contents_figures_not_looked_for_as_a_word() -> None:
    text = "Kafka in production at 10k+ events/s"
    kept = [u.alternatives for u in _without_figures(units(text, frozenset()), text)]
    assert (("10k+",),) not in kept and (("Kafka",),) in kept
    # a figure the quantity check cannot read stays a unit
    assert _without_figures(units("Kafka 3x", frozenset()), "Kafka 3x") == units("Kafka 3x", frozenset())
    assert _item(text)[0] == "matched"  # 40k events/s shown
    status, why = _item("Kafka in production at 100k+ events/s")
    assert status == "partial" and "largest shown 40,000" in why  # the figure still bounds the claim
    assert _item("Published apps with 1M+ downloads")[0] == "matched"
    assert _item("Published apps with 5M+ downloads")[0] == "partial"


def test_the_time_spent_is_not_a_thing_asked() -> None:
    assert _IDIOMS.sub(" ", "spending most of your time on code review").split() == ["code", "review"]
    assert _IDIOMS.sub(" ", "Improve build time") == "Improve build time"  # time as the thing asked stays
    assert _item("You will spend time mentoring junior engineers")[0] == "matched"
    assert _item("You will spend time mentoring staff engineers")[0] != "matched"


def test_a_figure_is_not_a_word_the_sentence_with_the_contents_figure_must_share() -> None:
    rider: dict[str, Any] = {
        "basics": {"name": "Lia Teste"},
        "work": [
            {
                "name": "Tram Apps",
                "position": "Mobile Developer",
                "startDate": "2019-01",
                "highlights": [
                    "Published three apps on the App Store and Google Play",
                    "Built the rider app in React Native; it passed 1.2 million downloads",
                ],
            }
        ],
    }
    # "app" is shared; "1M+" and "Published" are not: the figure is compared, not looked for among the words
    assert _item("Published apps with 1M+ downloads", rider)[0] == "matched"
    assert _item("Published apps with 5M+ downloads", rider)[0] == "partial"
