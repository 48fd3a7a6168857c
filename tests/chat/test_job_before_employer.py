""" "What did she do at the job before Kivi Pay?": the job that ended just before that employer began
leads, not the employer named (nor a part-time side job still running after the move). The owner is
made up for these tests."""

from __future__ import annotations

from heyfolio.chat.offline import compose
from heyfolio.chat.qualified_jobs import qualified_jobs
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(name="Aino Rask", label="Frontend engineer", summary="Frontend engineer in Oulu."),
    work=(
        Work(
            name="Kivi Pay",
            position="Lead Frontend Engineer",
            start_date=_date("2022-04"),
            summary="Joined as senior engineer and was promoted to lead.",
            highlights=("Rebuilt the checkout flow.",),
        ),
        Work(
            name="Freelance",
            position="Mobile Developer (part-time)",
            start_date=_date("2020-02"),
            end_date=_date("2023-06"),
            highlights=("Built a bakery ordering app.",),
        ),
        Work(
            name="Saari Mobility",
            position="Frontend Engineer",
            start_date=_date("2019-09"),
            end_date=_date("2022-03"),
            highlights=("Built the rider app from the first commit.",),
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def test_the_job_before_an_employer_is_the_one_that_ended_as_it_began() -> None:
    found = qualified_jobs("what did she do at the job before Kivi Pay?", RESUME)
    assert found is not None and found.jobs[0] == 2
    last = qualified_jobs("what was her last job before Kivi?", RESUME)
    assert last is not None and last.jobs[0] == 2


def test_the_reply_leads_with_that_job_not_the_employer_named() -> None:
    answer = compose("what did she do at the job before Kivi Pay?", PORTFOLIO, INDEX)
    first = answer.text.split("\n")[1]
    assert "Saari Mobility" in first and "rider app" in answer.text


def test_what_she_did_before_an_employer_names_that_job_in_the_first_line() -> None:
    answer = compose("What did she do before Kivi Pay?", PORTFOLIO, INDEX)
    lead = answer.text.split("\n")[0]
    assert "before Kivi Pay was" in lead and "Saari Mobility" in lead
