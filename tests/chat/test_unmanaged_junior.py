""" "Has she managed people?" of an owner whose jobs never say so is answered as such, with the lighter
forms stated (mentoring), not with the internship nearest in words."""

from __future__ import annotations

from heyfolio.chat.offline import compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, ResumeProject, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


def _junior(mentoring: bool) -> Portfolio:
    highlights = ("Built the order export in Go.",) + (
        ("Mentored two interns on the billing service.",) if mentoring else ()
    )
    resume = Resume(
        basics=Basics(
            name="Lior Ben-Ami", label="Junior backend engineer", summary="Backend engineer in Haifa."
        ),
        work=(
            Work(
                name="Shuk Online",
                position="Junior Backend Engineer",
                start_date=_date("2024-09"),
                highlights=highlights,
            ),
            Work(
                name="Gesher Apps",
                position="Software Intern",
                start_date=_date("2023-06"),
                end_date=_date("2023-09"),
                highlights=("Managed the release checklist for the people search app.",),
            ),
        ),
        projects=(
            ResumeProject(
                name="BusBell", roles=("Team lead",), description="Hackathon app built by a team of four."
            ),
        ),
    )
    return Portfolio(resume=resume)


def test_a_junior_with_no_one_led_in_a_job_is_told_so_not_the_internship_nearest_in_words() -> None:
    p = _junior(mentoring=False)
    answer = compose(
        "Has he managed people?", p, SearchIndex.build(chunk_portfolio(p)), first_offline_answer=False
    )
    assert not answer.answered
    assert answer.text.startswith("The portfolio doesn't say that Lior has managed or led people in a job")
    assert "release checklist" not in answer.text


def test_the_mentoring_stated_is_the_closest_it_has() -> None:
    p = _junior(mentoring=True)
    answer = compose(
        "does he manage anyone?", p, SearchIndex.build(chunk_portfolio(p)), first_offline_answer=False
    )
    assert answer.answered
    assert answer.text.startswith(
        "The portfolio doesn't say that Lior has managed or led people in a job; the closest"
    )
    assert "Mentored two interns on the billing service. [1]" in answer.text
