"""A well-known technology's name typed in lower case is a name: one the portfolio never mentions
("has he shipped anything in flutter", "any jax?") is what the question asks about, as "Flutter"
capitalised would be, so passages sharing only the question's other words do not answer it. A word
that is also a word of the language counts as the name only where a thing is named ("in rust", "how
much flutter", "android apps"); in a list of bare keywords naming several technologies, one the
portfolio has answers ("react javascript")."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import UNKNOWN_NAME, UNKNOWN_TOPIC, parse_query


def _chunks() -> list[Chunk]:
    def chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
        return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)

    return [
        chunk("profile#basics", "basics", "Bo Lind — Mobile engineer", "Bo ships mobile apps from Malmö."),
        chunk(
            "ios", "work", "iOS engineer at Umbra", "Shipped three iOS apps in Swift and SwiftUI for Umbra."
        ),
        chunk(
            "web", "work", "Web developer at Kestrel", "Built the shop front in JavaScript and TypeScript."
        ),
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_chunks())


def _weight(index: SearchIndex, question: str, word: str) -> float:
    groups = parse_query(question, index._postings.__contains__, lambda w: w in {"flutter", "rust", "react"})
    return next(g.unknown_weight for g in groups if g.word.startswith(word))


def test_an_absent_lower_case_technology_weighs_as_a_name(index: SearchIndex) -> None:
    assert _weight(index, "has he shipped anything in flutter", "flutter") == UNKNOWN_NAME
    assert _weight(index, "how much flutter has he written", "flutter") == UNKNOWN_NAME
    assert _weight(index, "has he worked with amazon dynamodb", "dynamodb") == UNKNOWN_NAME


def test_a_word_of_the_language_elsewhere_is_the_word(index: SearchIndex) -> None:
    assert _weight(index, "how would he react", "react") < UNKNOWN_TOPIC


@pytest.mark.parametrize(
    "question",
    ["has he shipped anything in flutter", "has he built production apps in rust", "any xamarin apps?"],
)
def test_lower_case_absent_technology_gets_only_weak_hits(index: SearchIndex, question: str) -> None:
    assert all(h.weak for h in index.search(question, weak=True))


def test_bare_keywords_with_one_present_technology_still_answer(index: SearchIndex) -> None:
    hits = index.search("react javascript")
    assert hits and hits[0].chunk.id == "web" and not hits[0].weak
