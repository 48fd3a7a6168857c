""" "What does she do when she's not coding?" and "any sports?" ask about the owner's interests: the
time away from the work itself is free time, and a sport is a pastime."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _chunk(ident: str, kind: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=ident, text=text, keywords=())


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Oda Vik is a backend engineer in Tromsø who codes in Go."),
            _chunk(
                "profile#work/0",
                "work",
                "Work experience: Backend Engineer at Nordlys (2020 – present). Coding reviews.",
            ),
            _chunk("profile#interests/0", "interest", "Interest: Rowing — coastal rowing, regattas"),
            _chunk("profile#interests/1", "interest", "Interest: Ceramics — wheel throwing"),
        ]
    )


@pytest.mark.parametrize(
    "asked",
    ["what does she do when she's not coding?", "what does he do when he's not working?", "any sports?"],
)
def test_time_away_from_work_finds_the_interests(index: SearchIndex, asked: str) -> None:
    hits = index.search(asked, 5, weak=True)
    assert hits and hits[0].chunk.id.startswith("profile#interests/")
