"""The whole portfolio in the cached prefix when it fits the configured token budget."""

from __future__ import annotations

import re

import pytest

from heyfolio.chat import prompt
from heyfolio.published import get_published, reload


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


@pytest.fixture
def fresh(local_stack: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # A readable state store: without one, projects with a repository are withheld (fail closed).
    monkeypatch.setenv("HEYFOLIO_EMBEDDER", "none")
    reload()
    prompt._built.clear()


def test_every_passage_goes_into_the_prefix_with_its_citation_id(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEYFOLIO_PREFIX_TOKENS", "40000")
    published = get_published()
    text = prompt.system_blocks(published.portfolio)[0]["text"]
    assert "<portfolio_passages>" in text
    built = prompt.prefix(published.portfolio)
    assert [c.uri for c in built.passages] == [c.uri for c in published.index.chunks]
    for n, chunk in enumerate(built.passages, 1):
        last = chunk.text.split("\n")[-1]  # said once: maybe under an earlier passage's handle
        assert f"\n[{n}]" in text and _norm(last) in _norm(text), chunk.uri
    inside = text.split("<profile_summary>", 1)[1].split("</profile_summary>", 1)[0]
    assert (
        "<portfolio_passages>" in inside
    )  # public content: the prompt-leak shield must not flag quotes of it
    prompt._built.clear()


def test_a_portfolio_over_the_budget_is_reached_through_the_tools(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEYFOLIO_PREFIX_TOKENS", "1000")
    text = prompt.system_blocks(get_published().portfolio)[0]["text"]
    assert "<portfolio_passages>" not in text and "Use search_portfolio" in text
    prompt._built.clear()
