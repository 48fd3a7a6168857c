"""Multi-hop reads (made-up owner): the job taken after one is the full-time one, not a part-time one begun
the same month beside it; the job held when something happened is first the one whose own lines tell it
(a patent published after its inventor left)."""

from __future__ import annotations

from heyfolio.content.model import Basics, PartialDate, Portfolio, Publication, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.understand import at_the_time


def _date(raw: str) -> PartialDate:
    parts = [int(p) for p in raw.split("-")]
    return PartialDate(raw, parts[0], parts[1] if len(parts) > 1 else None, None)


RESUME = Resume(
    basics=Basics(name="Oskar Lind", label="Security engineer"),
    work=(
        Work(
            name="Harbour Bank",
            position="Senior Security Engineer",
            start_date=_date("2021-10"),
            highlights=("Ran the bank's secure code review.",),
        ),
        Work(
            name="Fjell University",
            position="Lecturer (part-time)",
            start_date=_date("2021-10"),
            highlights=("Taught secure coding to 200 students.",),
        ),
        Work(
            name="Kassa Payments",
            position="Security Engineer",
            start_date=_date("2019-01"),
            end_date=_date("2021-09"),
            highlights=("Co-inventor on a patent for detecting forged card tokens.",),
        ),
        Work(
            name="Tallinn Parking",
            position="Backend Developer",
            start_date=_date("2016-04"),
            end_date=_date("2018-12"),
            highlights=("Built the parking payment service.",),
        ),
    ),
    publications=(
        Publication(
            name="Method for detecting forged card tokens (patent)",
            publisher="Patent Office",
            release_date=_date("2021-12"),
        ),
    ),
)
INDEX = SearchIndex.build(chunk_portfolio(Portfolio(resume=RESUME)))


def test_the_job_after_is_the_full_time_one_not_the_side_one_begun_beside_it() -> None:
    hits = INDEX.search("where did oskar go after Kassa?", 3)
    assert "Harbour Bank" in hits[0].chunk.title


def test_the_job_held_when_something_happened_is_the_one_that_tells_it() -> None:
    entries = at_the_time(INDEX._facts_of(), "what was oskar doing when he filed the patent?")
    assert entries and "Kassa Payments" in INDEX.chunks[entries[0]].title
