"""A question asking what only the owner can say - a salary, how soon she could start - gets weak hits
when no passage of the portfolio states it, though a job's "started" shares its words; stated anywhere,
search ranks as before."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.owner_only import asked_owner_topics, unstated_owner_topic


def chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_WORK = chunk(
    "profile#work/0",
    "work",
    "Data Engineer at Virta (2021-02 – present)",
    "Work experience: Data Engineer at Virta\nMika started here soon after the start-up was founded; she set up how soon data lands.",
)
_BASICS = chunk("profile#basics", "basics", "Mika Laine — Data Engineer", "Mika builds data pipelines.")
_NOTICE = chunk(
    "profile#summary/notice_period", "basics", "Mika Laine — notice period", "Notice period: two months."
)


def test_the_topics_only_the_owner_can_answer() -> None:
    assert asked_owner_topics("How soon could Mika start?") == ["notice period or start date"]
    assert asked_owner_topics("what salary is she after?") == ["salary expectations"]
    assert asked_owner_topics("When did Mika start at Virta?") == []
    assert unstated_owner_topic("How soon could Mika start?", [_BASICS, _WORK]) is not None
    assert unstated_owner_topic("How soon could Mika start?", [_BASICS, _WORK, _NOTICE]) is None


def test_an_unstated_start_date_gets_weak_hits() -> None:
    index = SearchIndex.build([_BASICS, _WORK])
    hits = index.search("How soon could Mika start?", 5, weak=True)
    assert hits and all(h.weak for h in hits)


@pytest.mark.parametrize("question", ["How soon could Mika start?", "What's Mika's notice period?"])
def test_a_stated_notice_period_still_answers(question: str) -> None:
    index = SearchIndex.build([_BASICS, _WORK, _NOTICE])
    hits = index.search(question, 5, weak=True)
    assert any(not h.weak for h in hits)
