""" "Which of her apps has the best rating?" is answered by the passage stating the highest rating,
wherever it is stated (a client app in a job's highlights), not by the most starred project."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.ratings import asks_best_rated, stated_rating


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_CHUNKS = [
    _chunk(
        "profile#work/0",
        "work",
        "Mobile Developer at Rendal Studio (2021-03 – present)",
        "Built the ferry timetable app for Lysekil Boats; it holds an average rating of 4.8 from 3,200 reviews.\n"
        "Raised the loyalty app's store rating from 2.7 to 4.1 by fixing the sign-in crashes.",
    ),
    _chunk(
        "profile#work/1",
        "work",
        "Junior Developer at Norrvik Media (2018-01 – 2021-02)",
        "Cut the app's cold start from 3.2 s to 1.4 s.",
    ),
    _chunk(
        "profile#projects/0",
        "resume_project",
        "knotboard (2022-01)",
        "Open-source sailing-knot trainer for iPhone. 4,100 GitHub stars; rated 4.3 on the App Store.",
    ),
    _chunk(
        "profile#projects/1",
        "resume_project",
        "tidepeek (2020-05)",
        "Tide widget for Android. 12,000 downloads, rated 4.6 on Google Play.",
    ),
    _chunk("profile#skills/0", "skill", "iOS (Expert)", "Skill: iOS (Expert): Swift, SwiftUI"),
]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


@pytest.mark.parametrize(
    "question",
    [
        "Which of the apps he built has the best rating?",
        "what's his highest-rated app",
        "Which app got the best reviews?",
        "his most highly rated app?",
    ],
)
def test_a_rating_ranking_is_asked(question: str) -> None:
    assert asks_best_rated(question)


@pytest.mark.parametrize(
    "question",
    ["What's his most popular app?", "How is knotboard rated?", "What did he build at Rendal?", "best app?"],
)
def test_other_questions_rank_no_rating(question: str) -> None:
    assert not asks_best_rated(question)


def test_stated_rating_reads_a_five_point_figure_next_to_rating_words() -> None:
    assert stated_rating("it holds an average rating of 4.8 from 3,200 reviews") == 4.8
    assert stated_rating("Raised the store rating from 2.7 to 4.1") == 4.1
    assert stated_rating("rated 4.6 on Google Play") == 4.6
    assert stated_rating("Cut the app's cold start from 3.2 s to 1.4 s.") is None  # durations
    assert stated_rating("Grew revenue 3.5x; rated the best team") is None


def test_the_best_rated_app_comes_first_wherever_it_is_stated(index: SearchIndex) -> None:
    ids = [h.chunk.id for h in index.search("Which of the apps he built has the best rating?")]
    assert ids[0] == "profile#work/0", ids
    assert ids[1] == "profile#projects/1", ids


def test_the_most_popular_app_is_still_ranked_by_popularity(index: SearchIndex) -> None:
    ids = [h.chunk.id for h in index.search("What's his most popular app?")]
    assert ids[0] == "profile#projects/0", ids
