"""A question about an entry the portfolio has, asking something that entry never states (a company's
headcount, a project's contributors, a degree's grade, a manager), is not answered with another
figure or sentence of that entry: a team's size is no headcount, a company's size no team."""

from __future__ import annotations

from heyfolio.chat.count_nouns import accepted_nouns, matches, team_nouns
from heyfolio.chat.counting import read_count, states_count
from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.content.model import Basics, Education, PartialDate, Portfolio, Resume, ResumeProject, Work
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import analyze


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


# A fictional backend engineer in Lyon: none of these words come from a question set.
RESUME = Resume(
    basics=Basics(name="Amandine Roux", label="Backend Engineer", summary="Backend engineer in Lyon."),
    work=(
        Work(
            name="Ferrocarte SAS",
            description="Rail ticketing for regional lines, about 200 employees",
            position="Senior Backend Engineer",
            start_date=_date("2021-03"),
            highlights=("Rebuilt the fare engine in Kotlin; quotes dropped from 900 ms to 120 ms.",),
        ),
        Work(
            name="Silo Numérique",
            description="Web agency for wine estates",
            position="Developer",
            start_date=_date("2017-09"),
            end_date=_date("2021-02"),
            highlights=("Led a team of four developers on the estates' shop platform.",),
        ),
    ),
    projects=(
        ResumeProject(
            name="quaiflow",
            description="Open-source scheduler for batch jobs on Kubernetes.",
            highlights=("About 900 GitHub stars.",),
        ),
    ),
    education=(
        Education(
            institution="Université de Rhône-Sud",
            area="Computer Science",
            study_type="Master",
            start_date=_date("2015-09"),
            end_date=_date("2017-06"),
        ),
        Education(
            institution="Université de Rhône-Sud",
            area="Mathematics",
            study_type="Bachelor",
            start_date=_date("2012-09"),
            end_date=_date("2015-06"),
            score="14/20",
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def _chunk(text: str, title: str) -> Chunk:
    return Chunk(id="x", uri="portfolio://x", kind="work", title=title, text=text)


def test_a_headcount_or_a_products_people_are_not_counted_by_a_team() -> None:
    employees = accepted_nouns(analyze("employees"), (), "does the agency have")
    assert not matches("engin", employees) and not matches("team", employees)
    assert matches("peopl", employees)  # "a firm of 200 people"
    assert matches("engin", accepted_nouns(analyze("employees"), (), "did she manage there"))
    contributors = accepted_nouns(analyze("contributors"), (), "does the library have")
    assert not matches("develop", contributors) and matches("maintain", contributors)
    assert matches("engin", accepted_nouns(analyze("engineers"), (), "did she lead"))  # a team of seven


def test_a_team_is_not_as_big_as_the_company_it_is_in() -> None:
    assert not matches("employe", team_nouns()) and not matches("user", team_nouns())
    assert matches("develop", team_nouns()) and matches("peopl", team_nouns())
    count = read_count("How big was her team at Ferrocarte?")
    assert count is not None
    assert not states_count(count, [_chunk("Rail ticketing, about 200 employees.", "Ferrocarte")])
    assert states_count(count, [_chunk("Led a team of four developers.", "Ferrocarte")])


def test_a_count_the_named_entry_does_not_state_is_not_answered_with_another_figure() -> None:
    for question in (
        "How many employees does Silo Numérique have?",
        "How many contributors does quaiflow have?",
        "How big was her team at Ferrocarte?",
    ):
        assert not ask(question).answered, question
    assert "200 employees" in ask("How many employees does Ferrocarte have?").text
    assert "900 GitHub stars" in ask("How many stars does quaiflow have?").text
    assert "four developers" in ask("How big was her team at Silo Numérique?").text


def test_a_fact_of_a_kind_the_entry_never_states_is_not_shown_from_its_section() -> None:
    assert INDEX.unstated("What grade did she get in her master's?")
    assert not INDEX.unstated("What grade did she get in her bachelor's?")
    assert not ask("What grade did she get in her master's?").answered
    assert "14/20" in ask("What grade did she get in her bachelor's?").text
    assert not ask("Who was her manager at Silo Numérique?").answered
