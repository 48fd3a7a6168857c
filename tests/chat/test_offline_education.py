"""Schooling as a whole asked offline: the education entries, the latest first, each cited."""

from __future__ import annotations

from heyfolio.chat.education import asks_schooling, education_reply
from heyfolio.search.chunks import Chunk


def _school(n: int, title: str, *lines: str) -> Chunk:
    return Chunk(
        id=f"profile#education/{n}",
        uri=f"portfolio://profile#education/{n}",
        kind="education",
        title=title,
        text="\n".join((f"Education: {title}", *lines)),
    )


CHUNKS = [
    _school(
        0, "Bachelor of Arts in Linguistics at Northvale College (2008-09 – 2011-06)", "Score (GPA): 3.7"
    ),
    _school(
        1,
        "Evening diploma (in progress) in Data Engineering at Harbour Institute (2025-09)",
        "Courses covered: Stream processing, Data modelling.",
    ),
    _school(2, "Master of Arts, abandoned, in Phonetics at Northvale College (2011-09)", "Left in 2012."),
]


def test_schooling_as_a_whole_is_asked_not_one_named_thing() -> None:
    assert asks_schooling("Does he have a master's?")
    assert asks_schooling("What's her highest level of education?")
    assert asks_schooling("Is she studying anything at the moment?")
    assert not asks_schooling("Which college gave her the bachelor's degree?")
    assert not asks_schooling("Who supervised his PhD?")
    assert not asks_schooling("What was her first job after the degree?")
    assert not asks_schooling("Besides Northvale, did she get a degree anywhere else?")


def test_the_entries_come_latest_first_with_their_status_and_details() -> None:
    said = education_reply("Is she currently enrolled in any course?", CHUNKS)
    assert said is not None
    texts = [s.text for s in said]
    assert texts[0].startswith("Evening diploma (in progress)") and "Stream processing" in texts[0]
    assert "abandoned" in texts[1] and "Score (GPA): 3.7" in texts[2]
    assert [s.chunk.id for s in said] == ["profile#education/1", "profile#education/2", "profile#education/0"]


def test_no_entries_or_another_question_give_no_reply() -> None:
    assert education_reply("Does she have a degree?", []) is None
    assert education_reply("What does she do at work?", CHUNKS) is None
