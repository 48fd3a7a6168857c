"""What a reply reads of a text whatever the question is read once, and reads the same as before.

Why (session 37): the offline answerer analysed, split and scored the same passages for every question,
and recompiled patterns built at run time once re's own cache overflowed; the memos must be invisible:
the same result, a list of its own for each caller, bounded, and keyed by all they depend on."""

from __future__ import annotations

import re

import pytest

from heyfolio.chat import offline
from heyfolio.content.model import Basics, Portfolio, Project, Resume, Skill, Work
from heyfolio.search import text
from heyfolio.search.patterns import compiled

SENTENCE = "Cut p99 latency from 2.4 s to 180 ms for 3 GraphQL services on Node.js."


def test_a_memoized_analysis_is_the_analysis_and_each_caller_gets_its_own_list(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(text, "_ANALYZED", {})
    first = text.analyze(SENTENCE)
    assert first == text._analyze(SENTENCE)
    first.append("changed by a caller")
    assert text.analyze(SENTENCE) == text._analyze(SENTENCE)  # the memo kept its own copy
    assert text.analyze(SENTENCE, parts=True) == text._analyze(SENTENCE, parts=True)  # keyed by parts too


def test_an_analysis_recording_surfaces_records_them_every_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "_ANALYZED", {})
    text.analyze(SENTENCE)
    surfaces: dict[str, str] = {}
    text.analyze(SENTENCE, surfaces)
    assert surfaces.get("latency") == "latenc"


def test_the_analysis_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "_ANALYZED", {})
    monkeypatch.setattr(text, "_ANALYZED_MAX", 3)
    for t in ("alpha beta", "gamma delta", "epsilon zeta", "eta theta"):
        text.analyze(t)
    assert len(text._ANALYZED) <= 3


def test_a_sentence_reading_is_what_scoring_read_of_it() -> None:
    reading = offline._reading(SENTENCE)
    assert reading.words == frozenset(text.analyze(SENTENCE))
    assert reading.changed and reading.amount and reading.counted  # "Cut ... from 2.4 s to 180 ms"
    assert not offline._reading("Acquired in 2018.").amount  # a year says when, not how much


def test_split_sentences_are_each_callers_own() -> None:
    body = "Built the ledger. It now runs for three banks.\n- Led a team of four"
    lines = offline._sentence_lines(body)
    lines.clear()
    assert offline._sentence_lines(body) == offline._split_lines(body)
    assert offline._sentence_lines(body, True) == offline._split_lines(body, True)


def _portfolio() -> Portfolio:
    resume = Resume(
        basics=Basics(name="Ines Moreau"),
        work=(Work(name="Calder", position="Engineer", highlights=("Ran the office move.",)),),
        skills=(Skill(name="Backend", keywords=("Rust",)),),
    )
    return Portfolio(
        resume=resume,
        projects=(
            Project(slug="tidepool", title="Tidepool", summary="A tide logger.", body="Written in Rust."),
        ),
    )


def test_the_built_skill_follows_the_visible_projects() -> None:
    portfolio = _portfolio()
    assert offline._built_skill(portfolio, portfolio.projects) == "Rust"  # only the project names it
    assert offline._built_skill(portfolio, ()) is None  # the project hidden: recomputed, not remembered
    assert offline._built_skill(_portfolio(), ()) is None  # an equal portfolio is another key


def test_a_run_time_pattern_is_compiled_once_and_matches_as_re_does() -> None:
    pattern = rf"(?<![\w+#-]){re.escape('c++')}(?![\w+#-])"
    assert compiled(pattern) is compiled(pattern)
    assert compiled(pattern, re.IGNORECASE) is not compiled(pattern)
    assert bool(compiled(pattern).search("c++ and go")) == bool(re.search(pattern, "c++ and go"))
