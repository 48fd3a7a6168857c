"""A why-question about the owner in a role, whatever the role's noun, or "why <owner>?" after the
visitor sets out a need, asks for the case the portfolio makes (a pitch), not for a passage."""

from __future__ import annotations

import pytest

from heyfolio.chat.offline import _intent, compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex

NAMES = ["Ines", "Duarte"]


@pytest.mark.parametrize(
    "question",
    [
        "We run a tiny clinic chain and our booking app is a mess. Why Ines?",
        "Our payments team has no tester. why her?",
        "Why would she be the right lead for that?",
        "why would Ines be a sensible first hire for our studio",
        "Why should he be our next head of platform?",
        "Why is she the best person to own this migration?",
        "why is Ines the ideal engineer here",
        "Why should we trust Ines to make our app usable for blind customers?",
        "What makes Ines a standout candidate for a compression team?",
        "what makes her the right fit for this?",
    ],
)
def test_a_why_question_about_the_owner_in_a_role_is_a_pitch(question: str) -> None:
    assert _intent(question, NAMES) == "pitch"


@pytest.mark.parametrize(
    "question",
    [
        "Why would she leave her job?",
        "why did Ines move to Lisbon?",
        "Why Rust?",
        "Why is she looking for a new role?",
        "why would the app work offline",
    ],
)
def test_other_why_questions_are_not_a_pitch(question: str) -> None:
    assert _intent(question, NAMES) != "pitch"


def test_the_case_made_for_a_need_brings_the_result_on_it() -> None:
    resume = Resume(
        basics=Basics(
            name="Ines Duarte", label="Mobile Engineer", summary="Mobile engineer who ships calm apps."
        ),
        work=(
            Work(
                name="Harbour Transit",
                position="Mobile Lead",
                start_date=PartialDate("2021-01", 2021, 1),
                highlights=(
                    "Led a squad of five engineers.",
                    "Built ticket checks that work underground with no signal; failed inspections fell by 60%.",
                ),
            ),
        ),
    )
    portfolio = Portfolio(resume=resume)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    question = (
        "Our riders lose signal in the tunnels and tickets fail. Why would Ines be the right lead for that?"
    )
    answer = compose(question, portfolio, index, first_offline_answer=False)
    assert answer.answered and answer.cited
    assert "underground with no signal" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Why should we trust the benchmark numbers?",
        "What makes the app fast?",
        "what makes her code readable?",
    ],
)
def test_trust_and_what_makes_without_the_owner_as_a_candidate_are_no_pitch(question: str) -> None:
    assert _intent(question, NAMES) is None
