"""A question asking for a kind of fact (a sum paid, a grade, who managed her, a headcount, a team's
size, a count of a named thing) about an entry the portfolio has is answered only when a passage
states that kind of fact about it; otherwise the reply says the portfolio does not say it, rather
than quoting another figure of the entry. Each near miss has an answerable twin that must still be
answered."""

from __future__ import annotations

from heyfolio.chat.offline import OfflineAnswer, compose
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
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.fact_kinds import asked_fact
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
            summary="Fixed-price contract for a farm-planning start-up.",
            highlights=(
                "Built the field-boundary editor in TypeScript and OpenLayers.",
                "Client: Viljapuu (grain co-operative) - rebuilt the harvest dashboard; 14 million tonnes tracked.",
                "Client: Karjamaa (dairy farms) - shipped a grazing planner used by 800 farms; 12,000 downloads.",
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
        Award(title="Best Demo, GeoHack Riga", date=_date("2018-11"), awarder="GeoHack Riga"),
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
        ResumeProject(name="puuloendus", description="A weekend app that counts trees from drone photos."),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def test_the_kind_of_fact_asked_is_read_from_the_question() -> None:
    assert asked_fact("How much did Viljapuu pay her for the dashboard?").kind == "money"  # type: ignore[union-attr]
    assert asked_fact("What was the budget for the grazing planner?").role == "budget"  # type: ignore[union-attr]
    assert asked_fact("How much did she save on tile hosting?").role == "saved"  # type: ignore[union-attr]
    assert asked_fact("What grade did she get for her bachelor's?").kind == "grade"  # type: ignore[union-attr]
    assert asked_fact("Who was her manager at Metsaru?").kind == "person"  # type: ignore[union-attr]
    assert asked_fact("How much time did the vector tiles save?") is None  # a quantity, not money
    assert asked_fact("What does she do at Metsaru?") is None
    assert asked_fact("What did the review score of the app rise to?") is None  # no study asked about


def test_a_sum_is_answered_only_when_said_in_the_sense_asked() -> None:
    for question in (
        "How much did Viljapuu pay for the harvest dashboard?",  # 14 million tonnes are no price
        "What was the budget for the grazing planner?",
        "How much prize money came with the GeoHack Riga demo award?",  # another prize's sum
    ):
        answer = ask(question)
        assert not answer.answered and "doesn't say" in answer.text, question
    assert "96,000" in ask("How much was the yearly tile hosting bill at Metsaru?").text
    assert "41,000" in ask("How much did she save on map-tile hosting?").text
    assert "10,000" in ask("How much was the Open Forest Data Prize worth?").text


def test_a_grade_is_the_one_of_the_degree_named() -> None:
    answer = ask("What grade did Maarja get for her bachelor's in geodesy?")
    assert not answer.answered  # the master's grade is not the bachelor's
    assert "4.6/5" in ask("What grade did she get for her master's?").text


def test_who_managed_her_is_answered_only_from_a_role_said_there() -> None:
    assert not ask("Who was Maarja's manager at Põldlab?").answered
    answer = ask("Who does Maarja report to at Metsaru?")
    assert answer.answered and "Head of Engineering" in answer.text


def test_a_headcount_and_a_team_are_counted_by_their_own_words() -> None:
    assert "140" in ask("How many employees does Metsaru have?").text
    assert not ask("How many employees does Põldlab have?").answered  # a team of five is not a headcount
    assert "five" in ask("How big is her team at Metsaru?").text
    assert not ask("How big was her team at Põldlab?").answered  # 800 farms are not her team


def test_a_count_of_one_named_client_is_not_the_figure_of_another() -> None:
    assert not ask("How many downloads did the Viljapuu dashboard get?").answered  # Karjamaa's downloads
    assert "12,000" in ask("How many downloads did the Karjamaa grazing planner get?").text
    assert not ask("How many GitHub stars does puuloendus have?").answered
    assert "1,800" in ask("How many GitHub stars does tilewarden have?").text


def test_an_uptime_is_answered_only_by_a_share_said_as_one() -> None:
    assert "99.9%" in ask("What uptime does the tree-height service run at?").text
    assert not ask("What uptime does the tilewarden cache run at?").answered  # stars are no uptime


def test_search_marks_a_grade_no_degree_states_as_weak() -> None:
    hits = INDEX.search("What grade did Maarja get for her bachelor's in geodesy?", 5, weak=True)
    assert hits and all(h.weak for h in hits)
    assert not all(h.weak for h in INDEX.search("What grade did she get for her master's?", 5, weak=True))
