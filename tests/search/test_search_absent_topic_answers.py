"""A topic the portfolio never names ("salary", "notice" where none is stated) is not answered by a
passage that is merely of the kind the topic hints at (an FAQ passage answers its own question), nor
by the entry a superlative of the question picks ("his current employer")."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


def _chunks(faq: bool) -> list[Chunk]:
    out = [
        _chunk("profile#basics", "basics", "Ada Byron — Engineer", "Backend engineer in Leeds."),
        _chunk("profile#work/0", "work", "Engineer at Gamma", "2021-03 – present. Payments APIs in Go."),
        _chunk("profile#work/1", "work", "Developer at Delta", "2017-01 – 2021-02. Billing reports."),
        _chunk("profile#skills/0", "skill", "Go", "Go, PostgreSQL, Kafka."),
    ]
    if faq:
        out += [
            _chunk("faq#remote", "faq", "Remote work", "Open to hybrid roles in Leeds or fully remote."),
            _chunk("faq#visa", "faq", "Work authorization", "British citizen; no sponsorship needed."),
        ]
    return out


def _strong(index: SearchIndex, question: str) -> list[str]:
    return [h.chunk.id for h in index.search(question, weak=True) if not h.weak]


@pytest.mark.parametrize(
    "question", ["What salary range is she looking for?", "What compensation is she expecting?"]
)
def test_an_faq_passage_does_not_answer_a_topic_it_never_names(question: str) -> None:
    assert _strong(SearchIndex.build(_chunks(faq=True)), question) == []


def test_an_faq_passage_still_answers_its_own_topic() -> None:
    assert "faq#remote" in _strong(SearchIndex.build(_chunks(faq=True)), "Is she open to remote work?")


def test_the_current_job_does_not_answer_an_absent_topic_asked_of_it() -> None:
    index = SearchIndex.build(_chunks(faq=False))
    assert _strong(index, "How much notice does she have to give her current employer?") == []
    assert "profile#work/0" in _strong(index, "Who is her current employer?")
