"""Passage titles are analysed once per index, not on every "how long"/comparison question.

Why: at 10k passages, stemming every title on each such question was the search latency tail."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from heyfolio.search import index as index_module
from heyfolio.search import understand
from heyfolio.search.artifact import index_from_state, index_state
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.understand import Facts
from tests.search.conftest import make_portfolio

QUESTIONS = (
    "How long was she at Parcelfox?",
    "how long was she a backend developer",  # matched by the entry's title
    "Was she longer at Ledgerline or at Parcelfox?",  # a comparison: one passage per named thing
)


@pytest.fixture
def title_analyses(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[SearchIndex], int]]:
    """Counts analyses of any passage title (by the index or by the facts reader) from now on."""
    calls: list[str] = []
    real = index_module.analyze

    def counting(text: str, *args: object, **kwargs: object) -> list[str]:
        calls.append(text)
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(index_module, "analyze", counting)
    monkeypatch.setattr(understand, "analyze", counting)

    def count(index: SearchIndex) -> int:
        titles = {c.title for c in index.chunks}
        return sum(1 for text in calls if text in titles)

    yield count


def test_questions_analyse_no_title_once_the_index_is_built(
    title_analyses: Callable[[SearchIndex], int],
) -> None:
    index = SearchIndex.build(chunk_portfolio(make_portfolio()))
    built = title_analyses(index)
    assert built == len(index)  # each title once, while building
    first = [[h.chunk.id for h in index.search(q, weak=True)] for q in QUESTIONS]
    again = [[h.chunk.id for h in index.search(q, weak=True)] for q in QUESTIONS]
    assert title_analyses(index) == built  # no question analysed a title
    assert first == again
    assert first[0][0] == "profile#work/1"  # Parcelfox, found by its name
    assert first[1][0] == "profile#work/1"  # ... and by the title "Backend Developer"
    assert {"profile#work/0", "profile#work/1"} <= set(first[2])


def test_a_loaded_index_analyses_its_titles_once_on_first_use(
    title_analyses: Callable[[SearchIndex], int],
) -> None:
    built = SearchIndex.build(chunk_portfolio(make_portfolio()))
    state, vectors = index_state(built)
    loaded = index_from_state(state, embedder=None, vectors=vectors)
    before = title_analyses(loaded)
    expected = [[h.chunk.id for h in built.search(q, weak=True)] for q in QUESTIONS]
    got = [[h.chunk.id for h in loaded.search(q, weak=True)] for q in QUESTIONS]
    assert got == expected  # same answers as the index that built its titles
    after = title_analyses(loaded)
    [loaded.search(q) for q in QUESTIONS]
    assert title_analyses(loaded) == after  # analysed at most once: later questions analyse none
    assert after - before <= 2 * len(loaded)


def test_facts_read_dated_titles_without_their_qualifier_given_titles_or_not() -> None:
    index = SearchIndex.build(chunk_portfolio(make_portfolio()))
    own = Facts(index.chunks)  # analyses the titles itself
    given = Facts(index.chunks, index._title_terms())
    assert own.titles == given.titles
    assert own.entry_titles == given.entry_titles
    work = next(i for i, c in enumerate(index.chunks) if c.id == "profile#work/1")
    assert "2016" in own.titles[work]  # "Backend Developer at Parcelfox (2016-01 – 2021-02)"
    assert "2016" not in own.entry_titles[work]  # the dates qualifier is not what the entry is called
    assert {"backend", "parcelfox"} <= own.entry_titles[work]
