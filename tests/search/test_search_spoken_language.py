"""A question naming a spoken language the portfolio grades ("could she present in Italian?") brings the
passage listing the owner's languages and levels, whatever else it asks about."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _entry(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_CHUNKS = [
    _entry(
        "profile#work/0",
        "work",
        "Product Engineer at Vetrata (2020-01 – present)",
        "Work experience: Product Engineer at Vetrata (2020-01 – present)\nRuns client workshops for "
        "the booking product and works with the support team in Turin.",
    ),
    _entry(
        "profile#work/1",
        "work",
        "Developer at Ostrica (2016-03 – 2019-12)",
        "Work experience: Developer at Ostrica (2016-03 – 2019-12)\nBuilt the client portal and ran "
        "workshops with partner agencies.",
    ),
    _entry(
        "profile#languages",
        "language",
        "Languages spoken",
        "Languages spoken: English (Native speaker); Italian (Limited working proficiency (B1))",
    ),
    _entry("profile#interests/0", "interest", "Interest: Sailing", "Interest: Sailing — dinghy racing"),
]


def test_a_named_spoken_language_brings_the_languages_passage() -> None:
    index = SearchIndex.build(_CHUNKS)
    hits = index.search("Could she run the client workshops for our Milan partners in Italian?", weak=True)
    assert "profile#languages" in [h.chunk.id for h in hits]


def test_a_language_the_portfolio_does_not_grade_brings_nothing_extra() -> None:
    index = SearchIndex.build(_CHUNKS)
    assert index._spoken("Could she run the client workshops in Greek?") is None
    assert index._spoken("Could she run the client workshops?") is None
