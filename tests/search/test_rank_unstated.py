"""A rank asked ("what rank did he reach in the army?") of a portfolio that states none is unstated,
wherever the service it is asked of is said."""

from __future__ import annotations

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.search.attributes import asked_attribute
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _index(summary: str) -> SearchIndex:
    resume, problems = parse_resume(
        {
            "basics": {"name": "Aapo Rinne", "label": "Backend developer", "summary": summary},
            "work": [{"name": "Lumo Freight", "position": "Backend Developer", "startDate": "2021-02"}],
        },
        "owner.resume.json",
    )
    assert resume is not None, problems
    return SearchIndex.build(chunk_portfolio(Portfolio(resume=resume)))


def test_a_rank_no_passage_states_is_unstated() -> None:
    index = _index("Finnish citizen. I did my conscript service in the Finnish Navy in 2019 and 2020.")
    assert asked_attribute("What rank did he reach in the navy?") == "rank"
    assert index.unstated("What rank did he reach in the navy?")
    assert not index.unstated("Did he do military service?")


def test_a_rank_stated_anywhere_answers() -> None:
    index = _index("Finnish citizen. I left the Finnish Navy reserve as a sub-lieutenant in 2020.")
    assert not index.unstated("What rank did he reach in the navy?")
    # "rank her projects" asks an order, not a rank held
    assert asked_attribute("rank her projects by popularity") != "rank"
