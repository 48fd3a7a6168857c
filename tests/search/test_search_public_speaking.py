"""Speaking asked where, at what or as an experience is public speaking ("where has she spoken?",
"does he speak at conferences?"): the talks answer, not the languages spoken; a question naming a
language or languages stays about languages."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Maja Kowal", "Maja is a backend engineer in Gdańsk."),
            _chunk(
                "profile#languages",
                "language",
                "Languages spoken",
                "Languages spoken: Polish (Native speaker); English (Fluent); Italian (Basic).",
            ),
            _chunk(
                "profile#publications/0",
                "publication",
                "Queues without tears (Baltic Dev Days 2024 (conference talk), 2024-05)",
                "Publication: a talk on retry queues and idempotency.",
            ),
            _chunk(
                "profile#work/0", "work", "Backend Engineer at Morska Pay", "Built the payout service in Go."
            ),
        ]
    )


@pytest.mark.parametrize(
    "asked",
    [
        "Where has she spoken?",
        "Does she speak at conferences?",
        "any public speaking?",
        "speaking experience?",
    ],
)
def test_public_speaking_is_the_talks(index: SearchIndex, asked: str) -> None:
    hits = index.search(asked, 5)
    assert hits and hits[0].chunk.id == "profile#publications/0"


@pytest.mark.parametrize(
    "asked",
    ["What languages does she speak?", "Does she speak Italian?", "Which languages does she speak fluently?"],
)
def test_languages_spoken_stay_languages(index: SearchIndex, asked: str) -> None:
    hits = index.search(asked, 5)
    assert hits and hits[0].chunk.id == "profile#languages"
