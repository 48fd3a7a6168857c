""" "Where did she stay the longest?" names no job, but staying is said of employers: the question
ranks the jobs by how long they lasted (understand.read_superlative)."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.understand import Superlative, read_superlative

WORK = frozenset({"work"})


@pytest.mark.parametrize(
    ("asked", "order"),
    [
        ("Where did she stay the longest?", "longest"),
        ("where has he stayed longest", "longest"),
        ("Where did she stay for the shortest time?", "shortest"),
        ("where did he stick around the longest", "longest"),
    ],
)
def test_staying_longest_ranks_jobs(asked: str, order: str) -> None:
    assert read_superlative(asked) == Superlative(WORK, order)


@pytest.mark.parametrize("asked", ["Where did she stay in Lisbon?", "Would she stay remote?"])
def test_staying_without_a_ranking_ranks_nothing(asked: str) -> None:
    assert read_superlative(asked) is None


def _work(i: int, title: str, dates: str) -> Chunk:
    return Chunk(
        id=f"profile#work/{i}",
        uri=f"portfolio://profile#work/{i}",
        kind="work",
        title=f"{title} ({dates})",
        text=f"Work experience: {title} ({dates}). Shipped things.",
        keywords=(),
    )


def test_the_longest_stay_comes_first() -> None:
    index = SearchIndex.build(
        [
            Chunk(
                id="profile#basics",
                uri="portfolio://profile#basics",
                kind="basics",
                title="Rui Sol",
                text="Rui is a backend developer in Faro.",
                keywords=(),
            ),
            _work(0, "Backend Developer at Maré Labs", "2023-01 – present"),
            _work(1, "Developer at Salina Soft", "2014-03 – 2022-12"),
            _work(2, "Intern at Barra Data", "2013-06 – 2013-12"),
        ]
    )
    hits = index.search("Where did he stay the longest?", 5)
    assert hits and hits[0].chunk.id == "profile#work/1"
