"""Which projects others use is answered by the project lines that say who uses them ("Running in
production at two banks"), never by a line that only says what a project does ("used to find
bugs") or mentions production in passing. The owner is made up for these tests (a Porto tooling
engineer with three open-source projects, two of them used beyond her)."""

from __future__ import annotations

from heyfolio.chat.adoption import adopted_projects, asks_adoption, names_only_known
from heyfolio.chat.compound import leaning_parts, resolved
from heyfolio.chat.offline import compose
from heyfolio.content.model import Basics, Portfolio, Resume, ResumeProject
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex

RESUME = Resume(
    basics=Basics(name="Beatriz Lobo", label="Tooling Engineer", summary="Tooling engineer in Porto."),
    projects=(
        ResumeProject(
            name="quaymigrate",
            description="Schema migration runner for SQLite fleets.",
            highlights=("410 GitHub stars.", "Running in production at two logistics firms."),
        ),
        ResumeProject(
            name="lintharbor",
            description="Linter for container build files.",
            highlights=("Used to find 30 insecure base images in my own builds.",),
        ),
        ResumeProject(
            name="tidegauge",
            description="Dashboard that shows which databases in production are behind on backups.",
            highlights=("Used by three hospital IT teams.",),
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
CHUNKS = chunk_portfolio(PORTFOLIO)


def test_asking_who_uses_the_projects_is_told_from_asking_what_they_do() -> None:
    assert asks_adoption("Which of her tools do other companies use?")
    assert asks_adoption("Is any of her open-source work used in production?")
    assert not asks_adoption("What does her linter check?")
    assert not asks_adoption("Has she used Postgres in production?")  # a skill, not what she built


def test_the_projects_with_users_are_the_ones_whose_lines_say_so() -> None:
    said = [s.text for s in adopted_projects("Which of her tools do other companies use?", CHUNKS)]
    assert said == [
        "quaymigrate: Running in production at two logistics firms.",
        "tidegauge: Used by three hospital IT teams.",
    ]
    named = adopted_projects("Is quaymigrate used in production anywhere?", CHUNKS)
    assert [s.text.split(":")[0] for s in named] == ["quaymigrate"]


def test_the_offline_reply_lists_them_cited() -> None:
    index = SearchIndex.build(CHUNKS)
    answer = compose(
        "Which of her projects are used by other companies?", PORTFOLIO, index, first_offline_answer=False
    )
    assert answer.answered and answer.cited
    assert "two logistics firms" in answer.text and "hospital IT teams" in answer.text
    assert "lintharbor" not in answer.text


def test_a_second_question_about_it_is_asked_of_the_project_named_first() -> None:
    assert leaning_parts(
        "Which tool runs in production, and how many stars does it have?", "quaymigrate: …"
    ) == ["how many stars does it have"]
    assert resolved("how many stars does it have", "quaymigrate") == "how many stars does quaymigrate have"
    assert resolved("where did the idea come from", "tidegauge") == "where did the idea come from (tidegauge)"
    index = SearchIndex.build(CHUNKS)
    answer = compose(
        "Which of her tools runs in production at other firms, and how many stars does it have?",
        PORTFOLIO,
        index,
        first_offline_answer=False,
    )
    assert "two logistics firms" in answer.text and "410 GitHub stars" in answer.text


def test_a_count_of_users_is_not_answered_by_who_uses_them() -> None:
    assert adopted_projects("How many people use her tools?", CHUNKS) == []


def test_a_count_of_weekly_users_says_others_use_it() -> None:
    chunks = chunk_portfolio(
        Portfolio(
            resume=Resume(
                basics=Basics(name="Rui Vaz"),
                projects=(
                    ResumeProject(name="marégrafo", highlights=("About 4,200 weekly users in August.",)),
                ),
            )
        )
    )
    assert [s.text for s in adopted_projects("Are any of his apps used by real people?", chunks)] == [
        "marégrafo: About 4,200 weekly users in August."
    ]


def test_a_user_the_portfolio_never_names_is_not_answered_by_the_other_users() -> None:
    assert names_only_known("Which of her tools do other companies use?", CHUNKS, ["Beatriz", "Lobo"])
    assert not names_only_known("Is any of her tooling used by Airbus?", CHUNKS, ["Beatriz", "Lobo"])
    index = SearchIndex.build(CHUNKS)
    answer = compose("Is any of her tooling used by Airbus?", PORTFOLIO, index, first_offline_answer=False)
    assert "two logistics firms" not in answer.text


def test_which_users_a_project_line_keeps_anonymous_are_not_told_by_it() -> None:
    # "which firms run it?" of "running in production at two logistics firms": who, the line never says
    assert adopted_projects("Which firms run quaymigrate in production?", CHUNKS) == []
    index = SearchIndex.build(CHUNKS)
    answer = compose(
        "Which firms run quaymigrate in production?", PORTFOLIO, index, first_offline_answer=False
    )
    assert not answer.answered
    # asked without a name, the same line answers
    assert adopted_projects("Is quaymigrate used in production anywhere?", CHUNKS)
