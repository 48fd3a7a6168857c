"""A pitch keeps the result the owner lists first for the current role (the scale of what they
run), beside the results that state more figures. The owner is made up for this test."""

from __future__ import annotations

from heyfolio.chat.offline import compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex

RESUME = Resume(
    basics=Basics(
        name="Eira Holm", label="Data Engineer", summary="Data engineer who keeps pipelines boring."
    ),
    work=(
        Work(
            name="Fjord Pay",
            position="Staff Data Engineer",
            start_date=PartialDate("2022-01", 2022, 1),
            highlights=(
                "Designed the ledger stream that carries 9,000 payment events per second.",
                "Cut the warehouse bill from €50,000 to €30,000 a month (40%).",
                "Reduced failed nightly loads from 12 to 1 a quarter.",
            ),
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def test_the_first_listed_result_stays_in_the_case_beside_the_cuts() -> None:
    answer = compose("why should we hire her?", PORTFOLIO, INDEX)
    assert answer.answered
    assert "9,000 payment events" in answer.text and "€50,000" in answer.text
