"""A career change asked as what the owner was before the trade ("what did she do before she was a
developer?", "before he started coding?") is a question about the career before the switch; a rank
("before she was a senior engineer") or an employer ("before she was at Halvard?") is not."""

from __future__ import annotations

import pytest

from heyfolio.search.career import read_career


@pytest.mark.parametrize(
    "question",
    [
        "what did she do before she was a developer",
        "What did Ines do before she was a software engineer?",
        "what did he do before being an engineer",
        "What was her job before she started coding?",
        "before he began programming, what did he work as?",
    ],
)
def test_the_trade_before_the_switch_is_a_career_question(question: str) -> None:
    assert read_career(question) == "before"


@pytest.mark.parametrize(
    "question",
    [
        "Before she was a senior engineer, where did she work?",
        "what was he doing before he was a lead developer?",
        "What did she do before she was at Halvard?",
    ],
)
def test_a_rank_or_an_employer_is_no_career_change(question: str) -> None:
    assert read_career(question) != "before"
