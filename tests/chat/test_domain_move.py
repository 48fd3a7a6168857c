""" "What was her job before she moved into automotive?": a move into a domain only the employers'
lines name (not a job title, not a change of career) is answered by the job just before the first
employer of that domain - any role held there counts. The owner is made up for these tests."""

from __future__ import annotations

from heyfolio.chat.career_change import career_change_reply, earlier_career
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import analyze


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(name="Aino Rask", label="Firmware engineer", summary="Firmware engineer in Oulu."),
    work=(
        Work(
            name="Kiska Auto Oy",
            position="Senior Firmware Engineer",
            start_date=_date("2022-03"),
            summary="Automotive supplier of seat electronics.",
        ),
        Work(
            name="Kiska Auto Oy",
            position="Firmware Engineer",
            start_date=_date("2019-10"),
            end_date=_date("2022-02"),
            summary="Bootloader work for seat modules.",
        ),
        Work(
            name="Medilo",
            position="Embedded Software Engineer",
            start_date=_date("2016-05"),
            end_date=_date("2019-09"),
            summary="Infusion pump firmware.",
        ),
        Work(
            name="Sensori",
            position="Firmware Developer",
            start_date=_date("2014-10"),
            end_date=_date("2016-04"),
        ),
    ),
)
INDEX = SearchIndex.build(chunk_portfolio(Portfolio(resume=RESUME)))


def test_the_job_just_before_the_first_employer_of_the_domain() -> None:
    assert earlier_career(RESUME, frozenset(analyze("automotive"))) == [2]
    said = career_change_reply(
        "what was her job before she moved into automotive?", RESUME, INDEX.get, "Aino"
    )
    assert said is not None and "Medilo" in said[0].text and "Sensori" not in " ".join(s.text for s in said)


def test_a_step_within_the_titles_is_still_left_to_search() -> None:
    assert earlier_career(RESUME, frozenset(analyze("management"))) == []
