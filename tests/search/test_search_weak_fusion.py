"""How a weak answer (a question nothing answers in full) fuses the lexical and dense candidates: the
lexical stage's best is kept among passages that are only more similar in meaning, and a passage only
faintly similar fills a slot nothing else takes."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import heyfolio.search.index as index_module
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _chunk(ident: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="work", title=title, text=text)


class SteeredEmbedder:
    """The question resembles five distractor passages (cosine 0.4: similar, not strongly), and not
    the one passage that has the question's word."""

    dense_floor = 0.3
    strong_floor = 0.55

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        out = []
        for t in texts:
            if t.startswith("Distractor"):
                out.append([0.4, 0.9165])
            elif "frobnicator" in t and "\n" in t:
                out.append([0.0, 1.0])  # the passage with the word
            else:
                out.append([1.0, 0.0])  # the question
        return out


def _weak_case() -> tuple[SearchIndex, str]:
    chunks = [_chunk(f"d{i}", f"Distractor {i}", "Looked after the office plants.") for i in range(5)]
    chunks.append(_chunk("hit", "Engineer at Gamma", "Rewrote the frobnicator."))
    # a floor no passage can reach: the question is answered only weakly
    return SearchIndex.build(chunks, SteeredEmbedder(), floor=0.99), "How did she fix the flaky frobnicator?"


def test_a_weak_answer_keeps_the_lexical_best_among_more_similar_passages() -> None:
    index, question = _weak_case()
    hits = index.search(question, weak=True)
    assert len(hits) == 5 and all(h.weak for h in hits)
    assert "hit" in [h.chunk.id for h in hits]
    assert index.search(question) == []  # without weak, nothing: it is not an answer


def test_without_keeping_it_the_lexical_best_is_pushed_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "_WEAK_LEXICAL_KEEP", 0)
    index, question = _weak_case()
    assert "hit" not in [h.chunk.id for h in index.search(question, weak=True)]


class FaintEmbedder:
    """The question is only faintly like the one passage about moving (cosine 0.2, below the dense
    floor) and unlike every other passage."""

    dense_floor = 0.3
    strong_floor = 0.55

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        out = []
        for t in texts:
            if "relocat" in t:
                out.append([0.2, 0.9798])
            elif "\n" in t:
                out.append([0.0, 1.0])
            else:
                out.append([1.0, 0.0])  # the question
        return out


def test_a_passage_below_the_dense_floor_fills_a_slot_the_lexical_stage_leaves() -> None:
    chunks = [_chunk(f"d{i}", f"Job {i}", "Looked after the office plants.") for i in range(3)]
    chunks.append(_chunk("move", "Relocation", "Happy to work remotely; not planning to relocate."))
    index = SearchIndex.build(chunks, FaintEmbedder())
    hits = index.search("Would she move to Lyon?", weak=True)
    assert [h.chunk.id for h in hits][:1] == ["move"] and all(h.weak for h in hits)
    assert index.search("Would she move to Lyon?") == []
