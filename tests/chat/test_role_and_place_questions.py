""" "How long has she been an engineering manager?" asks a role's span, not the career; "abroad" asks where."""

from __future__ import annotations

from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(name="Edda Holm", label="Engineering Manager", summary="Engineering manager in Aarhus."),
    work=(
        Work(
            name="Vindkraft Data",
            position="Engineering Manager",
            location="Aarhus, Denmark",
            start_date=_date("2021-03-01"),
            summary="Manage the forecasting team of nine engineers.",
        ),
        Work(
            name="Polar Sensing",
            position="Software Engineer",
            location="Tromsø, Norway",
            start_date=_date("2014-08-01"),
            end_date=_date("2021-02-28"),
            summary="Worked abroad on satellite ingestion services in Go.",
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def test_how_long_in_a_role_named_by_a_longer_title_is_that_roles_span() -> None:
    text = ask("How long has she been an engineering manager?").text
    assert "Engineering Manager at Vindkraft Data:" in text and "(2021-03 – present)" in text
    assert "work history runs from" not in text  # not the whole career


def test_how_long_as_an_engineer_is_still_the_career() -> None:
    assert "work history runs from 2014-08" in ask("how long has she been an engineer?").text


def test_working_abroad_is_answered_with_the_place_of_the_job() -> None:
    answer = ask("did she ever work abroad?")
    assert answer.answered and "Based in Tromsø, Norway." in answer.text
