""" "What did she do after leaving academia?": academia is named by the employers (a university, an
institute), not by a title; the entry after the last one that ended answers (a part-time lecturing job
still running is not the one left). The owner is made up for this test."""

from __future__ import annotations

from heyfolio.content.model import Basics, Education, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(name="Maren Holt", label="ML engineer", summary="ML engineer in Bergen."),
    work=(
        Work(
            name="Skarv AI",
            position="ML Engineer",
            start_date=_date("2023-03"),
            highlights=("Ships ranking models.",),
        ),
        Work(
            name="Bergen University College",
            position="Adjunct Lecturer (part-time)",
            start_date=_date("2022-01"),
            highlights=("Teaches statistics.",),
        ),
        Work(
            name="Nordvik Retail",
            position="Data Scientist",
            start_date=_date("2020-10"),
            end_date=_date("2023-02"),
            highlights=("Built demand forecasts.",),
        ),
        Work(
            name="Institute for Marine Computing",
            position="Postdoctoral Fellow",
            start_date=_date("2018-09"),
            end_date=_date("2020-08"),
            highlights=("Modelled fish stocks.",),
        ),
    ),
    education=(
        Education(
            institution="University of Tromsø",
            area="Statistics",
            study_type="PhD",
            start_date=_date("2014-09"),
            end_date=_date("2018-06"),
        ),
    ),
)
INDEX = SearchIndex.build(chunk_portfolio(Portfolio(resume=RESUME)))


def test_after_leaving_academia_is_the_job_after_the_last_academic_entry() -> None:
    hits = INDEX.search("what did she do after leaving academia?", 3)
    assert hits and "Nordvik Retail" in hits[0].chunk.title


def test_the_first_job_after_an_entry_is_the_one_next_to_it() -> None:
    # "first" ranks the jobs next to the one described, not the whole career
    hits = INDEX.search("what was the first job she had after her postdoc?", 3)
    assert hits and "Nordvik Retail" in hits[0].chunk.title
