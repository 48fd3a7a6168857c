""" "How many engineers did she manage at <X>?" of a job that says nothing of managing people is answered
as such, though another job of hers says she led a team: a team led elsewhere, or one she was a member
of, is not one she managed there."""

from __future__ import annotations

from heyfolio.chat.management import unstated_management_at
from heyfolio.chat.offline import compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


def _owner() -> Portfolio:
    resume = Resume(
        basics=Basics(
            name="Ida Lindqvist", label="Firmware engineer", summary="Firmware engineer in Västerås."
        ),
        work=(
            Work(
                name="Brunnsvik Motors",
                position="Senior Firmware Engineer",
                start_date=_date("2021-03"),
                highlights=("Led the bootloader workstream with four engineers.",),
            ),
            Work(
                name="Kallhamn Medical",
                position="Embedded Software Engineer",
                start_date=_date("2016-05"),
                end_date=_date("2021-02"),
                highlights=(
                    "Wrote the pump firmware on FreeRTOS.",
                    "Member of a team of eight engineers that passed the notified-body audit.",
                ),
            ),
        ),
    )
    return Portfolio(resume=resume)


def _ask(question: str) -> tuple[bool, str]:
    p = _owner()
    answer = compose(question, p, SearchIndex.build(chunk_portfolio(p)), first_offline_answer=False)
    return answer.answered, answer.text


def test_managing_asked_at_a_job_that_states_none_is_not_answered() -> None:
    answered, text = _ask("How many engineers did Ida manage at Kallhamn?")
    assert not answered
    assert text.startswith("The portfolio doesn't say that Ida managed or led people at Kallhamn Medical")


def test_managing_asked_at_a_job_that_states_it_is_answered() -> None:
    answered, text = _ask("Did Ida lead a team at Brunnsvik Motors?")
    assert answered and "four engineers" in text


def test_the_entries_named_are_read() -> None:
    chunks = chunk_portfolio(_owner())
    kallhamn = [c for c in chunks if "Kallhamn" in c.title]
    assert unstated_management_at("How many engineers did she manage at Kallhamn?", kallhamn)
    assert not unstated_management_at("How many engineers did she manage at Kallhamn?", [])
