"""A field of computing named by two words, one of them common ("reinforcement learning", "computer
vision"), is one idea: a portfolio that only shares the common word ("machine learning") does not
answer it, and one naming the field does."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _chunks() -> list[Chunk]:
    def chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
        return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)

    return [
        chunk(
            "profile#basics",
            "basics",
            "Pia Sandvik — ML Engineer",
            "Pia trains forecasting models in Bergen.",
        ),
        chunk(
            "profile#work/0",
            "work",
            "ML Engineer at Fjordlys (2020-01 – present)",
            "Work experience: ML Engineer at Fjordlys (2020-01 – present)\nBuilt machine learning models for "
            "demand forecasting and taught the team's learning sessions.",
        ),
        chunk(
            "profile#projects/0",
            "resume_project",
            "shelfcam (2022-03)",
            "Project: shelfcam (2022-03) — Computer vision for counting stock on shop shelves.",
        ),
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_chunks())


def test_a_field_only_its_common_word_matches_is_not_answered(index: SearchIndex) -> None:
    assert index.search("Has she worked with reinforcement learning?") == []


def test_a_field_the_portfolio_names_is_answered(index: SearchIndex) -> None:
    hits = index.search("Any computer vision experience?")
    assert hits and hits[0].chunk.id == "profile#projects/0"
    hits = index.search("Has she done machine learning work?")
    assert hits and hits[0].chunk.id == "profile#work/0"
