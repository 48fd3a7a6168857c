"""An acronym's plural ("SDKs", "GPUs", "CVEs") is its singular, written or asked either way: the
stemmer keeps the "s" of a word without vowels or ending in one, so "SDKs" missed "SDK"."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import analyze, parse_query


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("SDKs", "SDK"), ("GPUs", "GPU"), ("CVEs", "CVE"), ("PRs", "PR"), ("SLOs", "SLO"), ("ECUs", "ECU")],
)
def test_an_acronyms_plural_is_its_singular(plural: str, singular: str) -> None:
    assert analyze(f"Shipped three {plural}") == analyze(f"Shipped three {singular}")
    assert [g.word for g in parse_query(f"any {plural}?")] == [
        g.word for g in parse_query(f"any {singular}?")
    ]


@pytest.mark.parametrize(
    ("written", "term"), [("AWS", "aw"), ("iOS", "ios"), ("Ross", "ross"), ("US", "usa")]
)
def test_words_ending_in_s_that_are_no_plural_stay(written: str, term: str) -> None:
    assert analyze(f"Worked with {written}") == ["work", term]


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Pia Lund", "Pia is a developer advocate in Malmö."),
            _chunk(
                "profile#work/0",
                "work",
                "Developer Advocate at Vindla",
                "Wrote the payments SDK for Kotlin and the quickstart guides.",
            ),
            _chunk(
                "profile#projects/0",
                "project",
                "gpu-bench",
                "Benchmarks that compare GPUs for inference; 700 GitHub stars.",
            ),
        ]
    )


@pytest.mark.parametrize(
    ("asked", "first"),
    [
        ("Which SDKs has she written?", "profile#work/0"),
        ("which sdks has she written?", "profile#work/0"),
        ("Has she benchmarked a GPU?", "profile#projects/0"),
        ("gpus?", "profile#projects/0"),
    ],
)
def test_plural_or_singular_finds_the_other(index: SearchIndex, asked: str, first: str) -> None:
    hits = index.search(asked, 5)
    assert hits and hits[0].chunk.id == first and not hits[0].weak


def test_a_platform_name_ending_in_s_is_no_plural() -> None:
    """ "iOS" is not the plural of the "io" of "io_uring" or "crates.io"."""
    words = [g.word for g in parse_query("any ios apps?", known=lambda t: t in {"io", "app"})]
    assert words[0] == "ios"
