""" "Before/after <employer>" when the employer holds two roles (a promotion) or a part-time contract
overlaps the named job: the job next to the whole stretch answers, and "since the bootcamp" reads as
"after" it."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _entry(kind: str, i: int, title: str, text: str) -> Chunk:
    ident = f"profile#{kind}/{i}"
    org = title.split(" at ", 1)[1].split(" (", 1)[0]  # the employer or school, as the chunker keys it
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=(org,))


_CHUNKS = [
    _entry(
        "work", 0, "Principal Engineer at Marrowfield Robotics (2023-05 – present)", "Owns motion planning."
    ),
    _entry("work", 1, "Engineer at Marrowfield Robotics (2020-02 – 2023-04)", "Wrote the planner."),
    _entry("work", 2, "Weekend Contractor (part-time) at Self-employed (2019-06 – 2021-03)", "Small sites."),
    _entry("work", 3, "Developer at Tollgate Logistics (2017-01 – 2020-01)", "Route pricing service."),
    _entry("work", 4, "Shift Supervisor at Quayside Cinema (2012-04 – 2016-06)", "Ran the box office."),
    _entry(
        "education", 0, "Bootcamp certificate in Web Development at Lantern School (2016-07 – 2016-11)", "JS."
    ),
]


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # two roles at one employer are one stretch: before the first of them, not the earlier role
        ("Where did he work before Marrowfield?", "profile#work/3"),
        # the part-time contract overlapping the named job is not the job left to join it
        ("Where was he working before Marrowfield Robotics?", "profile#work/3"),
        ("What came after Tollgate?", "profile#work/1"),
        ("What has he done since the bootcamp?", "profile#work/3"),
    ],
)
def test_the_job_next_to_the_named_stretch_is_in_the_top_two(
    index: SearchIndex, question: str, wanted: str
) -> None:
    assert wanted in [h.chunk.id for h in index.search(question)[:2]]


def test_after_a_promotion_is_not_the_same_employer(index: SearchIndex) -> None:
    ids = [h.chunk.id for h in index.search("Where did he go after Marrowfield?")]
    assert "profile#work/1" not in ids[:1]
