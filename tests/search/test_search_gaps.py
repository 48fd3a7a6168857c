"""A question about a break between jobs brings the dated entries that fill it, and the summary."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.gaps import asks_gap, gap_fillers, work_gaps
from heyfolio.search.index import SearchIndex


def _entry(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_CHUNKS = [
    _entry(
        "profile#basics",
        "basics",
        "Pia Korhonen — QA Engineer",
        "Pia Korhonen — QA Engineer\nQuality engineer in Tampere; I was a pharmacist before retraining.",
    ),
    _entry(
        "profile#work/0",
        "work",
        "QA Engineer at Revontuli Games (2020-03 – present)",
        "Work experience: QA Engineer at Revontuli Games (2020-03 – present)\nWrote the Playwright suites.",
    ),
    _entry(
        "profile#work/1",
        "work",
        "Pharmacist at Apteekki Koski (2012-06 – 2019-05)",
        "Work experience: Pharmacist at Apteekki Koski (2012-06 – 2019-05)\nRan the dispensary.",
    ),
    _entry(
        "profile#education/0",
        "education",
        "Certificate in Software Testing at Tampere Vocational College (2019-08 – 2020-01)",
        "Education: Certificate in Software Testing at Tampere Vocational College (2019-08 – 2020-01)",
    ),
    _entry(
        "profile#volunteer/0",
        "volunteer",
        "Treasurer at Tampere Chess Club (2015-01 – 2023-12)",
        "Volunteering: Treasurer at Tampere Chess Club (2015-01 – 2023-12)\nKept the club's books.",
    ),
    _entry(
        "profile#skills/0",
        "skill",
        "Testing (Advanced)",
        "Skill: Testing (Advanced): Playwright, pytest, exploratory testing",
    ),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("There's a gap in his CV in 2019 - what happened?", True),
        ("What did she do between leaving the pharmacy and her first QA job?", True),
        ("What was he doing between 2015 and 2016?", True),
        ("What's the difference between unit and integration tests?", False),
        ("Which tools does she use?", False),
    ],
)
def test_asks_gap(question: str, expected: bool) -> None:
    assert asks_gap(question) is expected


def test_work_gaps_are_the_periods_no_role_covers() -> None:
    assert work_gaps([(2020.0, 2022.0), (2010.0, 2015.0), (2014.0, 2018.0)]) == [(2018.0, 2020.0)]
    assert work_gaps([(2010.0, 2015.0), (2015.0, 2020.0)]) == []


def test_the_entry_inside_the_break_comes_before_one_spanning_years() -> None:
    roles = [(2010.0, 2015.0), (2016.0, 2020.0), (2021.0, 2024.0)]
    entries = {7: (2015.2, 2015.8), 8: (2012.0, 2023.0), 9: (2020.1, 2020.9)}
    assert gap_fillers("a break between jobs?", roles, entries, 2) == [7, 8]  # the longest break
    assert gap_fillers("the gap after her 2020 job, what was it?", roles, entries, 1) == [9]


def test_a_gap_question_brings_what_filled_the_break_and_the_summary() -> None:
    index = SearchIndex.build(_CHUNKS)
    ids = [
        h.chunk.id for h in index.search("What did she do between leaving the pharmacy and her first QA job?")
    ]
    assert "profile#education/0" in ids
    assert "profile#basics" in ids
