"""A sentence of the owner's is quoted once in a reply, though several passages drawn from it rank."""

from __future__ import annotations

from heyfolio.chat.offline import compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex

LOGISTICS = (
    "Based in Gdynia; I am looking for remote work in European time zones, I am not relocating, "
    "and my notice period is one month."
)


def test_the_summary_sentence_two_screening_passages_share_is_quoted_once() -> None:
    resume = Resume(
        basics=Basics(
            name="Ola Nowak",
            label="Data engineer",
            summary=f"Data engineer with six years in shipping. {LOGISTICS}",
        ),
        work=(
            Work(name="Bałtyk Data", position="Data Engineer", start_date=PartialDate("2020-01", 2020, 1)),
        ),
    )
    portfolio = Portfolio(resume=resume)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose("notice period + open to relocating?", portfolio, index, first_offline_answer=False)
    assert answer.text.count("my notice period is one month") == 1
    assert len(answer.cited) == len(answer.shown) == answer.text.count("[")


def test_a_longer_quote_around_a_sentence_already_quoted_is_not_listed_again() -> None:
    """ "... before moving into software in 2020. I am looking for ...": the lead quoted the first sentence."""
    from tests.chat.test_probe_chef import OWNER

    answer = OWNER.ask("How many years was he a chef?")
    assert answer.answered
    assert answer.text.count("before moving into software in 2020") == 1
    assert "11 years and 7 months" in answer.text  # the time in kitchens, which the quote leads
