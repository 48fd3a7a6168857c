"""The kind of fact a question asks for (a sum paid, a grade, who managed her, an uptime) is read from
the question, and a passage states it only when one of its sentences says that kind of fact in the
sense asked; search shows what it found as weak when the entry the question names states none. Each
near miss has an answerable twin."""

from __future__ import annotations

from heyfolio.content.model import (
    Award,
    Basics,
    Education,
    Location,
    PartialDate,
    Portfolio,
    Reference,
    Resume,
    ResumeProject,
    Work,
)
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.fact_kinds import asked_fact, states_fact
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


# A fictional geospatial developer in Tartu: none of these words come from a question set.
RESUME = Resume(
    basics=Basics(
        name="Maarja Kask",
        label="Geospatial Software Engineer",
        summary="Geospatial engineer in Tartu building map services for forestry and farming.",
        location=Location(city="Tartu", country_code="EE"),
    ),
    work=(
        Work(
            name="Metsaru AS",
            position="Senior GIS Developer",
            location="Tartu, Estonia",
            start_date=_date("2021-03"),
            summary="Forest inventory software for state and private forest owners, about 140 employees.",
            highlights=(
                "Lead a team of five developers and report to the Head of Engineering.",
                "Built the tree-height service on PostGIS, used by 2,300 foresters.",
                "Cut the yearly map-tile hosting bill from EUR 96,000 to EUR 41,000 with vector tiles.",
                "Kept the tree-height service at 99.9% availability through two storm seasons.",
            ),
        ),
        Work(
            name="Põldlab OÜ",
            position="Contract Developer",
            start_date=_date("2019-01"),
            end_date=_date("2021-02"),
            summary="Fixed-price contract for a farm-planning start-up, in a team of four developers.",
            highlights=(
                "Built the field-boundary editor in TypeScript and OpenLayers.",
                "Rebuilt the harvest dashboard of a grain co-operative; 14 million tonnes tracked.",
            ),
        ),
    ),
    education=(
        Education(
            institution="University of Tartu",
            area="Geoinformatics",
            study_type="Master of Science",
            start_date=_date("2016-09"),
            end_date=_date("2018-06"),
            score="4.6/5",
        ),
        Education(
            institution="Tallinn University of Technology",
            area="Geodesy",
            study_type="Bachelor of Science",
            start_date=_date("2013-09"),
            end_date=_date("2016-06"),
        ),
    ),
    awards=(
        Award(
            title="Open Forest Data Prize",
            date=_date("2022-05"),
            awarder="Baltic Forestry Forum",
            summary="EUR 10,000 for the open tree-height map.",
        ),
    ),
    references=(
        Reference(name="Tõnu Saar, Head of Engineering at Metsaru AS", reference="Maarja ships calmly."),
    ),
    projects=(
        ResumeProject(
            name="tilewarden",
            description="Open-source cache for vector map tiles.",
            highlights=("1,800 GitHub stars and 30 contributors.",),
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
CHUNKS = chunk_portfolio(PORTFOLIO)
INDEX = SearchIndex.build(CHUNKS)


def _entry(name: str) -> list:  # type: ignore[type-arg]
    return [c for c in CHUNKS if name in c.title]


def _states(question: str, entry: str) -> bool:
    asked = asked_fact(question)
    assert asked is not None, question
    return states_fact(asked, _entry(entry), question, CHUNKS, ["Maarja", "Kask"])


def test_the_kind_of_fact_asked_is_read_from_the_question() -> None:
    assert asked_fact("How much did the co-operative pay her for the dashboard?").kind == "money"  # type: ignore[union-attr]
    assert asked_fact("What was the budget for the field editor?").role == "budget"  # type: ignore[union-attr]
    assert asked_fact("How much did she save on tile hosting?").role == "saved"  # type: ignore[union-attr]
    assert asked_fact("What grade did she get for her bachelor's?").kind == "grade"  # type: ignore[union-attr]
    assert asked_fact("Who was her manager at Metsaru?").kind == "person"  # type: ignore[union-attr]
    assert asked_fact("What uptime does the tree-height service run at?").kind == "uptime"  # type: ignore[union-attr]
    assert asked_fact("How much time did the vector tiles save?") is None  # a quantity, not money
    assert asked_fact("How much did she raise test coverage?") is None  # raising is no money
    assert asked_fact("What does she do at Metsaru?") is None
    assert asked_fact("What did the review score of the app rise to?") is None  # no study asked about


def test_a_sum_states_money_only_in_the_sense_asked() -> None:
    assert not _states("How much did the co-operative pay for the harvest dashboard?", "Põldlab")  # tonnes
    assert not _states("What was the budget of the hosting work at Metsaru?", "Metsaru")  # a bill, no budget
    assert _states("How much was the yearly tile hosting bill at Metsaru?", "Metsaru")
    assert _states("How much did she save on map-tile hosting?", "Metsaru")
    assert _states("How much was the Open Forest Data Prize worth?", "Open Forest")


def test_a_grade_is_the_one_of_the_degree_named() -> None:
    assert not _states("What grade did Maarja get for her bachelor's in geodesy?", "Geodesy")
    assert _states("What grade did she get for her master's?", "Geoinformatics")


def test_who_managed_her_is_said_by_a_role_there() -> None:
    assert not _states("Who was Maarja's manager at Põldlab?", "Põldlab")
    assert _states("Who does Maarja report to at Metsaru?", "Metsaru")


def test_an_uptime_is_a_share_said_as_one() -> None:
    assert _states("What uptime does the tree-height service run at?", "Metsaru")
    assert not _states("What uptime does the tilewarden cache run at?", "tilewarden")  # stars are no uptime


def test_search_marks_what_the_named_entry_does_not_state_as_weak() -> None:
    for question in (
        "What grade did Maarja get for her bachelor's in geodesy?",
        "What did Põldlab pay her for the contract?",
    ):
        hits = INDEX.search(question, 5, weak=True)
        assert hits and all(h.weak for h in hits), question
    for question in (
        "What grade did she get for her master's?",
        "How much was the yearly map-tile hosting bill at Metsaru?",
    ):
        assert not all(h.weak for h in INDEX.search(question, 5, weak=True)), question


def test_a_wish_for_mentorship_names_no_mentor() -> None:
    """ "Looking for strong mentorship" in the profile is a wish, not the mentor asked about."""
    asked = asked_fact("Who was Maarja's mentor at Metsaru?")
    assert asked is not None and asked.role == "supervisor"
    wish = Chunk(
        id="profile#basics",
        uri="portfolio://profile#basics",
        kind="basics",
        title="Maarja Kask — Engineer",
        text="GIS developer at Metsaru AS, looking for a role with strong mentorship.",
    )
    assert not states_fact(asked, [wish], "Who was Maarja's mentor at Metsaru?", [wish], ["Maarja", "Kask"])
    said = Chunk(
        id="profile#work/9",
        uri="portfolio://profile#work/9",
        kind="work",
        title="Intern at Metsaru AS",
        text="Work experience: Intern at Metsaru AS\nMentored by the head of GIS.",
    )
    assert states_fact(asked, [said], "Who was Maarja's mentor at Metsaru?", [said], ["Maarja", "Kask"])


def test_the_price_of_a_deal_is_money_asked() -> None:
    for question in (
        "How much was Põldlab acquired for?",
        "How much was the start-up sold for?",
        "How much was the company valued at?",
    ):
        asked = asked_fact(question)
        assert asked is not None and asked.kind == "money" and asked.role == "paid", question
    assert asked_fact("How much data was acquired?") is None
    hits = INDEX.search("How much was Põldlab acquired for?", 5, weak=True)
    assert hits and all(h.weak for h in hits)  # the contract is there, no price of a deal
