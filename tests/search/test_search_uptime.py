"""A question about uptime finds the passage that states availability against an SLO, while a
question about when the owner is available does not (search.text's one-way concept words)."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


def _index() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Tove Lind", "Tove lives in Malmö."),
            _chunk(
                "profile#work/0",
                "work",
                "SRE at Harbourline",
                "Kept the booking service at 99.97% availability against a 99.9% SLO.",
            ),
            _chunk("profile#work/1", "work", "Developer at Mossgate", "Built the search page in Vue."),
            _chunk("faq#availability", "faq", "Availability", "Available from March, after notice."),
        ]
    )


def test_uptime_finds_the_slo_passage() -> None:
    hits = _index().search("what uptime did she keep?")
    assert hits and hits[0].chunk.id == "profile#work/0"


def test_availability_to_start_still_finds_the_faq() -> None:
    hits = _index().search("when is she available?")
    assert hits and hits[0].chunk.id == "faq#availability"
