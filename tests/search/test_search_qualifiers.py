"""A figure asked under a qualifier ("the p99 latency", "high-severity findings", "in its second year")
that the passages found state only a sibling of ("p95", "critical", "first year") is not answered by
them: what search found is marked weak. The qualifier's word anywhere in what was found, or a
question naming none, leaves the passages as they are."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.qualifiers import contrasted_qualifier


def _chunks() -> list[Chunk]:
    def chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
        return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)

    return [
        chunk("profile#basics", "basics", "Ada Brenner — Engineer", "Ada builds payment backends in Graz."),
        chunk(
            "profile#work/0",
            "work",
            "Security Engineer at Kranich Pay (2020-01 – present)",
            "Work experience: Security Engineer at Kranich Pay (2020-01 – present)\n"
            "Highlights:\n- Cut median time to fix critical findings in the refund API from 30 days to 4 days.\n"
            "- Started the bug bounty program: EUR 90,000 paid in its first year.\n"
            "- Cut p95 latency of the refund API from 800 ms to 120 ms.",
        ),
        chunk(
            "profile#projects/0",
            "resume_project",
            "floeorakel (2022-05)",
            "Project: floeorakel (2022-05) — A scanner for web shops.\nHighlights:\n- 6 CVEs found, 2 rated critical.",
        ),
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_chunks())


def test_a_sibling_qualifier_is_not_the_one_asked() -> None:
    texts = [c.text for c in _chunks()]
    assert contrasted_qualifier("What is the p99 latency of the refund API?", texts) == "99"
    assert contrasted_qualifier("How many of the CVEs were rated high?", texts) == "high"
    assert contrasted_qualifier("What is the median time to fix high-severity findings?", texts) == "high"
    assert contrasted_qualifier("How much did the bug bounty pay in its second year?", texts) == "2 year"


def test_the_qualifier_stated_or_none_asked_is_left_alone() -> None:
    texts = [c.text for c in _chunks()]
    assert contrasted_qualifier("What is the p95 latency of the refund API?", texts) is None
    assert contrasted_qualifier("How many CVEs were rated critical?", texts) is None
    assert contrasted_qualifier("How much did the bug bounty pay in its first year?", texts) is None
    assert contrasted_qualifier("What latency did the refund API reach?", texts) is None
    assert contrasted_qualifier("Has she cut p99 latency?", texts) is None  # asks no value
    # the word anywhere in what was found: read broadly, left to the rest of the engine
    assert contrasted_qualifier("How many high findings?", [*texts, "High availability work."]) is None


def test_search_marks_the_sibling_weak(index: SearchIndex) -> None:
    hits = index.search("How many days to fix high-severity findings in the refund API?", weak=True)
    assert hits and all(h.weak for h in hits)
    assert index.unstated("What is the p99 latency of the refund API?", [c for c in _chunks()])
    hits = index.search("How many days to fix critical findings in the refund API?")
    assert hits and not hits[0].weak


def test_a_safety_integrity_level_is_a_closed_set_of_siblings() -> None:
    said = ["Worked to MISRA C and ISO 26262 (ASIL B) guidelines."]
    assert contrasted_qualifier("Which ASIL D projects has she worked on?", said) == "asil d"
    assert contrasted_qualifier("What ASIL-C experience does he have?", said) == "asil c"
    assert contrasted_qualifier("Which ASIL B work has she done?", said) is None
    assert contrasted_qualifier("What ASIL level has she worked to?", said) is None  # none asked
    assert contrasted_qualifier("Which SIL 3 systems has she built?", said) is None  # no SIL sibling said
