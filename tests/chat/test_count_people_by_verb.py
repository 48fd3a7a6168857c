"""A count of people narrowed by what they do: "how many people use the app?" counts its users or
downloads, not the engineers who build it; the sentence stating the number is said in the reply."""

from __future__ import annotations

import pytest

from heyfolio.chat.count_nouns import accepted_nouns, matches, verb_terms
from heyfolio.chat.counting import count_evidence, read_count
from heyfolio.chat.offline import compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import analyze


def test_use_is_read_though_the_index_drops_it() -> None:
    assert "use" in verb_terms("the app she uses")
    assert "use" in verb_terms("people using her library")
    assert "use" not in verb_terms("the user guide")


@pytest.mark.parametrize(
    "rest",
    ["use the ferry app she leads", "are using her library", "used the booking site last year"],
)
def test_people_who_use_a_thing_are_its_users_or_downloads(rest: str) -> None:
    people = accepted_nouns(analyze("people"), verb_terms(rest))
    assert matches("user", people) and matches("download", people)
    assert not matches("engin", people) and not matches("develop", people)


def test_people_with_no_verb_saying_what_they_do_are_any_people() -> None:
    people = accepted_nouns(analyze("people"), verb_terms("report to her"))
    assert matches("engin", people)


def _chunk(text: str) -> Chunk:
    return Chunk(
        id="profile#work/0", uri="portfolio://profile#work/0", kind="work", title="Lead at Ferry", text=text
    )


def test_the_users_figure_answers_and_the_team_figure_does_not() -> None:
    count = read_count("How many people use the ferry app she works on?")
    assert count is not None
    job = _chunk(
        "I lead seven engineers on the ferry app.\n- The ferry app has 800,000 downloads on both stores."
    )
    [found] = count_evidence(count, [job])
    assert "800,000 downloads" in found.sentence


def test_the_reply_says_the_sentence_with_the_number() -> None:
    resume = Resume(
        basics=Basics(name="Ines Duarte", label="Mobile Lead", summary="Mobile lead."),
        work=(
            Work(
                name="Ferry Co",
                position="Mobile Lead",
                start_date=PartialDate("2022-01", 2022, 1),
                summary="I lead seven mobile engineers on the ferry booking app and its crew app.",
                highlights=(
                    "Moved the ferry booking app to a new payment provider in three months.",
                    "The ferry booking app has 800,000 downloads across both stores.",
                ),
            ),
        ),
    )
    portfolio = Portfolio(resume=resume)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    for question in ("How many people use the ferry booking app?", "how many people are using her ferry app"):
        answer = compose(question, portfolio, index, first_offline_answer=False)
        assert answer.answered and answer.cited, question
        assert "800,000 downloads" in answer.text, question
