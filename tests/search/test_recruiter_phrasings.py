""" "What does she do?", "what does he do for a living?", "what's her job?": what the owner does now,
asked with nothing narrowing it, is read as the current job - not a passage that happens to share a
word with the question (a location, the first job). Questions that narrow it are not this one."""

from __future__ import annotations

import pytest

from heyfolio.search.understand import Superlative, read_superlative


@pytest.mark.parametrize(
    "question",
    [
        "what does she do?",
        "So what does he actually do all day",
        "what does she do for a living?",
        "what does he do for work",
        "what's her job?",
        "whats his occupation these days?",
        "what is it she does exactly?",
    ],
)
def test_what_the_owner_does_is_the_current_job(question: str) -> None:
    assert read_superlative(question) == Superlative(frozenset({"work"}), "newest")


@pytest.mark.parametrize(
    "question",
    [
        "what does she do for fun?",
        "what does she do at Kivi Pay?",
        "what does he do with Kafka?",
        "what did she do before tech?",
    ],
)
def test_a_narrowed_question_is_not_the_current_job(question: str) -> None:
    assert read_superlative(question) != Superlative(frozenset({"work"}), "newest")


@pytest.mark.parametrize(
    "question",
    [
        "which project should I look at first?",
        "which of his repos should I check out first?",
        "what project should I start with?",
        "what is her standout project?",
    ],
)
def test_the_project_to_see_first_is_the_strongest_not_the_oldest(question: str) -> None:
    assert read_superlative(question) == Superlative(frozenset({"project", "resume_project"}), "popular")


def test_the_project_she_began_with_is_still_the_oldest() -> None:
    sup = read_superlative("which project did she start with?")
    assert sup is None or sup.order != "popular"
