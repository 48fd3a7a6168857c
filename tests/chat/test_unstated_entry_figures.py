"""A figure asked of one thing the portfolio has - how an API performs, how an app is rated, what a
ranking paid, how many people came to a talk - is not answered with the thing's other figures when it
states none of the kind asked: the reply says the portfolio does not say. Asked of a thing that does
state it, the figure is answered."""

from __future__ import annotations

from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.content.model import (
    Award,
    Basics,
    Location,
    PartialDate,
    Portfolio,
    Publication,
    Resume,
    ResumeProject,
    Work,
)
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.fact_kinds import _CURRENCY, asked_fact
from heyfolio.search.figures import asked_measure, mentioned_names, states_measure
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


# A fictional backend engineer in Tartu: none of these words come from a question set.
RESUME = Resume(
    basics=Basics(
        name="Liis Tamm",
        label="Backend Engineer",
        summary="Backend engineer in Tartu building booking systems.",
        location=Location(city="Tartu", country_code="EE"),
    ),
    work=(
        Work(
            name="Hõbe Travel",
            position="Senior Backend Engineer",
            start_date=_date("2021-05"),
            summary="Ferry and bus booking for the Baltic states.",
            highlights=(
                "Kept the booking API at 99.96% availability through two summer peaks.",
                "Moved 30 services from VMs to Kubernetes.",
            ),
        ),
        Work(
            name="Vares Freelance",
            position="Freelance Developer",
            start_date=_date("2018-01"),
            end_date=_date("2021-04"),
            summary="Contracts for small shops.",
            highlights=("Placed in the Kodukood top 20 bug hunters for 2020.",),
        ),
    ),
    projects=(
        ResumeProject(
            name="sadamkell",
            description="An iPhone app with ferry departure times for the Estonian islands.",
            highlights=("12,000 downloads, rated 4.6 on the App Store.",),
        ),
        ResumeProject(
            name="paatlog",
            description="An open-source Rust library for parsing ship AIS logs.",
            highlights=("800 GitHub stars.",),
        ),
    ),
    awards=(
        Award(
            title="Kodukood Top 20 Hunter",
            date=_date("2020-12"),
            awarder="Kodukood",
            summary="Ranked 14th of 2,000 researchers on the platform.",
        ),
        Award(
            title="Best Bug 2019",
            date=_date("2019-11"),
            awarder="Emajõe Bank bounty program",
            summary="EUR 8,000 bounty for an account takeover.",
        ),
    ),
    publications=(
        Publication(
            name="Booking seats without locks",
            publisher="Baltic Backend Days 2024 (talk)",
            release_date=_date("2024-05"),
            summary="Optimistic concurrency for seat maps.",
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def test_a_latency_the_employer_never_states_is_not_answered_by_its_availability() -> None:
    answer = ask("What was the p95 latency of the Hõbe Travel booking API?")
    assert not answer.answered and "99.96%" not in answer.text


def test_a_rating_asked_as_what_it_is_rated_is_a_rating() -> None:
    assert asked_measure("What's sadamkell rated on the App Store?") == "rating"
    assert ask("What's sadamkell rated on the App Store?").answered
    assert not ask("What's paatlog rated on the App Store?").answered


def test_github_stars_are_no_rating() -> None:
    assert not states_measure(["800 GitHub stars."], "rating")
    assert states_measure(["4.8 stars from 900 ratings"], "rating")


def test_the_owners_possessive_is_no_part_of_a_name() -> None:
    owner = {"liis", "tamm"}.__contains__
    assert mentioned_names("How many people came to Liis's Baltic Backend Days talk?", owner) == [
        "Baltic Backend Days"
    ]


def test_a_ranking_names_no_superlative_and_a_sum_no_passage_of_it_states_is_not_given() -> None:
    answer = ask("How much prize money came with the Kodukood top 20 ranking?")
    assert not answer.answered and "8,000" not in answer.text
    assert "8,000" in ask("How much was the bounty from the Emajõe Bank program?").text


def test_won_is_a_verb_unless_a_figure_comes_before_it() -> None:
    answer = ask("What prize money did Liis win at Kodukood?")
    assert not answer.answered
    assert asked_fact("What prize money did she win at the hackathon?") is not None
    assert not _CURRENCY.search("Won the city hackathon in 2019")
    assert _CURRENCY.search("a prize of 3 million won")
