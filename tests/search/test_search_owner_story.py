"""The owner's story asked whole ("what's her background?", "short bio?", "give me his summary")
is answered by the summary, the current role and what references say (understand.read_pitch), not
by the passage of online profiles that shares the summary's kind."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.understand import read_pitch


@pytest.mark.parametrize(
    "asked",
    ["What's her background?", "short bio?", "give me his summary", "What is Arjun's background", "bio?"],
)
def test_the_story_asked_whole_is_the_pitch(asked: str) -> None:
    assert read_pitch(asked) == "pitch"


@pytest.mark.parametrize(
    "asked",
    [
        "What's her academic background?",
        "Does she have a background in finance?",
        "Would she pass a background check?",
        "Is her summary accurate about Kafka?",
    ],
)
def test_a_qualified_background_is_not_the_pitch(asked: str) -> None:
    assert read_pitch(asked) is None


def test_the_summary_comes_before_the_profiles() -> None:
    chunks = [
        Chunk(
            id="profile#basics",
            uri="portfolio://profile#basics",
            kind="basics",
            title="Arjun Mehta — Data Engineer",
            text="Arjun Mehta — Data Engineer\nData engineer who spent six years building pipelines in Pune.",
            keywords=(),
        ),
        Chunk(
            id="profile#profiles",
            uri="portfolio://profile#profiles",
            kind="basics",
            title="Online profiles",
            text="Arjun Mehta online:\n- GitHub @arjunm",
            keywords=("GitHub", "arjunm"),
        ),
        Chunk(
            id="profile#work/0",
            uri="portfolio://profile#work/0",
            kind="work",
            title="Data Engineer at Kirana Retail (2020-01 – present)",
            text="Built the nightly sales pipeline.",
            keywords=(),
        ),
    ]
    hits = SearchIndex.build(chunks).search("What's his background?", 5)
    assert hits and hits[0].chunk.id == "profile#basics"
