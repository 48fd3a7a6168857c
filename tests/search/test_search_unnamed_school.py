"""A school no education entry names gets only weak hits, though each of its words is in the portfolio
(the owner's city, her own school's "National University"); a school she attended, named in part, by
its initials or in her own summary, is still answered."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.schools import unnamed_school


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


CHUNKS = [
    _chunk(
        "profile#basics",
        "basics",
        "Tomás Rey — Data Engineer",
        "Tomás Rey — Data Engineer\nLocation: Valencia, ES\nData engineer in Valencia. I did an exchange "
        "semester at Delft University of Technology.",
    ),
    _chunk(
        "profile#education/0",
        "education",
        "Master of Science in Data Science at Polytechnic University of Madrid (2016-09 – 2018-07)",
        "Education: Master of Science in Data Science at Polytechnic University of Madrid (2016-09 – 2018-07)",
    ),
    _chunk(
        "profile#education/1",
        "education",
        "Bachelor in Mathematics at University College Dublin (2012-09 – 2016-06)",
        "Education: Bachelor in Mathematics at University College Dublin (2012-09 – 2016-06)",
    ),
    _chunk(
        "profile#work/0",
        "work",
        "Data Engineer at Naranja Logistics (2018-09 – present)",
        "Work experience: Data Engineer at Naranja Logistics in Valencia\nBuilt the Spark pipelines.",
    ),
]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(CHUNKS)


@pytest.mark.parametrize(
    "question, school",
    [
        ("Did he study at the University of Valencia?", "Valencia"),  # his city, not his school
        ("Did Tomás get his master's from Carlos III University of Madrid?", "Carlos III Madrid"),
        ("Did he graduate from TU Munich?", "TU Munich"),
    ],
)
def test_a_school_no_entry_names_is_unnamed(index: SearchIndex, question: str, school: str) -> None:
    assert unnamed_school(question, CHUNKS, ["Tomás", "Rey"]) == school
    assert all(h.weak for h in index.search(question, 5, weak=True))


@pytest.mark.parametrize(
    "question",
    [
        "Did he study at the Polytechnic University of Madrid?",
        "Did he study at UCD?",  # initials of University College Dublin
        "Did he graduate from University College Dublin?",
        "Did he study at Delft University of Technology?",  # his own summary writes it as one name
        "Does he have a Data Science degree?",  # a field, not a school
        "Where did he study?",
    ],
)
def test_a_school_named_or_no_school_asked_is_left_alone(question: str) -> None:
    assert unnamed_school(question, CHUNKS, ["Tomás", "Rey"]) is None
