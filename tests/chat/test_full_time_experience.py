""" "How much full-time experience does she have?": the span of the jobs held full-time, each named with
its dates, internships and part-time roles left out (``offline._career`` with ``full_time``)."""

from __future__ import annotations

import pytest

from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.chat.qualified_jobs import asks_full_time, side_job
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(
        name="Tove-Lin Arnesen",
        label="Backend engineer",
        summary="Backend engineer in Bergen, a year and a half into my first full-time job at Fjordkart.",
    ),
    work=(
        Work(
            name="Fjordkart",
            position="Junior Backend Engineer",
            start_date=_date("2025-05-05"),
            summary="Builds Go services for ferry ticketing.",
        ),
        Work(
            name="Kystdata",
            position="Data Engineering Intern",
            start_date=_date("2024-06-01"),
            end_date=_date("2024-08-30"),
            summary="Cleaned harbour sensor data.",
        ),
        Work(
            name="Bergen Polytechnic",
            position="Teaching Assistant, Databases (part-time)",
            start_date=_date("2023-09-01"),
            end_date=_date("2024-05-31"),
            summary="Ran database labs.",
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


@pytest.mark.parametrize(
    "question",
    [
        "How much full-time professional experience does Tove-Lin have?",
        "How many years of full-time experience does she have?",
        "how much full time experience does she have",
    ],
)
def test_full_time_experience_counts_only_the_jobs_held_full_time(question: str) -> None:
    answer = ask(question)
    assert answer.answered
    assert "runs from 2025-05 " in answer.text and "Junior Backend Engineer at Fjordkart" in answer.text
    assert "internships and part-time roles left out" in answer.text
    assert "2023-09" not in answer.text.split("own words")[-1]  # the teaching assistant's post is not counted


def test_years_of_experience_unqualified_still_span_the_whole_history() -> None:
    answer = ask("How many years of experience does she have?")
    assert "runs from 2023-09 " in answer.text and "left out" not in answer.text


def test_side_jobs_and_the_full_time_qualifier() -> None:
    assert side_job("Data Engineering Intern at Kystdata (2024-06-01 – 2024-08-30)")
    assert side_job("Teaching Assistant, Databases (part-time)")
    assert not side_job("Contract Software Developer (six-month contract)")
    assert asks_full_time("any full-time experience?") and asks_full_time("her first permanent job")
    assert not asks_full_time("how much experience does she have?")
