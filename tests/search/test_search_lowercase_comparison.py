"""A comparison of two platforms typed in lower case keeps a passage about each in the results,
as it does when they are capitalised (search.index, the things compared)."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


@pytest.fixture
def index() -> SearchIndex:
    work = [
        _chunk(
            f"profile#work/{i}",
            "work",
            f"Mobile Engineer at Firm{i}",
            f"Shipped iOS and Android apps for client {i}.",
        )
        for i in range(6)
    ]
    return SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Ines Moura", "Mobile lead (iOS and Android)."),
            *work,
            _chunk("profile#skills/0", "skill", "Skill: iOS", "Skill: iOS development (Expert): Swift."),
            _chunk(
                "profile#skills/1",
                "skill",
                "Skill: Android",
                "Skill: Android development (Beginner): Kotlin.",
            ),
        ]
    )


@pytest.mark.parametrize(
    "asked", ["Is she stronger on iOS or Android?", "is she stronger on ios or android?"]
)
def test_each_side_of_a_comparison_is_found(index: SearchIndex, asked: str) -> None:
    ids = {h.chunk.id for h in index.search(asked, weak=True)}
    assert {"profile#skills/0", "profile#skills/1"} <= ids
