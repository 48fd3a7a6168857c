"""The whole stay at an employer listed as several roles, asked of the employer, not of one role."""

from __future__ import annotations

from heyfolio.chat.employer_tenure import employer_asked, employer_tenure
from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, ResumeProject, Work
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(name="Amara Okafor", label="Head of Data", summary="Data leader in Lagos and London."),
    work=(
        Work(
            name="Kestrel Logistics",
            position="Head of Data",
            start_date=_date("2021-05"),
            end_date=_date("2023-12"),
            summary="Ran the analytics and data engineering teams.",
        ),
        Work(
            name="Kestrel Logistics",
            position="Data Analyst",
            start_date=_date("2017-02"),
            end_date=_date("2021-04"),
            summary="Built the route-cost dashboards in Looker.",
        ),
        Work(
            name="Brightwell Bank",
            position="Graduate Analyst",
            start_date=_date("2015-09"),
            end_date=_date("2017-01"),
            summary="Credit-risk reporting in SQL.",
            highlights=("Cut the monthly credit-risk report from five days to one.",),
        ),
    ),
    projects=(
        ResumeProject(
            name="Brightwell loan-loss forecast",
            description="A loan-loss forecasting model for Brightwell Bank's retail book.",
            entity="Brightwell Bank",
            start_date=_date("2016-03"),
            end_date=_date("2016-08"),
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def _work(position: str) -> Chunk:
    return next(c for c in INDEX.chunks if c.kind == "work" and c.title.startswith(position))


def test_a_stay_asked_of_the_employer_adds_up_every_role_there() -> None:
    lead = employer_tenure(_work("Head of Data"), INDEX.chunks, "How long was she at Kestrel?")
    assert lead is not None
    assert "6 years and 11 months in all (2017-02 – 2023-12)" in lead
    assert "Data Analyst (2017-02 – 2021-04), then Head of Data (2021-05 – 2023-12)" in lead


def test_a_role_named_in_the_question_keeps_its_own_span() -> None:
    assert (
        employer_tenure(_work("Head of Data"), INDEX.chunks, "How long was she Head of Data at Kestrel?")
        is None
    )


def test_an_employer_with_one_role_is_left_to_the_role_span() -> None:
    assert employer_tenure(_work("Graduate Analyst"), INDEX.chunks, "How long was she at Brightwell?") is None


def test_the_offline_reply_leads_with_the_whole_stay() -> None:
    answer = ask("How many years did Amara spend at Kestrel Logistics?")
    assert answer.answered and answer.cited
    assert answer.text.startswith("At Kestrel Logistics: 6 years and 11 months in all")


def test_a_stay_at_an_employer_is_the_job_there_not_a_project_for_it() -> None:
    job = employer_asked(INDEX.chunks, "How long did she work at Brightwell?")
    assert job is not None and job.title.startswith("Graduate Analyst at Brightwell Bank")
    assert employer_asked(INDEX.chunks, "How long did the loan-loss forecast take?") is None
    answer = ask("How long was Amara at Brightwell Bank?")
    assert answer.text.startswith("Graduate Analyst at Brightwell Bank: 1 year and 5 months")
