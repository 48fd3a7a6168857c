"""A system's availability is not the owner's; a description's head noun says what an employer is.

Invented examples (a dental-practice manager turned scheduling-software developer): "the availability
API" or "high availability" asks about a system, not when the owner could start; "Scheduling platform
for dental clinics" is a platform, not a clinic, so the time "in clinics" counts only the jobs whose
description says the employer is one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from heyfolio.chat.occupation_span import compared_reply, head_noun
from heyfolio.chat.people import people_reply
from heyfolio.chat.screening import asked_topic
from heyfolio.chat.skill_span import skill_span_reply
from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.search.chunks import Chunk, chunk_portfolio


@pytest.mark.parametrize(
    "question",
    [
        "How much did she cut the availability API latency?",
        "what availability target did her service meet",
        "has she built high availability systems?",
        "how does he keep room availability in sync?",
        "how did she sync rates and availability across channels?",
    ],
)
def test_a_systems_availability_is_not_a_start_asked(question: str) -> None:
    assert asked_topic(question) != "notice"


@pytest.mark.parametrize(
    "question", ["What's her availability?", "availability?", "what is his availability like for a new role"]
)
def test_the_owners_availability_is_still_a_start_asked(question: str) -> None:
    assert asked_topic(question) == "notice"


@pytest.mark.parametrize(
    ("description", "noun"),
    [
        ("Ticketing platform for ferry operators in the Baltic", "platform"),
        ("Ferry operator with 6 vessels", "operator"),
        ("Family-run clinic", "clinic"),
        ("Maker of clinic-scheduling software", "Maker"),
        ("Booking-engine vendor, 40 staff", "vendor"),
        ("", ""),
    ],
)
def test_the_head_noun_is_what_the_employer_is(description: str, noun: str) -> None:
    assert head_noun(description) == noun


_RESUME = {
    "basics": {"name": "Ilka Sørvik", "summary": "Developer in Bergen."},
    "work": [
        {
            "name": "Tannlege Booking",
            "position": "Software Engineer",
            "description": "Scheduling platform for dental clinics in Norway",
            "startDate": "2019-01",
            "endDate": "2024-12",
            "highlights": ["Built the recall engine used by 140 clinics."],
        },
        {
            "name": "Bryggen Tannklinikk",
            "position": "Practice Manager",
            "description": "Dental clinic with 9 chairs",
            "startDate": "2015-01",
            "endDate": "2016-12",
            "highlights": ["Supervised a front desk of 6 receptionists."],
        },
        {
            "name": "Dyrlegen Nord",
            "position": "Receptionist",
            "description": "Family-run veterinary clinic",
            "startDate": "2013-01",
            "endDate": "2014-12",
        },
    ],
}


def _portfolio() -> tuple[Portfolio, dict[str, Chunk]]:
    resume, problems = parse_resume(_RESUME, "invented.resume.json")
    assert resume is not None, problems
    portfolio = Portfolio(resume=resume)
    chunks = {c.id: c for c in chunk_portfolio(portfolio)}
    return portfolio, chunks


def test_time_at_a_kind_of_employer_counts_the_jobs_that_are_one() -> None:
    portfolio, chunks = _portfolio()
    said = skill_span_reply(
        "how long did she work in clinics?", portfolio.resume, chunks.get, "Ilka", dt.date(2026, 1, 1)
    )
    text = " ".join(s.text for s in said)
    assert "jobs at clinics cover about 4 years" in text and "Software Engineer" not in text, text


def test_a_kind_of_employer_is_compared_with_a_described_job() -> None:
    portfolio, chunks = _portfolio()
    said = compared_reply(
        "was she longer in clinics or at the scheduling platform?",
        portfolio.resume,
        chunks.get,
        "Ilka",
        today=dt.date(2026, 1, 1),
    )
    lead = said[0].text if said else ""
    assert "spent longer at the scheduling platform" in lead and "against 4 years" in lead, lead


def test_a_desk_of_people_supervised_is_managing_people() -> None:
    _, chunks = _portfolio()
    said = people_reply("Has she managed people?", list(chunks.values()), "Ilka")
    assert said and "front desk of 6 receptionists" in said[0].text, said
