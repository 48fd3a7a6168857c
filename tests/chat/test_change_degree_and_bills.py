"""A degree of change asked by its comparative ("how much snappier did she make the price quotes?") is a
measured result, not a price; a bill cut is money ("the biggest cloud bill reduction for a client")."""

from __future__ import annotations

from typing import Any

from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.search.attributes import asked_attribute
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.fact_kinds import asked_fact
from heyfolio.search.index import SearchIndex

RESUME: dict[str, Any] = {
    "basics": {
        "name": "Marta Ilves",
        "label": "Backend consultant",
        "summary": "Backend consultant in Tartu.",
    },
    "work": [
        {
            "name": "Kaubaveo OÜ",
            "position": "Contract Backend Engineer",
            "startDate": "2023-02",
            "summary": "Client engagement for a road-haulage broker.",
            "highlights": [
                "Rewrote the haulage price quote service in Rust, cutting p99 quote latency from 640 ms to 80 ms.",
                "Cut the monthly cloud bill from €12,400 to €5,100 by moving batch jobs off an always-on cluster.",
            ],
        },
        {
            "name": "Tartu Genome Lab",
            "position": "Research Software Engineer",
            "startDate": "2018-09",
            "endDate": "2022-12",
            "highlights": ["Cut the lab's storage use by 45% by deduplicating sequencing runs."],
        },
    ],
}
_resume, _problems = parse_resume(RESUME, "probe.resume.json")
assert _resume is not None, _problems
PORTFOLIO = Portfolio(resume=_resume)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def _ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def test_how_much_faster_asks_no_price_or_sum() -> None:
    for asked in (
        "How much snappier did she make the haulage price quotes?",
        "how much faster did the price engine get?",
        "How much smaller did the pricing bundle get?",
    ):
        assert asked_attribute(asked) is None, asked
        assert asked_fact(asked) is None, asked
    # a comparative of money and a price asked outright still are
    assert asked_fact("How much cheaper did the cloud bill get?") is not None
    assert asked_attribute("What was the price of the contract?") == "price"


def test_a_speedup_of_price_quotes_is_answered_with_its_figures() -> None:
    answer = _ask("How much snappier did she make the haulage price quotes?")
    assert answer.answered and "640 ms to 80 ms" in answer.text


def test_a_bill_reduction_ranks_the_sums_of_money() -> None:
    answer = _ask("What's the biggest cloud bill reduction she's pulled off for a client?")
    assert answer.answered and "€12,400 to €5,100" in answer.text
