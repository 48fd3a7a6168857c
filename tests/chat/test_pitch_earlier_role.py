"""A why-hire pitch also says the result that proves most of the main job before the current one
(the biggest number is often the previous job's), but not of a part-time side role. The owner is
made up for these tests."""

from __future__ import annotations

from heyfolio.chat.offline import compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(name="Aino Rask", label="Mobile engineer", summary="Mobile engineer in Oulu."),
    work=(
        Work(
            name="Kivi Pay",
            position="Lead Mobile Engineer",
            start_date=_date("2022-04"),
            highlights=("Lead a team of five.", "Cut app start time from 3 s to 1 s."),
        ),
        Work(
            name="Iltakoulu",
            position="Lecturer (part-time)",
            start_date=_date("2021-01"),
            end_date=_date("2023-06"),
            highlights=("Taught 300 students in 40 evening classes.",),
        ),
        Work(
            name="Saari Mobility",
            position="Mobile Engineer",
            start_date=_date("2019-09"),
            end_date=_date("2022-03"),
            highlights=("Joined as second hire.", "Built the rider app; it passed 900,000 downloads."),
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def test_the_pitch_says_the_previous_main_jobs_strongest_result() -> None:
    answer = compose("why should we hire her?", PORTFOLIO, INDEX)
    assert answer.answered
    assert "Before that, as Mobile Engineer at Saari Mobility" in answer.text
    assert "900,000 downloads" in answer.text and "300 students" not in answer.text
