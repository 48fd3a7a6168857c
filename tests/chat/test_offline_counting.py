"""A "how many ...?" question is answered only when a passage states such a number."""

from __future__ import annotations

from heyfolio.chat.counting import read_count, states_count
from heyfolio.search.chunks import Chunk
from tests.chat.test_offline_answers import ask


def _chunk(text: str, title: str = "Entry", kind: str = "work") -> Chunk:
    return Chunk(id="x", uri="portfolio://x", kind=kind, title=title, text=text)


def test_the_thing_counted_and_the_rest_of_the_question_are_read() -> None:
    count = read_count("how many employees did Pied Piper have?")
    assert count is not None and "employe" in count.counted
    assert [sorted(idea)[0] for idea in count.about] == ["pie", "piper"]
    assert read_count("How many years was she at Cobalt?") is None  # a duration, from the dates
    assert read_count("what does she do?") is None


def test_a_number_of_the_thing_counted_answers() -> None:
    count = read_count("how many engineers did she mentor?")
    assert count is not None
    assert states_count(count, [_chunk("Mentored five engineers to senior.")])
    assert not states_count(count, [_chunk("Mentored engineers across the team.")])


def test_a_loose_relative_of_the_thing_counted_is_not_it() -> None:
    # "kids" is related to "child", but the child process and its one invariant are not kids
    count = read_count("how many kids does she have")
    assert count is not None
    passage = _chunk("A harness runs the writer in a child process and checks 3 invariants.")
    assert not states_count(count, [passage])


def test_a_number_in_a_passage_about_the_rest_of_the_question_answers() -> None:
    count = read_count("How many kids come to her coding club?")
    assert count is not None
    club = _chunk("A free coding club.\nHelped grow the club from 12 to 45 regular students.")
    assert states_count(count, [club])
    assert not states_count(count, [_chunk("A free coding club for teenagers.")])


def test_a_list_of_the_things_counted_answers() -> None:
    count = read_count("how many languages does she speak?")
    assert count is not None
    assert states_count(
        count, [_chunk("English (Native), Dutch (Fluent)", title="Languages", kind="languages")]
    )


def test_a_count_the_portfolio_never_states_is_not_answered() -> None:
    # a count of a personal matter the portfolio never mentions (family): refused like any absent topic,
    # or as a count it does not state, but never answered with another number
    answer = ask("how many kids does she have")
    assert not answer.answered and not answer.cited
    assert "doesn't give that number" in answer.text or "couldn't find anything about that" in answer.text
    answer = ask("How many kids come to her coding club?")
    assert answer.answered and "45 regular students" in answer.text
