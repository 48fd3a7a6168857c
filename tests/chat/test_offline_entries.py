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


FERRY = [
    "Work experience: Operations Engineer at Fjordline Ferries in Bergen, Norway (2016-03 – 2019-08)",
    "Fjordline Ferries: Ferry operator for 2 million passengers and 300 freight carriers, acquired in 2020",
    "Ran the booking systems and was one of five engineers on the night support rota.",
    "Highlights:",
    "- Moved the booking database to managed PostgreSQL",
]


def test_an_employer_line_matched_by_a_stray_word_comes_with_what_the_owner_did_there() -> None:
    # "carried" meets "carriers" only in what the ferry company does; the owner's own account is the answer
    said = _entry_focus(FERRY, "has she ever carried a pager", None)
    assert "Ferry operator" in said and "night support rota" in said


def test_a_question_about_the_employer_is_answered_by_its_line_alone() -> None:
    said = _entry_focus(FERRY, "was the ferry company she worked for acquired?", None)
    assert "acquired in 2020" in said and "night support rota" not in said
