"""Technique names a job ad abbreviates ("RAG", "IaC", "SAST") meet the words a résumé spells out
("retrieval-augmented generation", "infrastructure as code"), and a tool of their kind (Semgrep) stands
for it in part."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import normalize_token, parse_query


def _work(i: int, text: str) -> Chunk:
    ident = f"profile#work/{i}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="work", title=f"Engineer at Firm {i}", text=text)


_CHUNKS = [
    _work(0, "Built a support assistant with retrieval-augmented generation over 9,000 help articles."),
    _work(1, "Moved forty services from hand-built servers to infrastructure as code."),
    _work(2, "Rolled out Semgrep in CI across 120 repositories."),
    _work(3, "Organised the office book club."),
]


def test_abbreviations_meet_what_the_resume_spells_out() -> None:
    index = SearchIndex.build(_CHUNKS)
    for question, answer in (("RAG experience?", 0), ("Any IaC?", 1)):
        hits = [h for h in index.search(question) if not h.weak]
        assert hits and hits[0].chunk.id == f"profile#work/{answer}", question
    # a tool of the kind stands for it in part
    (sast,) = parse_query("SAST")
    assert (normalize_token("semgrep"), 0.5) in sast.terms
