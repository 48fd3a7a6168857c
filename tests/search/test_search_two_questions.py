"""A message asking two things ("Which certs does he hold? Also, is he OK with remote work?") is answered
by the passages answering each of its questions, not by the bag of both questions' words."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.parts import asked_parts


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_CHUNKS = [
    _chunk(
        "profile#certificates/0",
        "certificate",
        "Certificate: Certified Kubernetes Security Specialist (CKS)",
        "Issued by The Linux Foundation (2023-05).",
    ),
    _chunk(
        "profile#summary/remote",
        "summary",
        "Remote work and relocation (Bram Okoro)",
        "Open to remote work within the EU; not relocating.",
    ),
    _chunk("profile#education/0", "education", "Education: BSc in Physics at Gdańsk Tech", "Graduated 2014."),
    _chunk("profile#basics", "basics", "Bram Okoro — Platform Engineer", "Lives in Gdańsk, Poland."),
    _chunk("profile#work/0", "work", "Platform Engineer at Szkwał (2019 – present)", "Runs the build farm."),
]


def test_a_message_is_split_where_a_second_question_starts() -> None:
    assert asked_parts("Which certs does he hold? Also, is he OK with remote work?") == [
        "Which certs does he hold",
        "is he OK with remote work",
    ]
    assert asked_parts("Where did he study, and where does he live now?") == [
        "Where did he study",
        "where does he live now",
    ]
    # alternatives of one question, an aside, or a short follow-up that leans on the first: one question
    assert asked_parts("Has he led a team, or only led technically?") == []
    assert asked_parts("Did he move to Poland - and when?") == []
    assert asked_parts("What does he do at Szkwał? Why?") == []
    # a later question pointing back at the first one's subject is read with it
    assert asked_parts("did he ever run a hackathon? how'd it go") == []
    assert asked_parts("Which client hired him first, and where is that client based?") == []


def test_each_question_of_the_message_brings_its_passage() -> None:
    index = SearchIndex.build(_CHUNKS)
    found = [h.chunk.id for h in index.search("Which certs does he hold? Also is he OK with remote work?")]
    assert {"profile#certificates/0", "profile#summary/remote"} <= set(found)


def test_ok_in_capitals_names_nothing() -> None:
    index = SearchIndex.build(_CHUNKS)
    hits = index.search("is he OK with remote work?")
    assert hits and hits[0].chunk.id == "profile#summary/remote"
