"""Screening questions in recruiter phrasing: "based" asked with "where" is where the owner lives, not
the noun "base"; "come on board" is joining, which the notice period and availability answer."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import normalize_token, parse_query


def _chunk(ident: str, kind: str, title: str, text: str, keywords: tuple[str, ...] = ()) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=keywords)


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk(
                "profile#basics", "basics", "Rae Doe — Engineer", "Rae Doe — Engineer\nLocation: Leeds, UK"
            ),
            _chunk(
                "profile#work/0",
                "work",
                "Engineer at Orbit (2020-01 – present)",
                "Grew the install base of the app to 40k users; rebuilt the code base.",
            ),
            _chunk(
                "profile#summary/notice_period",
                "faq",
                "Notice period",
                "Notice period (Rae Doe): one month's notice.",
                ("notice period", "notice", "start", "soon", "join", "leave", "available"),
            ),
            _chunk("profile#skills/0", "skill", "Skill: Go", "Skill: Go (Expert): gRPC, profiling"),
        ]
    )


def test_based_asked_with_where_is_the_location() -> None:
    words = {g.word for g in parse_query("where's he based right now")}
    assert normalize_token("location") in words
    assert normalize_token("based") not in words
    # without "where", "based" keeps its own sense
    assert normalize_token("based") in {g.word for g in parse_query("is the tool based on Go?")}


def test_where_based_finds_the_location_not_the_install_base(index: SearchIndex) -> None:
    hits = index.search("where's he based?")
    assert hits and hits[0].chunk.id == "profile#basics"
    assert not hits[0].weak


def test_coming_on_board_is_joining(index: SearchIndex) -> None:
    assert normalize_token("join") in {g.word for g in parse_query("how soon could she come on board?")}
    hits = index.search("If she accepted an offer, how soon could she come on board?")
    assert hits and hits[0].chunk.id == "profile#summary/notice_period"
    assert not hits[0].weak
