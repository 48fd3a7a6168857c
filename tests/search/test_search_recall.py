"""Quality gate: recall@5 on the benchmark's question sets (the same code as bench/search_bench.py)."""

from __future__ import annotations

import pytest

from bench.search_bench import RECALL_TARGET, Question, evaluate, is_hit, load_sets
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import Hit, SearchIndex


def test_recall_at_5_meets_the_target_on_both_question_sets() -> None:
    sets = load_sets()
    assert set(sets) == {"example-owner", "sample-resume"}
    results = [evaluate(name, SearchIndex.build(chunks), qs) for name, (chunks, qs) in sets.items()]
    total = sum(r.total for r in results)
    assert total >= 40
    assert sum(r.unanswerable[1] for r in results) > 0
    recall = sum(r.hits for r in results) / total
    assert recall >= RECALL_TARGET, "\n".join(m for r in results for m in r.misses)


def _hit(title: str, text: str) -> Hit:
    return Hit(
        chunk=Chunk(id=title, uri=f"portfolio://{title}", kind="post", title=title, text=text),
        score=1.0,
        snippet="",
    )


@pytest.mark.parametrize(
    ("facts", "answerable", "hits", "expected"),
    [
        (
            ("Pied Piper", "ceo"),
            True,
            [_hit("CEO at Pied Piper", "")],
            True,
        ),  # title counts, case-insensitive
        (
            ("Pied Piper", "Hooli"),
            True,
            [_hit("a", "pied piper"), _hit("b", "HOOLI")],
            True,
        ),  # facts may split
        (("Hooli",), True, [_hit("a", "x")] * 5 + [_hit("f", "Hooli")], False),  # only the top 5 count
        (("Hooli",), True, [], False),
        ((), False, [], True),
        ((), False, [_hit("a", "x")], False),
    ],
)
def test_hit_definition(facts: tuple[str, ...], answerable: bool, hits: list[Hit], expected: bool) -> None:
    question = Question(id="q", question="?", facts=facts, answerable=answerable)
    assert is_hit(question, hits) is expected
