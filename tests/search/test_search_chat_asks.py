"""Chat-style questions read for what they ask: a closing "right?" asks for a yes, not for the
passage that says "right to work" (text._untagged); "employee of the month" is an award and "can she
code?" her programming (text._PHRASES); a country named in lower case ("is he in canada") finds the
profile whose location gives only its code (chunks._basics keyword, search.countries)."""

from __future__ import annotations

import pytest

from heyfolio.content.model import Award, Basics, Education, Location, Portfolio, Resume, Skill, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.countries import country_name
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import parse_query

# A fictional hydrologist turned backend developer in Winnipeg: none of these words come from a set.
RESUME = Resume(
    basics=Basics(
        name="Tove Halvorsen",
        label="Junior Backend Developer",
        summary="Backend developer who moved from river modelling to web services.",
        location=Location(city="Winnipeg", region="Manitoba", country_code="CA"),
    ),
    work=(
        Work(
            name="Prairie Flood Lab",
            position="Junior Backend Developer",
            summary="Flood warning services for river towns.",
        ),
        Work(
            name="Riverline Surveys",
            position="Field Hydrology Technician",
            summary="Gauged rivers and kept the field logs in order.",
        ),
    ),
    education=(
        Education(institution="University of the Lakes", area="Hydrology", study_type="Bachelor of Science"),
    ),
    awards=(
        Award(title="Field Safety Star", awarder="Riverline Surveys", summary="Best field season record."),
    ),
    skills=(
        Skill(name="Programming", level="Intermediate", keywords=("Python", "Go")),
        Skill(name="Infrastructure as Code", level="Beginner", keywords=("Terraform",)),
        Skill(name="Hydrology", level="Expert", keywords=("Flood modelling",)),
    ),
)


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    chunks = chunk_portfolio(Portfolio(resume=RESUME))
    return SearchIndex.build(chunks)


def _top(index: SearchIndex, question: str, n: int = 3) -> list[str]:
    return [h.chunk.id for h in index.search(question, n)]


def _terms(question: str) -> set[str]:
    return {t for g in parse_query(question) for t, _ in g.terms}


def test_a_closing_confirmation_tag_is_no_subject() -> None:
    assert "right" not in _terms("fresh grad right?")
    assert "right" not in _terms("he's a new grad, right?")
    assert "correct" not in _terms("she has done pentests, correct?")


def test_a_tag_word_after_a_stop_word_is_asked() -> None:
    assert "right" in _terms("does she lean left or right")
    assert "right" in _terms("did he have the right")


def test_employee_of_the_month_asks_for_awards(index: SearchIndex) -> None:
    assert _top(index, "was he ever employee of the month or anything like that")[0].startswith(
        "profile#awards"
    )


def test_code_as_a_verb_asks_for_programming(index: SearchIndex) -> None:
    assert "program" in _terms("can she code?")
    assert "program" in _terms("does he write code?")
    assert "code" in _terms("any code review experience?")
    assert _top(index, "can he write code?", 1) == ["profile#skills/0"]


def test_a_country_named_in_lower_case_finds_the_profile(index: SearchIndex) -> None:
    assert country_name("ca") == "Canada"
    assert country_name("XX") is None
    assert country_name(None) is None
    assert "profile#basics" in _top(index, "is he in canada")
