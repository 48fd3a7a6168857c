""" "How senior is she?" is answered from the titles the résumé dates, the current one first."""

from __future__ import annotations

import pytest

from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.chat.seniority import seniority_reply
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(
        name="Dalia Ferreira",
        label="Principal Engineer, search infrastructure",
        summary="Search engineer in Porto with fourteen years of building ranking systems. I like small teams.",
    ),
    work=(
        Work(
            name="Lumen Books",
            position="Senior Engineer",
            start_date=_date("2014-02"),
            end_date=_date("2019-06"),
            summary="Senior engineer on the catalogue search team.",
        ),
        Work(
            name="Vela Search",
            position="Principal Engineer",
            start_date=_date("2022-01"),
            summary="Sets the technical direction for three search teams.",
        ),
        Work(
            name="Career break",
            position="Parental leave",
            start_date=_date("2021-03"),
            end_date=_date("2021-12"),
        ),
        Work(
            name="Vela Search",
            position="Staff Engineer",
            start_date=_date("2019-07"),
            end_date=_date("2021-02"),
            summary="Led the query-understanding rewrite.",
        ),
        Work(
            name="Orbit Labs", position="Advisor", start_date=_date("2024-05"), summary="Advises on search."
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))
ENDED = Resume(
    basics=Basics(
        name="Tom Ashby", label="Data engineer", summary="Data engineer who likes boring pipelines."
    ),
    work=(
        Work(
            name="Quarry",
            position="Junior Data Engineer",
            start_date=_date("2015-01"),
            end_date=_date("2017-01"),
        ),
        Work(name="Sluice", position="Data Engineer", start_date=_date("2017-02"), end_date=_date("2020-01")),
    ),
)
ENDED_INDEX = SearchIndex.build(chunk_portfolio(Portfolio(resume=ENDED)))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


@pytest.mark.parametrize(
    "question",
    [
        "How senior is she?",
        "what's her seniority?",
        "What level is Dalia at?",
        "junior or senior?",
        "Is she senior?",
    ],
)
def test_seniority_is_the_current_titles_then_the_ones_before_and_the_stated_years(question: str) -> None:
    answer = ask(question)
    text = answer.text
    assert answer.answered
    assert text.index("Principal Engineer at Vela Search (since 2022-01)") < text.index(
        "Staff Engineer at Vela"
    )
    assert "Advisor at Orbit Labs" in text  # two current roles, both said
    assert "Parental leave" not in text  # a break is not a title
    assert "fourteen years of building ranking systems" in text
    assert answer.shown[0] == "portfolio://profile#work/1"  # the main job leads the advisory one


def test_without_a_current_job_the_most_recent_title_leads() -> None:
    said = seniority_reply("how senior is he", ENDED, ENDED_INDEX.get, "Tom")
    assert said is not None
    assert said[0].text == "Tom's most recent role: Data Engineer at Sluice (2017-02 – 2020-01)."
    assert said[-1].text == "Tom's headline: Data engineer."  # no sentence of years: the label


def test_an_employer_named_scopes_the_titles_to_it() -> None:
    said = seniority_reply("How senior was she at Lumen Books?", RESUME, INDEX.get, "Dalia")
    assert said is not None and [s.text for s in said] == [
        "Dalia's title at Lumen Books: Senior Engineer (2014-02 – 2019-06)."
    ]


@pytest.mark.parametrize(
    "question", ["what level is her German?", "what level of Python does she have?", "Is she senior to Tom?"]
)
def test_the_level_of_a_skill_or_language_is_not_seniority(question: str) -> None:
    assert seniority_reply(question, RESUME, INDEX.get, "Dalia") is None
