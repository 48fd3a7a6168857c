"""A fact asked in one part of a two-part question is read against what that part names: "which company
bought the start-up she joined first, and what did she build there with quarkle?" asks no buyer of the
quarkle project, so quarkle's silence on a buyer does not mark the answer weak. Asked of quarkle itself,
it does."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _chunks() -> list[Chunk]:
    def chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
        return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)

    return [
        chunk("profile#basics", "basics", "Mats Ek — Engineer", "Mats builds search backends in Umeå."),
        chunk(
            "profile#work/0",
            "work",
            "Engineer at Norrsken Retail (2021-03 – present)",
            "Work experience: Engineer at Norrsken Retail (2021-03 – present)\n"
            "Joined when Norrsken Retail acquired Tallbo Search, the start-up I joined first.",
        ),
        chunk(
            "profile#work/1",
            "work",
            "First engineer at Tallbo Search (2018-01 – 2021-02)",
            "Work experience: First engineer at Tallbo Search (2018-01 – 2021-02)\n"
            "Built the ranking service on quarkle, an open-source query parser.",
        ),
        chunk(
            "profile#projects/0",
            "resume_project",
            "quarkle (2019-05)",
            "Project: quarkle (2019-05) — An open-source query parser in Rust.\nHighlights:\n- 900 GitHub stars.",
        ),
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_chunks())


def test_a_buyer_asked_in_one_part_is_not_asked_of_the_entry_the_other_part_names(index: SearchIndex) -> None:
    hits = index.search(
        "Which company bought the start-up he joined first, and what did he build there with quarkle?"
    )
    assert hits and not hits[0].weak


def test_a_buyer_asked_of_the_named_entry_that_states_none_is_weak(index: SearchIndex) -> None:
    hits = index.search("Who acquired quarkle?", weak=True)
    assert hits and all(h.weak for h in hits)
