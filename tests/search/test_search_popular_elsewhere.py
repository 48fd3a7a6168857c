"""Open source written only as a job's highlight ("open-sourced tallyq; 900 GitHub stars") answers "her
best-known open-source tool?" when no project entry states a figure; a question about the notice owed
to the current employer is not a ranking of jobs."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.understand import read_superlative


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


def test_a_jobs_open_source_figure_ranks_when_no_project_has_one() -> None:
    index = SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Oskar Lind", "Oskar is a data engineer in Uppsala."),
            _chunk(
                "profile#work/0",
                "work",
                "Data Engineer at Fjäril Bank (2021-01 – present)",
                "Built the ledger pipeline in Go.\nOpen-sourced tallyq, a Go tool for queue lag; 900 GitHub stars.",
            ),
            _chunk(
                "profile#work/1",
                "work",
                "Analyst at Norrsken (2017-01 – 2020-12)",
                "Wrote SQL reports for the open data portal.",
            ),
            _chunk(
                "profile#publications/0",
                "publication",
                "Lag you can see (Data Days 2024 (conference talk), 2024-04)",
                "A talk on queue lag and the tools we open-sourced.",
            ),
        ]
    )
    hits = index.search("What's his best-known open-source tool?", 5)
    assert hits and hits[0].chunk.id == "profile#work/0"


def test_a_projects_figure_still_ranks_first() -> None:
    index = SearchIndex.build(
        [
            _chunk(
                "profile#work/0", "work", "Engineer at Fjäril Bank", "Open-sourced tallyq; 900 GitHub stars."
            ),
            _chunk("profile#projects/0", "project", "ripple", "Project: ripple, a CLI. 300 GitHub stars."),
        ]
    )
    hits = index.search("most popular project?", 5)
    assert hits and hits[0].chunk.id == "profile#projects/0"


def test_notice_to_the_current_employer_ranks_nothing() -> None:
    assert read_superlative("What notice would she have to give her current employer?") is None
    assert read_superlative("What does she do at her current employer?") is not None
