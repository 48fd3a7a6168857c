"""Projects ranked by users when asked, and a project's standing by another measure when it states no stars."""

from __future__ import annotations

from heyfolio.chat.ranking import measure, ranked, ranking_order
from heyfolio.search.chunks import Chunk
from tests.chat.test_offline_answers import ask


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


CHUNKS = [
    _chunk("profile#work/0", "work", "Lead at Quinta", "- The patient app has 350,000 monthly active users."),
    _chunk(
        "profile#projects/0",
        "resume_project",
        "lintkit",
        "- 3,100 GitHub stars and 85,000 weekly npm downloads.",
    ),
    _chunk(
        "profile#projects/1",
        "resume_project",
        "Tides",
        "- My own app of tide times. 95,000 downloads since launch.",
    ),
    _chunk("profile#projects/2", "resume_project", "Notes", "- A notebook I keep."),
]


def test_active_users_asked_ranks_by_users_across_entries() -> None:
    question = "her biggest app by active users"
    assert measure(question) == "users" and ranking_order(question) == "popular"
    found = ranked(CHUNKS, question, "popular")
    assert found[0].name == "Lead at Quinta" and "350,000 monthly active users" in found[0].sentence


def test_weekly_npm_downloads_are_downloads() -> None:
    found = ranked(CHUNKS, "which project is downloaded the most?", "popular")
    assert [s.name for s in found[:2]] == ["Tides", "lintkit"]


def test_a_project_without_stars_stands_by_its_downloads_after_the_starred_ones() -> None:
    found = ranked(CHUNKS, "What's her most impressive project?", "popular")
    assert [s.name for s in found] == ["lintkit", "Tides"]  # "Notes" states no standing: left out
    assert "95,000 downloads" in found[1].sentence


def test_the_best_thing_built_and_the_proudest_project_rank_projects() -> None:
    assert ranking_order("What's the best thing she has built?") == "popular"
    answer = ask("Which project is she proudest of?")
    assert (
        answer.text.startswith("Ranked by what the portfolio reports") and "2,300 GitHub stars" in answer.text
    )
    assert ranking_order("What is her proudest achievement?") is None
