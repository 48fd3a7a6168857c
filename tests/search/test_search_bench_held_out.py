"""The held-out question set loads, is well formed and is reported apart.

Deliberately no recall threshold here: the held-out set is a measurement, not a target (see
bench/questions/held-out.yaml), so these tests check the questions and the report, never the score.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.search_bench import HELD_OUT, SETS, SetResult, _report, load_held_out, load_questions


def test_held_out_groups_every_question_by_the_portfolio_it_asks_about() -> None:
    sets = load_held_out()
    assert set(sets) == {f"held-out/{name}" for name in SETS}
    questions = load_questions(HELD_OUT)
    assert sum(len(qs) for _, qs in sets.values()) == len(questions) >= 40
    assert len({q.id for q in questions}) == len(questions)
    for name, (chunks, qs) in sets.items():
        assert chunks and all(q.content == name.removeprefix("held-out/") for q in qs)
        assert any(not q.answerable for q in qs), f"{name} has no unanswerable question"


def test_every_held_out_fact_is_in_a_passage_of_its_portfolio() -> None:
    """A miss must be the engine's, never a fact that the content does not contain."""
    for name, (chunks, qs) in load_held_out().items():
        passages = [f"{c.title}\n{c.text}".casefold() for c in chunks]
        for q in qs:
            assert q.answerable == bool(q.facts), q.id
            for fact in q.facts:
                assert any(fact.casefold() in p for p in passages), f"{name}/{q.id}: {fact!r}"


def test_unknown_content_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "held-out.yaml"
    path.write_text('- {id: a, question: "Who?", facts: [x], content: example-owner}\n'
                    '- {id: b, question: "What?", facts: [], answerable: false, content: elsewhere}\n')  # fmt: skip
    with pytest.raises(ValueError, match="elsewhere"):
        load_held_out(path)


def test_missing_content_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "held-out.yaml"
    path.write_text('- {id: a, question: "Who?", facts: [x]}\n')
    with pytest.raises(ValueError, match="unknown content"):
        load_held_out(path)


def test_held_out_is_reported_apart_from_the_tuned_sets() -> None:
    tuned = [SetResult(name="example-owner", total=2, hits=2, answerable=(1, 1), unanswerable=(1, 1))]
    held = [
        SetResult(
            name="held-out/example-owner", total=4, hits=2, answerable=(1, 3), unanswerable=(1, 1),
            misses=["`held-out/example-owner/q` “?” — wanted facts 'x'; got nothing"],
        )
    ]  # fmt: skip
    report = _report(tuned, [], 1, 2, held)
    tuned_part, held_part = report.split("held-out, never tuned on")
    assert "| **overall** | 2 | 1/1 | 1/1 | **1.000** |" in tuned_part and "Misses: none." in tuned_part
    assert "| **overall** | 4 | 1/3 | 1/1 | **0.500** |" in held_part
    # A set kept apart is reported in aggregate only: printing its misses would show it to whoever tunes.
    assert "held-out/example-owner/q" not in report
    assert "never tuned on" not in _report(tuned, [], 1, 2)
