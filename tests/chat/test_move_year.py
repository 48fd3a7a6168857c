"""A job named by the year the owner left or joined it ("what did she build at the company she left
in 2021?") is answered with that job and what was done there, not every job the year overlaps.
The owner is made up for these tests."""

from __future__ import annotations

from heyfolio.chat.career_timeline import move_reply
from heyfolio.chat.offline import compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(name="Mira Lind", label="Backend engineer", summary="Backend engineer in Turku."),
    work=(
        Work(
            name="Pilvi Pay",
            position="Senior Engineer",
            start_date=_date("2021-10-01"),
            summary="Owns the payout services.",
            highlights=("Cut payout latency from 4 s to 300 ms.",),
        ),
        Work(
            name="Saari Labs",
            position="Backend Engineer",
            start_date=_date("2018-03-01"),
            end_date=_date("2021-09-30"),
            summary="Second backend hire at a logistics start-up.",
            highlights=("Built the parcel tracking API used by 40 couriers.", "Ran the on-call rota."),
        ),
        Work(
            name="Turku Uni",
            position="Teaching Assistant (part-time)",
            start_date=_date("2020-01-01"),
            summary="Evening labs.",
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def test_the_job_left_in_a_year_is_said_with_what_was_done_there() -> None:
    said = move_reply("what did she build at the company she left in 2021?", RESUME, INDEX.get, "Mira")
    assert said is not None and len(said) == 1
    assert "Saari Labs" in said[0].text and "parcel tracking API" in said[0].text
    assert said[0].chunk.id == "profile#work/1"


def test_the_job_joined_in_a_year_is_the_one_that_began_then() -> None:
    said = move_reply("what has he done at the company he joined in 2021", RESUME, INDEX.get, "Mira")
    assert said is not None and [s.chunk.id for s in said] == ["profile#work/0"]


def test_a_time_relative_to_the_move_or_a_year_no_job_moved_is_not_this_reply() -> None:
    assert move_reply("what did she do after she left in 2021?", RESUME, INDEX.get, "Mira") is None
    assert (
        move_reply("what did she build at the company she left in 2019?", RESUME, INDEX.get, "Mira") is None
    )
    assert move_reply("what did she do in 2021?", RESUME, INDEX.get, "Mira") is None
    # a span the move bounds asks about the time between two jobs, not the job left
    assert (
        move_reply(
            "what did she do between leaving Saari in 2021 and her next job?", RESUME, INDEX.get, "Mira"
        )
        is None
    )


def test_the_offline_answer_names_the_job_left_and_its_work() -> None:
    answer = compose("what did she build at the company she left in 2021?", PORTFOLIO, INDEX)
    assert answer.answered and "parcel tracking API" in answer.text
    assert "Pilvi Pay" not in answer.text.split("\n")[0]
