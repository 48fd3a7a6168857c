"""A popularity comparison of projects the question describes rather than names ("the weather widget
or the CSV parser?") is answered by each project's popularity figure, the more popular first."""

from __future__ import annotations

import pytest

from heyfolio.search.alternatives import compared
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.understand import MORE_POPULAR


def _page(slug: str, section: str, title: str, text: str) -> Chunk:
    ident = f"projects/{slug}" + (f"#{section}" if section else "")
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="project", title=title, text=text)


_CHUNKS = [
    _page("nimbo", "", "nimbo", "A desktop weather widget for Linux panels, written in Go."),
    _page("nimbo", "results", "nimbo: Results", "About 900 GitHub stars; packaged by two distributions."),
    _page("quill", "", "quill", "A streaming CSV parser library for Rust that never buffers a whole file."),
    _page("quill", "results", "quill: Results", "About 4,100 GitHub stars and 90,000 downloads a month."),
    _page("tally", "", "tally", "A small budgeting app for households, written in Kotlin."),
    _page("tally", "results", "tally: Results", "About 150 GitHub stars on GitHub."),
    Chunk(
        id="profile#profiles",
        uri="portfolio://profile#profiles",
        kind="profiles",
        title="Profiles",
        text="GitHub: https://github.example/someone",
    ),
]


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "Which got more stars on GitHub, her weather widget or the CSV parser?",
            ("weather widget", "CSV parser"),
        ),
        ("Is the budgeting app more popular than the weather widget?", ("budgeting app", "weather widget")),
        ("weather widget vs CSV parser - which is better known?", ("weather widget", "CSV parser")),
    ],
)
def test_the_sides_of_a_comparison(question: str, sides: tuple[str, str]) -> None:
    assert compared(question, MORE_POPULAR) == sides


def test_no_sides_without_a_comparison() -> None:
    assert compared("Which of her projects has the most stars?", MORE_POPULAR) is None


def test_described_projects_are_compared_by_their_figures(index: SearchIndex) -> None:
    hits = index.search("Which got more stars on GitHub, her weather widget or the CSV parser?")
    assert [h.chunk.id for h in hits[:2]] == ["projects/quill#results", "projects/nimbo#results"]


def test_a_side_that_finds_no_project_leaves_the_ranking_alone(index: SearchIndex) -> None:
    hits = index.search("Which got more stars, the weather widget or the photo editor?")
    assert "projects/quill#results" not in [h.chunk.id for h in hits[:2]]
