"""A few words naming an entry and a measure it is counted by ("quillmark stars", "downloads of
tallyho?") ask its figure as "how many" would: when the entry states none, search marks its hits weak."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.figures import asked_measure
from heyfolio.search.index import SearchIndex


def _chunks() -> list[Chunk]:
    def chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
        return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)

    return [
        chunk("profile#basics", "basics", "Ada Holm — Engineer", "Ada builds developer tools in Turku."),
        chunk(
            "profile#projects/0",
            "resume_project",
            "quillmark (2021-03)",
            "Project: quillmark (2021-03) — A Markdown linter. Highlights: about 2,100 GitHub stars.",
        ),
        chunk(
            "profile#projects/1",
            "resume_project",
            "tallyho (2022-05)",
            "Project: tallyho (2022-05) — A time tracker in Rust; 40,000 downloads on crates.io.",
        ),
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_chunks())


def test_terse_words_ask_a_measure() -> None:
    assert asked_measure("tallyho stars") == "star"
    assert asked_measure("downloads of quillmark?") == "download"
    assert asked_measure("quillmark contributors") == "contributor"
    # a question word, a comparison, a word that is not only a count, or a long message: not read so
    assert asked_measure("what stars does she follow on GitHub and why") is None
    assert asked_measure("quillmark or tallyho stars") is None
    assert asked_measure("quillmark users") is None
    assert asked_measure("she got stars for her talk at the linter meetup") is None


def test_a_terse_measure_the_entry_states_answers(index: SearchIndex) -> None:
    hits = index.search("quillmark stars", 5, weak=True)
    assert hits and not hits[0].weak


def test_a_terse_measure_the_entry_does_not_state_is_weak(index: SearchIndex) -> None:
    hits = index.search("tallyho stars", 5, weak=True)
    assert hits and all(h.weak for h in hits)
