"""A portfolio that is only a résumé: the summary and the résumé's sections answer what no FAQ does."""

from __future__ import annotations

from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.content.model import (
    Basics,
    Education,
    Location,
    PartialDate,
    Portfolio,
    Resume,
    Volunteer,
    Work,
)
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex

RESUME = Resume(
    basics=Basics(
        name="Ola Nowak",
        label="Data Engineer",
        summary=(
            "Data engineer with nine years in retail. Based in Gdańsk, Poland; open to remote work in "
            "European time zones, not relocating."
        ),
        location=Location(city="Gdańsk", country_code="PL"),
    ),
    work=(
        Work(
            name="Amber Retail",
            position="Data Engineer",
            start_date=PartialDate("2019-02-01", 2019, 2),
            summary="Owns the sales warehouse.",
        ),
    ),
    volunteer=(Volunteer(organization="PyData Gdańsk", position="Co-organiser", summary="Monthly meetup."),),
    education=(Education(institution="Baltic University", area="Econometrics", study_type="Bachelor"),),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def test_where_quotes_the_summary_sentence_naming_the_city_for_the_country_by_name() -> None:
    answer = ask("which country is she in?")
    assert answer.answered and answer.cited
    assert "Gdańsk" in answer.text and "Poland" in answer.text


def test_a_question_naming_a_section_is_answered_by_its_entries() -> None:
    involved = ask("any community involvement")
    assert involved.answered and involved.cited and "PyData Gdańsk" in involved.text
    degree = ask("does she have a computer science degree")
    assert degree.answered and "Econometrics" in degree.text  # what she studied answers it


def test_a_thing_the_portfolio_never_names_is_not_answered_by_the_section() -> None:
    assert not ask("did she win a nobel prize").answered
    assert not ask("does she have a phd").answered  # the degree asked is not the one she has
