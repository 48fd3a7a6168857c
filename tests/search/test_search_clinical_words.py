"""A clinician's work asked in everyday words the résumé writes in its trade's: an operation is a
surgery, a vet a veterinarian (and the other way), animals the veterinary trade. One way for the
operation: a surgery asked is no team's operations."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


def _chunks() -> list[Chunk]:
    return [
        _chunk("profile#basics", "basics", "Mateo Quist — Backend Engineer", "Backend engineer in Lyon."),
        _chunk(
            "profile#work/0",
            "work",
            "Backend Engineer at Lumen Pay",
            "Work experience: Backend Engineer at Lumen Pay (2021-01 – present)\nBuilt payment APIs in Go.",
        ),
        _chunk(
            "profile#work/1",
            "work",
            "Small Animal Veterinarian at Rue Verte Clinic",
            "Work experience: Small Animal Veterinarian at Rue Verte Clinic (2012-09 – 2020-12)\n"
            "Performed about 900 orthopaedic surgeries on dogs and cats.",
        ),
        _chunk(
            "profile#volunteer/0",
            "volunteer",
            "Volunteer vet at Pawsafe",
            "Volunteering: Volunteer vet at Pawsafe (2015-03 – present)\nFree care at a shelter.",
        ),
        _chunk(
            "profile#work/2",
            "work",
            "Platform Engineer at Gridline",
            "Work experience: Platform Engineer at Gridline (2019-01 – 2020-12)\nRan site reliability and "
            "on-call operations for the data centre team.",
        ),
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_chunks())


def _top(index: SearchIndex, question: str) -> list[str]:
    return [h.chunk.id for h in index.search(question, limit=2, weak=True)]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many operations has he done", "profile#work/1"),
        ("has he volunteered as a veterinarian", "profile#volunteer/0"),
        ("how long was he a vet", "profile#work/1"),
        ("has he worked with animals", "profile#work/1"),
    ],
)
def test_the_trade_word_finds_the_everyday_one(index: SearchIndex, question: str, expected: str) -> None:
    assert expected in _top(index, question)


def test_a_surgery_asked_is_no_teams_operations(index: SearchIndex) -> None:
    assert "profile#work/2" not in _top(index, "has he done surgery")
