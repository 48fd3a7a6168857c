"""A résumé entry's sentences chosen by what the question asks, not by the words that name it."""

from __future__ import annotations

from heyfolio.chat.offline import _entry_focus

JOB = [
    "Work experience: Engineer at Kestrel in Oslo, Norway (2015-01 – 2018-06)",
    "Kestrel: Parcel delivery start-up (acquired in 2019)",
    "Built the routing service.",
    "Highlights:",
    "- Cut delivery times by a third",
    "- Started the company's engineering blog",
]


def test_a_company_event_is_answered_by_the_employer_line_that_states_it() -> None:
    said = _entry_focus(JOB, "which of her employers got acquired, and when", None)
    assert "acquired in 2019" in said
