"""When the owner could start, asked in any words ("can she start next month?", "how long till she can
join?"), is answered by the passage stating her notice, wherever search ranked it among what it found:
not by a reading group she "started", nor by how long a job or a volunteering lasted (a "how long" that
asks a wait, not a duration). The owner is made up for the test."""

from __future__ import annotations

import dataclasses

import pytest

from heyfolio.chat.offline import compose
from heyfolio.chat.screening import asked_topic
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Volunteer, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-"))
    return PartialDate(raw, year, month)


PORTFOLIO = Portfolio(
    resume=Resume(
        basics=Basics(
            name="Aino Virtanen",
            label="Machine Learning Engineer",
            summary="Machine learning engineer in Tampere working on speech models. Notice period: eight weeks.",
        ),
        work=(
            Work(
                name="Kuulo Labs",
                position="Machine Learning Engineer",
                start_date=_date("2021-03"),
                summary="Trains and ships speech recognition models for call centres.",
                highlights=("Started the team's evaluation harness of 900 annotated calls.",),
            ),
        ),
        volunteer=(
            Volunteer(
                organization="Tampere ML Club",
                position="Organiser",
                start_date=_date("2019-02"),
                summary="Monthly reading group on machine-learning papers.",
                highlights=("Started a beginners' track next to the main sessions each month.",),
            ),
        ),
    )
)


@pytest.mark.parametrize(
    "question",
    ["Can she start next month?", "how long until she can join?", "How long before she could start?"],
)
def test_when_she_could_start_is_answered_by_her_notice(question: str) -> None:
    assert asked_topic(question) == "notice"
    index = SearchIndex.build(chunk_portfolio(PORTFOLIO))
    answer = compose(question, PORTFOLIO, index, first_offline_answer=False)
    lead = answer.text.split("\n\n", 1)[0]
    assert answer.answered and answer.cited and "eight weeks" in lead
    assert "years and" not in lead and "months (" not in lead


def test_how_long_a_stay_lasted_is_still_a_duration() -> None:
    assert asked_topic("How long has she been at Kuulo Labs?") is None


def test_work_she_is_available_for_is_not_led_by_her_notice() -> None:
    resume = PORTFOLIO.resume
    basics = dataclasses.replace(
        resume.basics, summary=f"{resume.basics.summary} Open to fully remote roles in European time zones."
    )
    portfolio = Portfolio(resume=dataclasses.replace(resume, basics=basics))
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose("Is she available for remote work?", portfolio, index, first_offline_answer=False)
    assert "remote" in answer.text.split("\n\n", 1)[0]
