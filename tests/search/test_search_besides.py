"""A question that sets a thing aside ("any other projects besides kettle-lint?") is read without it, so
the answer is the other entries, not the one the visitor already knows; a thing the portfolio never
names stays in the question, and "apart from work" still asks about life outside work."""

from __future__ import annotations

import pytest

from heyfolio.search.besides import without_excluded
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _project(i: int, title: str, text: str) -> Chunk:
    ident = f"profile#projects/{i}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="resume_project", title=title, text=text)


_CHUNKS = [
    _project(0, "kettle-lint (2020)", "kettle-lint checks YAML pipelines. kettle-lint has 900 stars."),
    _project(1, "kettle-lint docs (2021)", "The kettle-lint handbook site, for kettle-lint users."),
    _project(2, "kettle-lint action (2022)", "A CI action that runs kettle-lint."),
    _project(3, "kettle-lint plugin (2022)", "An editor plugin for kettle-lint."),
    _project(4, "kettle-lint bot (2023)", "A bot that comments kettle-lint findings."),
    _project(5, "tidemark (2024)", "A project for tide tables on e-ink displays."),
]


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("Any other projects besides kettle-lint?", "Any other projects?"),
        ("Besides Acme, where else has he worked?", "where else has he worked?"),
        ("Which languages does she speak other than German?", "Which languages does she speak?"),
        ("What's he into apart from work?", "What's he into apart from work?"),
        ("Has she worked anywhere besides Initech?", "Has she worked anywhere besides Initech?"),
    ],
)
def test_the_thing_set_aside_is_dropped_when_the_portfolio_names_it(question: str, read: str) -> None:
    assert without_excluded(question, lambda term: term not in {"initech"}) == read


def test_the_other_entries_answer() -> None:
    index = SearchIndex.build(_CHUNKS)
    ids = [h.chunk.id for h in index.search("Any other projects besides kettle-lint?")]
    assert "profile#projects/5" in ids
