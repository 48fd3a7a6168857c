"""Where the owner has spoken is the talks the résumé lists (even one), never the languages spoken;
"has he spoken or written anything?" lists every publication; "the most impressive thing she has
shipped" asks for the case made by her results. The owners are made up for these tests (a Tallinn
platform engineer with one conference talk and a blog post; a Valparaíso backend developer with no
talks at all)."""

from __future__ import annotations

from dataclasses import replace

from heyfolio.chat.offline import compose
from heyfolio.chat.section_list import asks_talks, whole_section
from heyfolio.content.model import (
    Basics,
    Language,
    PartialDate,
    Portfolio,
    Publication,
    Resume,
    Volunteer,
    Work,
)
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


SPEAKER = Resume(
    basics=Basics(
        name="Kadri Tamm",
        label="Platform Engineer",
        summary="Platform engineer in Tallinn who keeps build farms fast and cheap.",
    ),
    work=(
        Work(
            name="Saaremaa Logistics",
            position="Senior Platform Engineer",
            start_date=_date("2021-05"),
            highlights=(
                "Cut CI build times from 41 minutes to 9 minutes by caching container layers.",
                "Moved 60 services onto Nomad with zero downtime.",
            ),
        ),
    ),
    publications=(
        Publication(
            name="Caching layers, not hopes",
            publisher="Baltic DevOps Days 2025 (talk)",
            release_date=_date("2025-03"),
            summary="Conference talk on remote build caches.",
        ),
        Publication(
            name="Why our builds got slow", publisher="Saaremaa tech blog", release_date=_date("2023-06")
        ),
    ),
    languages=(Language("Estonian", "Native"), Language("English", "Fluent"), Language("Finnish", "Basic")),
)

QUIET = Resume(
    basics=Basics(name="Tomás Rivas", label="Backend Developer", summary="Backend developer in Valparaíso."),
    work=(
        Work(
            name="Puerto Datos",
            position="Backend Developer",
            start_date=_date("2022-01"),
            highlights=("Built the port-call billing API in Go, serving 300 requests per second.",),
        ),
    ),
    languages=(Language("Spanish", "Native"), Language("English", "Professional")),
)


def _answer(resume: Resume, question: str) -> str:
    portfolio = Portfolio(resume=resume)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    return compose(question, portfolio, index, first_offline_answer=False).text


def test_a_talk_asked_is_a_talk_and_a_language_asked_is_a_language() -> None:
    assert asks_talks("Where has she spoken?")
    assert asks_talks("Has he spoken at conferences?")
    assert asks_talks("Does she give talks?")
    assert not asks_talks("Does she speak Finnish?")
    assert not asks_talks("Which languages has she spoken since childhood?")


def test_where_she_has_spoken_is_her_one_talk_not_her_languages() -> None:
    chunks = chunk_portfolio(Portfolio(resume=SPEAKER))
    said = " ".join(
        s.text for s in whole_section("Where has Kadri spoken?", chunks, "Kadri", ["Kadri", "Tamm"])
    )
    assert said.startswith("Kadri's résumé lists one talk:") and "Baltic DevOps Days 2025" in said
    assert "Why our builds got slow" not in said
    reply = _answer(SPEAKER, "Where has Kadri spoken?")
    assert "Baltic DevOps Days 2025" in reply
    assert "Estonian" not in reply and "Languages spoken" not in reply


def test_spoken_or_written_anything_lists_every_publication() -> None:
    reply = _answer(SPEAKER, "Has she spoken at conferences or written anything?")
    assert "Caching layers, not hopes" in reply and "Why our builds got slow" in reply


def test_no_talks_listed_is_not_answered_with_the_languages() -> None:
    reply = _answer(QUIET, "Where has Tomás spoken?")
    assert "Spanish" not in reply and "Languages spoken" not in reply
    # a language asked with the same verb is still the language
    assert "Spanish" in _answer(QUIET, "Does he speak Spanish?")


def test_the_most_impressive_thing_shipped_is_the_case_her_results_make() -> None:
    reply = _answer(SPEAKER, "What's the most impressive thing she has shipped at work?")
    assert reply.startswith("Here's the case the portfolio makes:")
    assert "41 minutes to 9 minutes" in reply


def test_no_talk_anywhere_is_said_plainly_not_stood_in_for_by_a_conference_attended() -> None:
    helper = replace(
        QUIET,
        volunteer=(
            Volunteer(
                organization="PyCon Chile 2024",
                position="Volunteer",
                summary="Ran the registration desk and recorded three talks for the conference channel.",
            ),
        ),
    )
    for question in ("Where has Tomás spoken?", "Has he given any talks?", "any public speaking?"):
        reply = _answer(helper, question)
        assert reply.startswith("The portfolio doesn't list any talk Tomás has given"), question
    # a talk written only in a job's highlight still answers
    speaker = replace(
        QUIET,
        work=(replace(QUIET.work[0], highlights=("Spoke at GopherCon Chile 2024 about billing APIs.",)),),
    )
    assert "GopherCon Chile 2024" in _answer(speaker, "Where has Tomás spoken?")
