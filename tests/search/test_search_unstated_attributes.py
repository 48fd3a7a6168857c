"""An attribute the portfolio never states is not answered by the passages that share the question's
other words: a day rate asked of the owner when no passage states pay, a grade asked of the degree
the question describes when that degree states none, an uptime asked of a named platform."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _entry(kind: str, i: int, title: str, text: str, keywords: tuple[str, ...] = ()) -> Chunk:
    ident = f"profile#{kind}/{i}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=keywords)


_CHUNKS = [
    _entry("basics", 0, "Pilar Ostende — Freelance Data Engineer", "Freelance data engineer in Rotterdam."),
    _entry(
        "work",
        0,
        "Data Engineer (contract) at Quillon Freight (2022-01 – present)",
        "Work experience: Data Engineer at Quillon Freight. Day-to-day pipelines for the freight desk.",
        ("Quillon Freight",),
    ),
    _entry(
        "project",
        0,
        "Dockside API (2023-02)",
        "Project: Dockside API — Self-service API through which carriers book slots; 900 carriers use it.",
    ),
    _entry(
        "education",
        0,
        "Master of Science in Statistics at Varnholt University (2018 – 2020)",
        "Education: Master of Science in Statistics at Varnholt University / Score (GPA): 1.2",
    ),
    _entry(
        "education",
        1,
        "Bachelor of Arts in Economics at Kelby College (2015 – 2018)",
        "Education: Bachelor of Arts in Economics at Kelby College / Courses covered: Econometrics.",
    ),
]


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


@pytest.mark.parametrize(
    "question",
    [
        "What's her day rate?",
        "What grade did she graduate with in her economics bachelor's?",
        "What uptime does the Dockside API run at?",
    ],
)
def test_an_unstated_attribute_gets_no_strong_answer(index: SearchIndex, question: str) -> None:
    assert not [h for h in index.search(question, weak=True) if not h.weak]


def test_how_she_bills_is_not_asked_as_a_figure(index: SearchIndex) -> None:
    # a yes/no question about the way she bills is answered by what the content says of it
    chunks = [
        *_CHUNKS[1:],
        _entry("basics", 0, "Pilar Ostende — Freelance", "I bill by the day or fixed price."),
    ]
    hits = SearchIndex.build(chunks).search("Does she charge a day rate or fixed price?")
    assert [h for h in hits if not h.weak]


def test_a_stipend_is_not_asked_of_the_owner() -> None:
    # an amount an entry states answers it; only what the owner charges or earns is asked owner-wide
    award = _entry(
        "award", 0, "Doctoral Scholarship (Varnholt Foundation, 2019)", "EUR 60,000 over three years."
    )
    hits = SearchIndex.build([*_CHUNKS, award]).search("How much was her doctoral scholarship stipend?")
    assert [h for h in hits if not h.weak]


def test_a_stated_grade_still_answers(index: SearchIndex) -> None:
    hits = [h for h in index.search("What was her GPA in the statistics master's?") if not h.weak]
    assert hits and hits[0].chunk.id == "profile#education/0"
