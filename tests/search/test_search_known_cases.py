"""The bad cases issue 11 quotes, as tests (the shipped dense stage on)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from heyfolio.content.loader import load_portfolio
from heyfolio.published import make_embedder
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex

CONTENT = Path(__file__).resolve().parents[2] / "content"


@cache
def index() -> SearchIndex:
    return SearchIndex.build(chunk_portfolio(load_portfolio(CONTENT)), make_embedder("minilm"))


def test_a_strong_partial_match_is_shown_marked_weak_not_dropped() -> None:
    hits = index().search("React JavaScript", weak=True)
    assert [h.chunk.id for h in hits][:1] == ["profile#skills/4"]  # Frontend: TypeScript, React, ...
    assert all(h.weak for h in hits)
    assert index().search("React JavaScript") == []  # the strict answer stays "nothing relevant"


def test_kubernetes_in_production_surfaces_the_eks_migration() -> None:
    hits = index().search("Has she run Kubernetes in production?")
    assert "profile#work/0" in [h.chunk.id for h in hits]
    assert "EKS" in next(h for h in hits if h.chunk.id == "profile#work/0").chunk.text


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("What's her most popular project?", "projects/ledgerline#results"),  # 2,300 GitHub stars
        ("What is her most recent job?", "profile#work/0"),
        ("What was her first role?", "profile#work/3"),
        ("Where does she live?", "profile#basics"),
        ("Why should we hire her?", "profile#basics"),
    ],
)
def test_superlatives_where_and_why_hire_are_answered_from_the_facts(question: str, first: str) -> None:
    assert index().search(question)[0].chunk.id == first


def test_a_comparison_keeps_both_named_things() -> None:
    ids = [h.chunk.id for h in index().search("Was she longer at Cobalt or at Parcelbird?")]
    assert {"profile#work/1", "profile#work/2"} <= set(ids)


def test_unanswerable_questions_get_nothing_strong() -> None:
    for question in ("Has she worked at Google?", "Does she know Elixir?", "Is she married?"):
        assert not [h for h in index().search(question, weak=True) if not h.weak], question
