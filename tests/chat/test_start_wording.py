"""A question on when someone could start is a notice-period question however it is worded."""

from __future__ import annotations

from heyfolio.chat.screening import screening_answer
from heyfolio.search.chunks import Chunk

BASICS = Chunk(
    id="profile#basics",
    uri="portfolio://profile#basics",
    kind="basics",
    title="Ana Silva — Mobile Engineer",
    text="Ana Silva — Mobile Engineer\nLocation: Montréal\nI ship apps. Notice period: four weeks.",
)


def test_an_adverb_or_a_modal_between_the_words_still_asks_the_notice() -> None:
    for question in (
        "If she accepted an offer, when could she realistically start?",
        "When would he be able to join?",
        "when can they begin",
    ):
        found = screening_answer(question, [BASICS], unfound=True)
        assert found is not None and found.said == "Notice period: four weeks.", question


def test_a_start_in_the_past_is_not_the_notice() -> None:
    assert screening_answer("When did she start at Navette?", [BASICS], unfound=True) is None


def test_the_owner_named_or_called_the_candidate_still_asks_the_notice() -> None:
    for question in (
        "When could Ana start?",
        "When can the candidate begin?",
        "When would Ana be able to join?",
    ):
        found = screening_answer(question, [BASICS], unfound=True)
        assert found is not None and found.said == "Notice period: four weeks.", question


def test_a_project_starting_is_not_the_notice() -> None:
    assert screening_answer("When can the project start?", [BASICS], unfound=True) is None
