"""A résumé project's "For" and "Roles" lines identify it (the reply names them with the project):
the question's words found only there do not choose the sentence that answers."""

from __future__ import annotations

import pytest

from heyfolio.chat.offline import compose
from heyfolio.content.model import Basics, Portfolio, Resume, ResumeProject
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex

RESUME = Resume(
    basics=Basics(name="Tom Vale", label="Engineer", summary="Engineer who builds odd tools."),
    projects=(
        ResumeProject(
            name="Lantern",
            description="A bike light that dims itself in traffic",
            entity="Brightway",
            roles=("Team lead", "Designer"),
            highlights=(
                "Took first prize at the Ghent Hardware Jam 2019",
                "Built by a team of four students over one weekend",
                "Uses an ESP32 and a light sensor",
            ),
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


@pytest.mark.parametrize(
    "question",
    [
        "The project where he was team lead and designer - did it win anything?",
        "did the thing he designed as team lead get any prize",
        "he was the designer on a project for Brightway; did it win?",
    ],
)
def test_the_words_naming_the_project_do_not_answer_what_is_asked(question: str) -> None:
    answer = compose(question, PORTFOLIO, INDEX, first_offline_answer=False)
    assert answer.answered and answer.cited
    assert "Ghent Hardware Jam 2019" in answer.text
    assert "roles: Team lead, Designer" in answer.text  # said once, with the project's name
    assert answer.text.count("Team lead") == 1
