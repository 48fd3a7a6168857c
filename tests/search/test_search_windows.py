"""Long passages are embedded with windows too, so the dense stage sees their ends (search.windows)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest

from heyfolio.search import index as index_module
from heyfolio.search.artifact import index_from_state, index_state
from heyfolio.search.chunks import Chunk
from heyfolio.search.embedder import HashingEmbedder
from heyfolio.search.index import SearchIndex
from heyfolio.search.windows import LONG_PASSAGE_CHARS, WINDOW_CHARS, passage_windows

READS = 800  # characters the toy model reads: like MiniLM's 256 word pieces, it drops the rest


class ShortSighted:
    """A deterministic embedder that, like the real model, only reads the start of a text."""

    def __init__(self) -> None:
        self._inner = HashingEmbedder()
        self.dimensions = self._inner.dimensions

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return self._inner.embed([t[:READS] for t in texts])


def chunk(ident: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="work", title=title, text=text)


FILLER = [f"Highlight {i}: kept the nightly batch of ledgers and parcels moving on time." for i in range(20)]
LONG = chunk(
    "profile#work/0",
    "Staff Engineer at Harbourline (2021-03 – present)",
    "\n".join(
        ["Work experience: Staff Engineer at Harbourline", *FILLER, "Mentored seven apprentices in welding"]
    ),
)
OTHERS = [
    chunk("profile#work/1", "Engineer at Quayside (2015-01 – 2021-02)", "Work experience: Engineer at Quayside\nWrote the billing service."),
    chunk("profile#work/2", "Intern at Dockyard (2014-06 – 2014-09)", "Work experience: Intern at Dockyard\nSorted the spare parts in the welding shop."),
]  # fmt: skip
QUESTION = "mentored seven apprentices in welding"


def similar(index: SearchIndex, question: str) -> list[str]:
    ranked, _ = index._similar(index.embed_question(question), len(index))
    return [index.chunks[d].id for d, _ in ranked]


def test_a_short_passage_has_no_windows() -> None:
    assert passage_windows("Title", "First line\nsecond line\nthird line") == []
    assert passage_windows("Title", "x" * LONG_PASSAGE_CHARS) == []  # one line: nothing to window


def test_a_long_passage_is_cut_into_windows_of_whole_lines_that_keep_its_head() -> None:
    windows = passage_windows(LONG.title, LONG.text)
    lines = LONG.text.split("\n")
    assert len(windows) >= 2
    for w in windows:
        title, head, *body = w.split("\n")
        assert (title, head) == (LONG.title, lines[0])  # what the passage is about, in every window
        assert sum(len(b) + 1 for b in body) <= WINDOW_CHARS + max(len(b) for b in body)
    # every line of the body in exactly one window, in the text's order
    assert [b for w in windows for b in w.split("\n")[2:]] == lines[1:]


def test_the_end_of_a_long_passage_is_found_by_meaning_through_its_windows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chunks = [LONG, *OTHERS]
    with_windows = SearchIndex.build(chunks, ShortSighted())
    assert similar(with_windows, QUESTION)[0] == LONG.id
    monkeypatch.setattr(index_module, "passage_windows", lambda title, text: [])
    without = SearchIndex.build(chunks, ShortSighted())
    assert similar(without, QUESTION)[0] != LONG.id  # the model never read that line
    # a window only adds: for any question the passage is at least as similar as its own vector says
    d = next(i for i, c in enumerate(without.chunks) if c.id == LONG.id)
    for question in (QUESTION, "Staff Engineer at Harbourline", "billing service"):
        _, own = without._similar(without.embed_question(question), len(without))
        _, best = with_windows._similar(with_windows.embed_question(question), len(with_windows))
        assert best(d) >= own(d) - 1e-6


def test_windows_count_in_a_large_index_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """From ``_DENSE_COARSE_MIN`` passages similarity is estimated first; exact scores still take the
    windows' best."""
    monkeypatch.setattr(index_module, "_DENSE_COARSE_MIN", 2)
    index = SearchIndex.build([LONG, *OTHERS], ShortSighted())
    assert index._coarse is not None
    ranked, exact = index._similar(index.embed_question(QUESTION), 3)
    assert index.chunks[ranked[0][0]].id == LONG.id
    d = next(i for i, c in enumerate(index.chunks) if c.id == LONG.id)
    assert exact(d) == pytest.approx(ranked[0][1])


def test_windows_travel_with_the_index_state() -> None:
    built = SearchIndex.build([LONG, *OTHERS], ShortSighted())
    state, vectors = index_state(built)
    assert len(state["window_owners"]) == len(passage_windows(LONG.title, LONG.text))
    assert len(vectors) == len(built) + len(state["window_owners"])
    loaded = index_from_state(state, embedder=ShortSighted(), vectors=vectors)
    assert similar(loaded, QUESTION) == similar(built, QUESTION)
    # windows stored in any order rank the same (each passage's are grouped when loaded)
    n = len(built)
    shuffled = {**state, "window_owners": state["window_owners"][::-1]}
    reordered = index_from_state(
        shuffled, embedder=ShortSighted(), vectors=np.concatenate([vectors[:n], vectors[n:][::-1]])
    )
    assert similar(reordered, QUESTION) == similar(built, QUESTION)
    bad: dict[str, Any] = {**state, "window_owners": [len(built)] * len(state["window_owners"])}
    with pytest.raises(ValueError, match="window owners"):
        index_from_state(bad, embedder=ShortSighted(), vectors=vectors)
    with pytest.raises(ValueError, match="windows"):
        index_from_state(state, embedder=ShortSighted(), vectors=vectors[: len(built)])
