"""A count of the people the owner hired, mentored or taught ("how many people did she hire at
<employer>?") is answered only by a sentence saying she did it: the employer's other figures (its
analysts, its users) and a job title naming engineers are not the people she hired."""

from __future__ import annotations

import pytest

from heyfolio.chat.counting import count_evidence, read_count, states_count
from heyfolio.chat.offline import compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.index import SearchIndex


def _chunk(text: str, title: str = "Data Engineer at Ferry") -> Chunk:
    return Chunk(id="profile#work/0", uri="portfolio://profile#work/0", kind="work", title=title, text=text)


@pytest.mark.parametrize(
    ("question", "acted"),
    [
        ("How many people has she hired at Ferry?", "hire"),
        ("How many engineers did he mentor?", "mentor"),
        ("How many students did she teach as a TA?", "teach"),
        ("How many annotators did she train?", "teach"),
        ("How many people use the ferry app?", ""),
    ],
)
def test_what_she_did_to_the_people_counted(question: str, acted: str) -> None:
    count = read_count(question)
    assert count is not None and count.acted == acted


def test_only_a_sentence_saying_she_did_it_answers() -> None:
    count = read_count("How many people has she hired at Ferry?")
    assert count is not None
    job = _chunk("Own the dbt project used by 60 analysts.\n- Cut the bill by 40%.")
    assert not count_evidence(count, [job]) and not states_count(count, [job])
    hired = _chunk("Grew the team from three to seven engineers; hired five people.")
    [found] = count_evidence(count, [hired])
    assert "hired five people" in found.sentence
    taught = read_count("How many students did she teach?")
    assert taught is not None
    [lab] = count_evidence(
        taught, [_chunk("Led weekly labs for about 180 students a term.", "Teaching Assistant at Uni")]
    )
    assert "180 students" in lab.sentence


def test_an_employer_whose_lines_never_say_she_hired_is_not_answered() -> None:
    resume = Resume(
        basics=Basics(name="Ines Duarte", label="Staff Engineer", summary="Staff data engineer."),
        work=(
            Work(
                name="Ferry Co",
                position="Staff Data Engineer",
                start_date=PartialDate("2022-01", 2022, 1),
                summary="Staff engineer for the data platform; no direct reports.",
                highlights=(
                    "Own the dbt project of 900 models used by 60 analysts.",
                    "Open-sourced a lag tool with 1,400 GitHub stars.",
                ),
            ),
            Work(
                name="Harbour Ltd",
                position="Engineering Manager",
                start_date=PartialDate("2019-01", 2019, 1),
                end_date=PartialDate("2021-12", 2021, 12),
                highlights=("Grew the team from three to seven engineers; hired five people.",),
            ),
        ),
    )
    portfolio = Portfolio(resume=resume)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose(
        "How many people has she hired at Ferry Co?", portfolio, index, first_offline_answer=False
    )
    assert not answer.answered
    answer = compose(
        "How many people did she hire at Harbour Ltd?", portfolio, index, first_offline_answer=False
    )
    assert answer.answered and "five" in answer.text
