"""A qualified "background" frames the question, as "experience" does ("a statistics background",
"her academic background", "background in finance"): the thing qualifying it is what is asked, so
the passages naming it answer in full. Alone, or as part of a "background check", it stays."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import parse_query


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Lena Fisk", "Lena builds pricing systems in Oslo."),
            _chunk(
                "profile#work/0",
                "work",
                "Pricing Engineer at Fjord Freight",
                "Built the freight pricing service in Kotlin; finance team signs off every release.",
            ),
            _chunk(
                "profile#education/0",
                "education",
                "MSc in Economics at University of Bergvik",
                "Courses covered: Statistics, Econometrics, Game theory.",
            ),
            _chunk(
                "profile#skills/0", "skill", "Kotlin (Expert)", "Skill: Kotlin (Expert): coroutines, Ktor."
            ),
        ]
    )


@pytest.mark.parametrize(
    ("asked", "first"),
    [
        ("statistics background?", "profile#education/0"),
        ("Does she have a background in statistics?", "profile#education/0"),
        ("what's her economics background", "profile#education/0"),
        ("any econometrics background", "profile#education/0"),
    ],
)
def test_a_qualified_background_asks_for_what_qualifies_it(
    index: SearchIndex, asked: str, first: str
) -> None:
    hits = index.search(asked, 5)
    assert hits and hits[0].chunk.id == first and not hits[0].weak


@pytest.mark.parametrize(
    "asked",
    ["what's her background?", "Would she pass a criminal background check?", "background?"],
)
def test_background_alone_or_in_a_phrase_stays(asked: str) -> None:
    assert any(g.word == "background" for g in parse_query(asked))


def test_a_background_check_is_not_answered_by_the_content(index: SearchIndex) -> None:
    assert all(h.weak for h in index.search("Would she pass a criminal background check?", 5, weak=True))
