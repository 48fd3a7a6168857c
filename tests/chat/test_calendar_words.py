"""A month or weekday in a question is a time, not a name the portfolio lacks."""

from __future__ import annotations

from heyfolio.chat.offline import compose
from heyfolio.content.model import Basics, Portfolio, Resume
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import parse_query

PORTFOLIO = Portfolio(
    resume=Resume(
        basics=Basics(
            name="Tomasz Wrona",
            label="Platform Engineer",
            summary="Platform engineer in Gdańsk running Kubernetes for a retailer. Notice period: one month.",
        )
    )
)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def test_a_capitalised_month_is_not_read_as_a_name() -> None:
    groups = parse_query("Could he start in October?", lambda _t: False)
    assert not any(g.name for g in groups)
    assert any(g.name for g in parse_query("Does he know Elixir?", lambda _t: False))


def test_a_start_asked_for_a_month_gets_the_notice_period() -> None:
    for question in ("Could Tomasz start in February?", "When could he join if he signs on a Monday?"):
        answer = compose(question, PORTFOLIO, INDEX, first_offline_answer=False)
        assert answer.answered and answer.cited, question
        assert "one month" in answer.text
