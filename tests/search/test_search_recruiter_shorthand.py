"""Recruiter shorthand for résumé sections and engineering words ("pubs", "repos", "stats", "a11y")
is read as the words it stands for (text.SHORTHAND, search.respell), so the section or skill asked
about is found, and a word the content itself uses stays as written."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Tomas Reyes", "Tomas builds mobile apps in Valencia."),
            _chunk(
                "profile#work/0",
                "work",
                "Mobile Engineer at Naranja Bank",
                "Made the banking app usable with screen readers; accessibility audits passed.\n"
                "Rolled out code scanning across 90 repositories.",
            ),
            _chunk(
                "profile#education/0",
                "education",
                "BSc in Mathematics at Universidad del Turia",
                "Courses covered: Statistics, Linear Algebra.",
            ),
            _chunk(
                "profile#publications/0",
                "publication",
                "Screen readers and sliders (Mobile Days 2024)",
                "Publication: a talk on accessible custom controls.",
            ),
            _chunk(
                "profile#skills/0",
                "skill",
                "Observability (Advanced)",
                "Skill: Observability (Advanced): tracing, dashboards, alerting.",
            ),
        ]
    )


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("any pubs?", "any publications?"),
        ("how many repos?", "how many repositories?"),
        ("stats courses?", "statistics courses?"),
        ("a11y work?", "accessibility work?"),
        ("o11y stack?", "observability stack?"),
        ("i18n or l10n?", "internationalization or localization?"),
        ("db perf tuning?", "database performance tuning?"),
        ("refs available?", "references available?"),
    ],
)
def test_shorthand_is_written_out(index: SearchIndex, asked: str, read: str) -> None:
    assert index.respell(asked) == read


@pytest.mark.parametrize(
    ("asked", "first"),
    [
        ("any pubs?", "profile#publications/0"),
        ("a11y experience?", "profile#work/0"),
        ("o11y?", "profile#skills/0"),
        ("stats background?", "profile#education/0"),
        ("how many repos did he roll code scanning out to", "profile#work/0"),
    ],
)
def test_shorthand_finds_what_it_names(index: SearchIndex, asked: str, first: str) -> None:
    hits = index.search(asked, 5)
    assert hits and hits[0].chunk.id == first and not hits[0].weak


def test_shorthand_the_content_uses_stays() -> None:
    index = SearchIndex.build(
        [_chunk("projects/docs", "project", "docs", "docs renders Markdown into a static site.")]
    )
    assert index.respell("who maintains docs?") == "who maintains docs?"


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("comp sci degree?", "computer science degree?"),
        ("Comp Sci degre?", "Computer science degree?"),
        ("compsci?", "computer science?"),
        ("mech eng background?", "mechanical engineering background?"),
        ("comp expectations?", "compensation expectations?"),
    ],
)
def test_two_word_shorthand_is_read_before_its_first_word(index: SearchIndex, asked: str, read: str) -> None:
    """ "comp" alone is pay ("comp expectations"); "comp sci" is computer science, never a salary question."""
    assert index.respell(asked) == read


def test_a_degree_asked_in_shorthand_finds_the_degree(index: SearchIndex) -> None:
    hits = index.search("mathematics or comp sci degre?", 5)
    assert hits and hits[0].chunk.id == "profile#education/0"
