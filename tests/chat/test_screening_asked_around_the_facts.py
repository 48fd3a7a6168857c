"""Screening questions asked around the owner's words: "how soon could she join?" finds the notice
period the FAQ states though it never says "join"; "would she take a hybrid job in Stuttgart?" of an
owner open to hybrid work in another city is not hers to judge for her: refused as a permit for an
unnamed country is, but with her words on where she works as the closest fact; "the numbers that would convince a CTO to hire her" is the
case for her, in figures. The owner is made up for these tests."""

from __future__ import annotations

from heyfolio.chat.offline import compose
from heyfolio.content.model import Basics, Faq, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.understand import read_pitch


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


WORK = (
    Work(
        name="Lindqvist Robotics",
        position="Embedded Lead",
        start_date=_date("2020-03"),
        highlights=(
            "Shipped the motor-controller firmware for 12,000 warehouse robots.",
            "Cut boot time from 9 s to 1.4 s on the new board.",
            "Wrote the team's code-review guide.",
            "Brought field returns down from 3.2% to 0.8% with a watchdog redesign.",
        ),
    ),
)
SUMMARY = (
    "Embedded lead in Linköping building firmware for mobile robots. Open to hybrid roles in the "
    "Östergötland region. Swedish citizen."
)
HYBRID = Portfolio(
    resume=Resume(basics=Basics(name="Saga Lindholm", label="Embedded lead", summary=SUMMARY), work=WORK)
)
HYBRID_INDEX = SearchIndex.build(chunk_portfolio(HYBRID))

FAQ = Faq(
    notice_period="Three months by contract; I can often leave after eight weeks.",
    availability="Looking for embedded roles from March 2027.",
)
WITH_FAQ = Portfolio(
    resume=Resume(
        basics=Basics(name="Saga Lindholm", label="Embedded lead", summary="Embedded lead."), work=WORK
    ),
    faq=FAQ,
)
FAQ_INDEX = SearchIndex.build(chunk_portfolio(WITH_FAQ))


def test_a_join_asked_finds_the_notice_period_the_faq_states() -> None:
    ids = [h.chunk.id for h in FAQ_INDEX.search("how soon could she join?", 5)]
    assert "faq#notice_period" in ids[:2]


def test_a_hybrid_job_in_an_unnamed_city_gets_her_words_on_where_she_works_as_the_closest() -> None:
    answer = compose("Would she take a hybrid job in Uppsala?", HYBRID, HYBRID_INDEX)
    assert not answer.answered
    assert "doesn't mention Uppsala" in answer.text and "Östergötland region" in answer.text
    assert answer.cited


def test_hybrid_cloud_is_no_place_of_work() -> None:
    answer = compose("Has she built hybrid cloud setups on OpenStack?", HYBRID, HYBRID_INDEX)
    assert "Östergötland" not in answer.text


def test_a_school_the_portfolio_does_not_name_is_still_refused() -> None:
    answer = compose("Did she study at Uppsala University?", HYBRID, HYBRID_INDEX)
    assert not answer.answered


def test_the_case_asked_by_its_audience_is_a_pitch() -> None:
    assert read_pitch("Give me the numbers that would convince a CTO to hire her") is not None
    assert read_pitch("what would it take to convince her to move?") is None


def test_the_case_asked_in_figures_shows_three_results_that_state_one() -> None:
    answer = compose("Which three numbers would convince a CTO to hire her?", HYBRID, HYBRID_INDEX)
    assert answer.answered
    shown = sum(f in answer.text for f in ("12,000", "1.4 s", "0.8%"))
    assert shown == 3 and "code-review guide" not in answer.text
