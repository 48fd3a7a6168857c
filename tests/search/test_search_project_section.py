"""A question naming the projects section in general ("any open source?", "what repos does he
have?", "side projects?") is answered by every project entry, though a project's own words are its
name and what it does, rarely "project" or "open source"; a volunteering entry that names it does not
push them out (the volunteering that maintains one may stay among them)."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _entry(kind: str, i: int, title: str, text: str) -> Chunk:
    ident = f"profile#{kind}/{i}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_CHUNKS = [
    _entry("basics", 0, "Rafe Oduya — Backend Engineer", "Backend engineer who likes open source and Go."),
    _entry("work", 0, "Backend Engineer at Pellmere Insurance (2021-02 – present)", "Claims API in Go."),
    _entry("work", 1, "Developer at Tannery Row Games (2017-05 – 2021-01)", "Matchmaking servers in Go."),
    _entry(
        "volunteer",
        0,
        "Maintainer at quillgate open-source project (2022-03 – present)",
        "Maintaining the library in my own time: reviews and releases.",
    ),
    _entry("skill", 0, "Go (Advanced)", "Skill: Go (Advanced): gRPC, profiling"),
    _entry(
        "project",
        0,
        "quillgate (2022-03)",
        "Project: quillgate — Open-source rate limiter for gRPC services.",
    ),
    _entry(
        "project", 1, "fernlog (2020-08)", "Project: fernlog — Structured log shipper for small clusters."
    ),
    _entry("project", 2, "tidemark (2019-01)", "Project: tidemark — CLI that diffs Terraform plans."),
]


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


@pytest.mark.parametrize(
    "question",
    [
        "Any open source?",
        "What repos does he have?",
        "open-source projects he maintains",
        "side projects?",
    ],
)
def test_every_project_entry_answers(index: SearchIndex, question: str) -> None:
    top = {h.chunk.id for h in index.search(question)[:4]}
    assert top >= {"profile#project/0", "profile#project/1", "profile#project/2"}
