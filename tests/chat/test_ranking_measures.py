"""Apps ranked by installs or by their store rating, across projects and job highlights."""

from __future__ import annotations

from heyfolio.chat.ranking import measure, ranked, ranking_order
from heyfolio.search.chunks import Chunk


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


CHUNKS = [
    _chunk("profile#work/0", "work", "Tech Lead — Navette", "- The rider apps have 2.4 million downloads."),
    _chunk(
        "profile#work/1",
        "work",
        "Engineer — Sentier",
        "- Sentier reached 1.2 million downloads and 4.8 stars.",
    ),
    _chunk(
        "profile#work/2",
        "work",
        "Freelance — Surf",
        "- A surf school app; it holds an average rating of 4.9.",
    ),
    _chunk("profile#work/3", "work", "Engineer — Bank", "- App Store rating went from 2.9 to 4.6."),
    _chunk(
        "profile#projects/0", "resume_project", "lintkit", "- 3,100 GitHub stars, rated 4.7 on the App Store."
    ),
]


def test_installed_the_most_ranks_downloads_of_apps() -> None:
    question = "Which app she's worked on has been installed the most?"
    assert measure(question) == "downloads" and ranking_order(question) == "popular"
    found = ranked(CHUNKS, question, "popular")
    assert [s.name for s in found[:2]] == ["Tech Lead", "Engineer"]
    assert "2.4 million" in found[0].sentence


def test_best_rated_ranks_the_store_rating_not_github_stars() -> None:
    question = "Of all the apps she has built, which one has the best user rating in the stores?"
    assert measure(question) == "rating" and ranking_order(question) == "popular"
    found = ranked(CHUNKS, question, "popular")
    assert "surf school" in found[0].sentence
    # the rating now, not the one it rose from; a GitHub star count is not a rating
    values = {s.name: s.value for s in found}
    assert values["lintkit"] == 470 and values["Engineer"] in (480, 460)


def test_an_app_question_without_a_ranking_cue_ranks_nothing() -> None:
    assert ranking_order("What apps has she built?") is None
