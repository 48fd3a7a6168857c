""" "Where did his career start?" asks for the oldest job as "what was his first job?" does, and a chat
tail after a question ("so what does he actually do lol") is no word of it: left in, the speller read
"lol" as a content word and the question lost its reading. The owner is made up for these tests."""

from __future__ import annotations

from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chatter import without_chatter
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.understand import read_superlative


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(
        name="Tomasz Brenner",
        label="Site reliability lead",
        summary="Site reliability lead in Gdańsk who began as a field technician for wind turbines.",
    ),
    work=(
        Work(
            name="Bałtyk Cloud",
            position="Site Reliability Lead",
            start_date=_date("2021-05"),
            highlights=("Cut paging volume by 60% in a year.",),
        ),
        Work(
            name="Morska Logistics",
            position="DevOps Engineer",
            start_date=_date("2017-02"),
            end_date=_date("2021-04"),
            highlights=("Moved the warehouse system to containers.",),
        ),
        Work(
            name="Wiatrak Serwis",
            position="Field Technician",
            start_date=_date("2012-09"),
            end_date=_date("2017-01"),
            highlights=("Serviced 40 offshore turbines a season.",),
        ),
    ),
)
INDEX = SearchIndex.build(chunk_portfolio(Portfolio(resume=RESUME)))


def test_a_careers_start_is_its_oldest_job() -> None:
    for question in (
        "Where did his career start?",
        "how did his career begin?",
        "when did his career kick off?",
    ):
        sup = read_superlative(question)
        assert sup is not None and sup.order == "oldest" and "work" in sup.kinds, question
    assert INDEX.search("Where did his career start?", 5)[0].chunk.id == "profile#work/2"


def test_a_start_date_is_no_career_start() -> None:
    assert read_superlative("when could he start?") is None


def test_a_laugh_or_chat_tag_after_the_question_is_taken_off() -> None:
    assert without_chatter("so what does he actually do lol") == "so what does he actually do"
    assert without_chatter("is he any good tbh?") == "is he any good"
    assert without_chatter("what's his stack haha") == "what's his stack"
    # a word inside the question stays
    assert without_chatter("does he know LOLCODE?") == "does he know LOLCODE?"


def test_the_occupation_asked_with_a_laugh_is_the_current_job() -> None:
    assert INDEX.search("so what does tomasz actually do lol", 5)[0].chunk.id == "profile#work/0"
