"""A count asked per period ("how many orders a day does <shop> deliver?") is answered only where the
passages read write that period in some form ("a day", "daily", "days"); an entry stating a stock
("2,400 lockers") or a rate over another period ("per second") leaves what search found weak."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.rates import asked_period, unstated_period


def _chunks() -> list[Chunk]:
    def chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
        return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)

    return [
        chunk("profile#basics", "basics", "Mira Tal — Engineer", "Mira builds shop backends in Linz."),
        chunk(
            "profile#work/0",
            "work",
            "Backend Engineer at Korbhaus (2021-01 – present)",
            "Work experience: Backend Engineer at Korbhaus (2021-01 – present)\n"
            "Korbhaus: grocery delivery in Upper Austria\n"
            "Highlights:\n- The basket API handles 900 requests per second at the evening cut-off.\n"
            "- Built the picking app used by 60 warehouse staff.",
        ),
        chunk(
            "profile#work/1",
            "work",
            "Intern at Kastlo (2019-07 – 2019-09)",
            "Work experience: Intern at Kastlo (2019-07 – 2019-09)\n"
            "Kastlo: parcel lockers in train stations\n"
            "Highlights:\n- Built the status page of 1,200 parcel lockers.",
        ),
        chunk(
            "profile#projects/0",
            "resume_project",
            "zugzeit (2020-02)",
            "Project: zugzeit (2020-02) — A library predicting tram arrivals.\n"
            "Highlights:\n- About 5,000 downloads a month.\n- Cut an import from three hours to ten minutes.",
        ),
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_chunks())


def test_the_period_a_question_asks_a_rate_over() -> None:
    assert asked_period("How many orders per day does the shop deliver?") == "day"
    assert asked_period("How many parcels a day go through the lockers?") == "day"
    assert asked_period("How many downloads does it get each month?") == "month"
    assert asked_period("How many daily users does the app have?") == "day"
    assert asked_period("How much revenue does it make annually?") == "year"
    assert asked_period("How many stars does it have?") is None
    assert asked_period("What did she build in a day?") is None  # no count asked


def test_the_period_is_read_broadly_where_it_is_written() -> None:
    assert unstated_period("How many users a day?", ["About 4,000 daily active users."]) is None
    assert unstated_period("How many students a year?", ["Teaches 35 students per year."]) is None
    assert unstated_period("How much revenue a year?", ["Annual revenue of EUR 2 million."]) is None
    assert unstated_period("How many orders a day?", ["Handles 900 requests per second."]) == "day"
    assert unstated_period("How many parcels a day?", ["Status page of 1,200 parcel lockers."]) == "day"
    assert unstated_period("How many orders a day?", []) is None  # nothing found: nothing to judge


def test_a_rate_the_named_employer_never_states_per_day_is_weak(index: SearchIndex) -> None:
    hits = index.search("How many orders per day does Korbhaus deliver?", weak=True)
    assert hits and all(h.weak for h in hits)
    hits = index.search("How many parcels a day go through Kastlo?", weak=True)
    assert hits and all(h.weak for h in hits)


def test_a_rate_stated_per_that_period_still_answers(index: SearchIndex) -> None:
    hits = index.search("How many requests per second does the Korbhaus basket API handle?")
    assert hits and not hits[0].weak
    hits = index.search("How many downloads a month does zugzeit get?")
    assert hits and not hits[0].weak
