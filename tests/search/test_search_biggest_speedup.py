""" "What's the biggest latency improvement he delivered?" is answered by the line stating the largest
drop of a time (of the thing named, when the question names one), not by the largest percentage or
the passages saying "latency" most."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.speedups import asks_biggest_speedup, speedups


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_CHUNKS = [
    _chunk(
        "profile#work/0",
        "work",
        "Backend Lead at Harrowgate Rail (2022-01 – present)",
        "Cut the p95 latency of the seat-map API from 900 ms to 300 ms.\n"
        "Reduced the cloud bill by 45% with reserved instances.",
    ),
    _chunk(
        "profile#work/1",
        "work",
        "Engineer at Brindle Post (2018-03 – 2021-12)",
        "Brought the nightly parcel-sort job from 6 hours to 20 minutes.\n"
        "Cut checkout latency from 1.5 s to 250 ms by caching tariffs.",
    ),
    _chunk(
        "profile#work/2",
        "work",
        "Intern at Coldwell Maps (2017-06 – 2017-09)",
        "Made map tiles render in 4 seconds instead of 8 seconds.",
    ),
    _chunk("profile#skills/0", "skill", "Go (Expert)", "Skill: Go (Expert): latency tuning, pprof"),
]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


@pytest.mark.parametrize(
    "question",
    [
        "What's the biggest latency improvement he delivered?",
        "his largest speedup?",
        "What was his most impressive performance win?",
        "biggest build time improvement",
    ],
)
def test_a_speedup_ranking_is_asked(question: str) -> None:
    assert asks_biggest_speedup(question)


@pytest.mark.parametrize(
    "question",
    ["What's his biggest cost saving?", "What was his biggest win?", "How fast is the seat-map API?"],
)
def test_other_questions_rank_no_speedup(question: str) -> None:
    assert not asks_biggest_speedup(question)


def test_speedups_reads_the_factor_of_each_line() -> None:
    lines = speedups(_CHUNKS[1].text)
    assert [round(f) for f, _ in lines] == [18, 6]
    assert "latenc" in lines[1][1] or "latency" in lines[1][1]
    assert speedups("Reduced the cloud bill by 45% with reserved instances.") == []


def test_the_largest_drop_of_the_time_named_comes_first(index: SearchIndex) -> None:
    ids = [h.chunk.id for h in index.search("What's the biggest latency improvement he delivered?")]
    # checkout latency fell six times, the seat map's three: the parcel job (18 times) is no latency
    assert ids[:2] == ["profile#work/1", "profile#work/0"], ids


def test_any_time_counts_when_none_is_named(index: SearchIndex) -> None:
    ids = [h.chunk.id for h in index.search("his largest speedup?")]
    assert ids[0] == "profile#work/1", ids
