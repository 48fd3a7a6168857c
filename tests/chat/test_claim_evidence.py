"""A claim in the owner's summary is shown with the job that bears it out, though it shares fewer words."""

from __future__ import annotations

from heyfolio.chat.offline import _entry_evidence
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import Hit, SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(
        name="Rui Sato",
        label="Backend engineer",
        summary="Backend engineer in Osaka. These days I ship production Elixir services every week.",
    ),
    work=(
        Work(
            name="Kaigan Logistics",
            position="Senior Backend Engineer",
            start_date=_date("2022-01-01"),
            summary="Owns the dispatch platform.",
            highlights=(
                "Rewrote the dispatch gateway in Elixir, now handling 9,000 requests a second.",
                "Mentored three engineers.",
            ),
        ),
        Work(
            name="Hoshi Games",
            position="Backend Engineer",
            start_date=_date("2018-04-01"),
            end_date=_date("2021-12-31"),
            summary="Built leaderboards in Go.",
        ),
    ),
)
INDEX = SearchIndex.build(chunk_portfolio(Portfolio(resume=RESUME)))


def _hit(ident: str) -> Hit:
    chunk = next(c for c in INDEX.chunks if c.id == ident)
    return Hit(chunk, 1.0, chunk.text[:200])


def test_a_summary_claim_is_shown_with_the_job_that_bears_it_out() -> None:
    added = _entry_evidence(INDEX, [_hit("profile#basics")], "what Elixir has he shipped?", INDEX.rarity)
    assert [h.chunk.id for h in added] == ["profile#work/0"]


def test_a_job_already_shown_needs_no_second_one() -> None:
    chosen = [_hit("profile#basics"), _hit("profile#work/1")]
    assert _entry_evidence(INDEX, chosen, "what Elixir has he shipped?", INDEX.rarity) == []
