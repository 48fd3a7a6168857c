"""The questions suggested to a visitor are ones the portfolio can answer."""

from __future__ import annotations

from heyfolio.chat.offline import suggestions
from heyfolio.content.model import Basics, Portfolio, Resume, Skill, Work


def test_the_built_with_suggestion_names_a_technology_a_job_used_not_a_management_keyword() -> None:
    resume = Resume(
        basics=Basics(name="Noor Haddad", label="Engineering Manager"),
        work=(
            Work(
                name="Parcelio",
                position="Engineering Manager",
                highlights=("Ran hiring and 1:1s for two teams shipping Elixir services on PostgreSQL.",),
            ),
        ),
        skills=(
            Skill(name="People leadership", keywords=("hiring", "1:1s")),
            Skill(name="Backend", keywords=("Haskell", "Elixir", "PostgreSQL")),
        ),
    )
    ideas = suggestions(Portfolio(resume=resume))
    assert "What has Noor built with Elixir?" in ideas  # Haskell is listed but nothing names it


def test_no_built_with_suggestion_when_no_job_or_project_names_a_skill() -> None:
    resume = Resume(
        basics=Basics(name="Ada Lind"),
        work=(Work(name="Lind Studio", position="Founder", highlights=("Runs the studio.",)),),
        skills=(Skill(name="Design", keywords=("Figma",)),),
    )
    assert not any("built with" in q for q in suggestions(Portfolio(resume=resume)))
