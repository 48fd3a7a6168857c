"""Reading a question for what it asks (why-hire, where, ranking, order), phrasing-independent."""

from __future__ import annotations

import pytest

from heyfolio.search.understand import asks_order, asks_popularity, read_pitch, read_superlative


@pytest.mark.parametrize(
    "question",
    [
        "What's the case for hiring him?",
        "Give me two reasons to interview her",
        "What would she bring to our team?",
        "Why would she be a strong hire?",
        "List her selling points",
    ],
)
def test_why_hire_phrasings(question: str) -> None:
    assert read_pitch(question) == "pitch"


@pytest.mark.parametrize(
    "question", ["Is he in California?", "Where does she call home?", "Is she near Amsterdam?"]
)
def test_where_phrasings(question: str) -> None:
    assert read_pitch(question) == "where"


@pytest.mark.parametrize(
    "question",
    [
        "How good is she in TypeScript?",  # a skill, not a place
        "Where is her employer headquartered?",  # another thing's place
        "Which country is the university she went to in?",
        "Is she in a hurry to move?",
    ],
)
def test_not_where_questions(question: str) -> None:
    assert read_pitch(question) != "where"


def test_least_popular_and_popularity_questions() -> None:
    sup = read_superlative("Which repo has the fewest stars?")
    assert sup is not None and sup.order == "least"
    assert asks_popularity("How well received was her trace viewer?")
    assert asks_popularity("Which project got the most traction?")
    assert not asks_popularity("How fast is her log library?")


def test_order_questions() -> None:
    assert asks_order("Which came first, the internship or the master's?") is False
    assert asks_order("Is shoal newer than ledgerline?") is True
    assert asks_order("What was her first job?") is None  # nothing to compare
