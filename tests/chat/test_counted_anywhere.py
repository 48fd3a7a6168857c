""" "How many papers?" is counted wherever the portfolio states it, and the owner's sentence is quoted whole."""

from __future__ import annotations

from heyfolio.chat.offline import OfflineAnswer, _whole_sentence, compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Publication, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(name="Ana Ruiz", label="Research engineer", summary="Research engineer in Valencia."),
    work=(
        Work(
            name="Instituto Levante",
            position="Doctoral Researcher",
            start_date=_date("2015-10-01"),
            end_date=_date("2019-09-30"),
            summary="PhD research on crop models.",
            highlights=("Wrote 7 journal papers, 2 as first author; about 300 citations in total.",),
        ),
    ),
    publications=tuple(
        Publication(
            name=f"Paper on {t}", publisher="Journal of Agronomy", summary=f"A published paper on {t}."
        )
        for t in ("crop models", "irrigation", "soil moisture", "yield forecasts", "drought")
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def test_a_count_of_a_thing_the_portfolio_has_is_found_in_a_job_entry() -> None:
    answer = ask("how many papers has she published?")
    assert answer.answered and "7 journal papers" in answer.text


def test_a_count_of_a_thing_the_portfolio_never_names_is_not_answered() -> None:
    assert not ask("how many patents does she hold?").answered


def test_a_counted_clause_is_quoted_in_its_whole_sentence() -> None:
    text = "Led the lab.\n- Wrote 7 journal papers, 2 as first author; about 300 citations in total."
    whole = _whole_sentence(text, "Wrote 7 journal papers, 2 as first author;")
    assert whole == "Wrote 7 journal papers, 2 as first author; about 300 citations in total."


def test_a_count_stated_in_a_job_is_found_though_search_ranks_the_publications() -> None:
    from pathlib import Path

    from heyfolio.content.loader import load_portfolio

    owner = load_portfolio(
        Path(__file__).resolve().parents[2] / "bench" / "owners" / "research-owner.resume.json"
    )
    index = SearchIndex.build(chunk_portfolio(owner))
    answer = compose("how many papers does she have?", owner, index, first_offline_answer=False)
    assert answer.answered and "9 peer-reviewed papers" in answer.text
