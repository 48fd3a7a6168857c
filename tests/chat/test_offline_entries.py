"""A résumé entry's sentences chosen by what the question asks, not by the words that name it."""

from __future__ import annotations

from heyfolio.chat.offline import _employer_line, _entry_focus

JOB = [
    "Work experience: Engineer at Kestrel in Oslo, Norway (2015-01 – 2018-06)",
    "Kestrel: Parcel delivery start-up (acquired in 2019)",
    "Built the routing service.",
    "Highlights:",
    "- Cut delivery times by a third",
    "- Started the company's engineering blog",
]
VOLUNTEERING = [
    "Volunteering: Mentor at Harbour Code Club (2019-09 – present)",
    "A free Saturday coding club for teenagers.",
    "Highlights:",
    "- Wrote a 10-week Python course built around a micro:bit",
    "- Helped grow the club from 12 to 45 students",
]


def test_a_company_event_is_answered_by_the_employer_line_that_states_it() -> None:
    said = _entry_focus(JOB, "which of her employers got acquired, and when", None)
    assert "acquired in 2019" in said


def test_a_volunteering_summary_is_what_the_work_was_not_a_name_for_the_entry() -> None:
    said = _entry_focus(VOLUNTEERING, "how does she teach teenagers to program", None)
    assert "teenagers" in said and "micro:bit" in said  # the scene, then how


def test_only_a_line_labelled_with_the_employer_describes_the_employer() -> None:
    assert _employer_line(JOB)
    assert not _employer_line(VOLUNTEERING)
