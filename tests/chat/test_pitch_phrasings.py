"""Recruiter phrasings of "why hire her?" and "her strongest project?" that name neither in the
usual words ("what makes her a great SRE?", "her value add?", "her standout project?", "which
project best shows her skills?") get the case for hiring or the projects ranked by standing. The
owner is made up for these tests."""

from __future__ import annotations

import pytest

from heyfolio.chat.offline import _intent, compose
from heyfolio.content.model import (
    Basics,
    PartialDate,
    Portfolio,
    Resume,
    ResumeProject,
    Skill,
    Work,
)
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex

RESUME = Resume(
    basics=Basics(
        name="Aino Rask", label="Site Reliability Engineer", summary="SRE who keeps checkout boring."
    ),
    work=(
        Work(
            name="Kivi Pay",
            position="Senior SRE",
            start_date=PartialDate("2022-01", 2022, 1),
            highlights=(
                "Kept the checkout API at 99.97% availability over two years.",
                "Cut pages to the on-call rotation from 40 to 10 a month.",
            ),
        ),
    ),
    projects=(
        ResumeProject(
            name="Lumipallo",
            description="Kubernetes operator for preview environments.",
            highlights=("About 1,400 GitHub stars and 30 contributors.",),
        ),
        ResumeProject(
            name="Rantalint",
            description="Linter for Markdown runbooks.",
            highlights=("About 200 GitHub stars.",),
        ),
    ),
    skills=(
        Skill(name="Kubernetes", level="Expert", keywords=("Helm",)),
        Skill(name="Go", level="Intermediate"),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


@pytest.mark.parametrize(
    "question",
    [
        "what makes her a great SRE?",
        "what's her superpower?",
        "why is she worth hiring?",
        "what's the strongest argument for hiring her?",
    ],
)
def test_casual_why_hire_phrasings_get_the_case_for_hiring(question: str) -> None:
    answer = compose(question, PORTFOLIO, INDEX)
    assert answer.answered and answer.text.startswith("Here's the case")
    assert "99.97%" in answer.text


def test_cues_a_small_index_may_respell_still_read_as_a_pitch() -> None:
    # "add" and "chance" are words of the language (the embedder's vocabulary keeps them as typed)
    assert _intent("what's her value add?") == "pitch"
    assert _intent("why should we take a chance on him?") == "pitch"
    assert _intent("what makes her tick?") is None
    assert _intent("is she worth the salary she asks?") is None


@pytest.mark.parametrize(
    "question",
    ["what is her standout project?", "which project best shows her skills?", "what's her top project?"],
)
def test_a_standout_project_is_the_one_of_most_standing(question: str) -> None:
    answer = compose(question, PORTFOLIO, INDEX)
    assert answer.answered
    assert "Lumipallo" in answer.text and "listed as Expert" not in answer.text


def test_the_coolest_thing_done_is_the_case_without_a_topic_read_into_work() -> None:
    answer = compose("what's the coolest thing she's worked on?", PORTFOLIO, INDEX)
    assert answer.answered and answer.text.startswith("Here's the case")
    assert "On what you asked" not in answer.text


def test_what_she_does_is_her_current_job() -> None:
    answer = compose("what does she do for a living?", PORTFOLIO, INDEX)
    assert answer.answered and "Kivi Pay" in answer.text
