"""A "why did she build it?" or "how does it work?" question about a write-up is answered by the
write-up's section under that heading ("Why", "How it works", "Architecture"), whose words are the
reasons or the design and share nothing with the question."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.sections import asked_section


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_CHUNKS = [
    _chunk(
        "profile#work/0", "work", "Engineer at Lindqvist Ferries (2020-01 – present)", "Ticketing backend."
    ),
    _chunk(
        "projects/quaylight",
        "project",
        "quaylight",
        "Project: quaylight — A solar lamp for the ferry pier that dims itself when nobody is waiting.",
    ),
    _chunk(
        "projects/quaylight#why",
        "project",
        "quaylight — Why",
        "quaylight — Why / The old pier lights burned all night for three passengers an hour.",
    ),
    _chunk(
        "projects/quaylight#how-it-works",
        "project",
        "quaylight — How it works",
        "quaylight — How it works / A radar module wakes a microcontroller, which ramps the LEDs up.",
    ),
    _chunk(
        "projects/quaylight#results",
        "project",
        "quaylight — Results",
        "quaylight — Results / Energy use fell by 70% over one winter.",
    ),
    _chunk(
        "projects/quaylight#what-i-learned",
        "project",
        "quaylight — What I learned",
        "quaylight — What I learned / Weatherproofing took longer than the firmware.",
    ),
    _chunk("profile#skills/0", "skill", "Embedded (Advanced)", "Skill: Embedded (Advanced): C, Zephyr"),
]


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("Why did she build quaylight?", "projects/quaylight#why"),
        ("Why did she make the solar pier lamp?", "projects/quaylight#why"),
        ("why quaylight", "projects/quaylight#why"),
        ("How does quaylight work?", "projects/quaylight#how-it-works"),
        ("How is the pier lamp built?", "projects/quaylight#how-it-works"),
    ],
)
def test_the_section_the_question_asks_for_comes_second(
    index: SearchIndex, question: str, section: str
) -> None:
    ids = [h.chunk.id for h in index.search(question)]
    assert section in ids[:2], ids


@pytest.mark.parametrize(
    "question",
    [
        "Why should we hire her?",
        "How many years of experience?",
        "Why did she leave?",
        "How is she as a mentor?",
    ],
)
def test_other_questions_ask_for_no_section(question: str) -> None:
    assert asked_section(question) is None
