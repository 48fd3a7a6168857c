"""A project asked for by the level of the skill it used ("which project used the language she lists
as expert?") is found through the skills section's levels and the project's own text. The owner is
made up for these tests."""

from __future__ import annotations

from heyfolio.chat.levelled_work import levelled_work_reply
from heyfolio.chat.offline import compose
from heyfolio.content.model import Basics, Portfolio, Resume, ResumeProject, Skill, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex

RESUME = Resume(
    basics=Basics(name="Aino Kivi", label="Backend engineer", summary="Backend engineer in Oulu."),
    work=(
        Work(name="Routa Oy", position="Engineer", summary="Builds the routing service in Go.", highlights=()),
    ),
    skills=(
        Skill(name="Go", level="Expert", keywords=("gRPC", "concurrency")),
        Skill(name="Frontend development", level="Beginner", keywords=("TypeScript", "React")),
        Skill(name="Observability", level="Expert", keywords=("Prometheus",)),
    ),
    projects=(
        ResumeProject(name="lumikide", description="A React dashboard for snow ploughs.", highlights=("40 users.",)),
        ResumeProject(name="tidewire", description="Open-source Go proxy that replays traffic.", highlights=("800 stars.",)),
        ResumeProject(name="notes site", description="My blog, going strong since 2019."),
    ),
)  # fmt: skip
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def test_the_project_built_with_the_expert_language_is_named_with_the_skill() -> None:
    said = levelled_work_reply(
        "which project used the language she lists as expert?", RESUME, INDEX.get, "Aino"
    )
    assert said is not None
    assert said[0].chunk.id == "profile#skills/0" and "Expert" in said[0].text
    assert [s.chunk.id for s in said[1:]] == [
        "profile#projects/1"
    ]  # "going" is not Go, Prometheus no language
    assert "tidewire" in said[1].text


def test_the_weakest_or_a_named_low_level_reaches_the_other_project() -> None:
    said = levelled_work_reply(
        "what did she build with the skills she rates as beginner?", RESUME, INDEX.get, "Aino"
    )
    assert said is not None and "lumikide" in said[1].text


def test_no_level_named_or_a_spoken_language_is_not_this_reply() -> None:
    assert levelled_work_reply("which project used Go?", RESUME, INDEX.get, "Aino") is None
    assert levelled_work_reply("which language does she speak as native?", RESUME, INDEX.get, "Aino") is None


def test_the_offline_answer_names_the_project() -> None:
    answer = compose("which project used the language she lists as expert?", PORTFOLIO, INDEX)
    assert answer.answered and "tidewire" in answer.text
