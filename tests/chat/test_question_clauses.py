"""A compound question's parts are each answered by a sentence of the passage."""

from __future__ import annotations

from heyfolio.chat.offline import _best_sentences
from heyfolio.search.clauses import question_clauses


def test_a_compound_question_splits_into_its_asking_parts() -> None:
    assert question_clauses("which shop did she build first, and how many orders did it take?") == [
        "which shop did she build first",
        "how many orders did it take",
    ]
    assert question_clauses("the museum app - who was the client and when did it ship?") == [
        "the museum app",
        "who was the client",
        "when did it ship",
    ]
    assert question_clauses("did she build apps for bakeries and cafés?") == []  # one question


def test_each_part_of_a_compound_question_gets_its_sentence() -> None:
    text = (
        "Built a ticketing kiosk for the Harbour Museum in Swift.\n"
        "The kiosk design was reused for the museum's shop.\n"
        "Ran the kiosk pilot with the museum's front-desk staff for six weeks.\n"
        "The kiosk software was later adopted by two other museums.\n"
        "Wrote the kiosk's offline mode.\n"
        "Finance asked for refunds to be handled in the app, which she added in a week."
    )
    # the kiosk and the museum fill the reply's sentences; the second part is answered by the last one
    said = _best_sentences(text, "which museum got her kiosk first, and were refunds handled in it?")
    assert "Harbour Museum" in said and "refunds to be handled" in said


def test_a_second_question_after_also_is_a_part_of_its_own() -> None:
    assert question_clauses("whats her notice period also, does she speak dutch") == [
        "whats her notice period",
        "does she speak dutch",
    ]
    assert question_clauses("Is he also able to relocate?") == []
