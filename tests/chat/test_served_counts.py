"""A count asked by the part the counted play ("customers", "clients", "users") is answered by the
figure whose own sentence gives them that part ("used by 14 hospitals", "menus for 30 wineries"),
whatever the sentence calls them; a figure of where a thing is used, of a unit or of people counted
as what they are is not."""

from __future__ import annotations

from typing import Any

import pytest

from heyfolio.chat.count_nouns import accepted_nouns, attached_nouns, matches
from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.minilm import MiniLMEmbedder
from heyfolio.search.served import served_nouns
from heyfolio.search.text import analyze

# an invented owner: a ferry-timetable designer turned booking-software developer
_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Oskar Brandvold",
        "label": "Booking-software developer",
        "summary": "I build booking software for small ferry lines and harbours.",
        "location": {"city": "Bergen", "countryCode": "NO"},
    },
    "work": [
        {
            "name": "Kaiplass",
            "position": "Senior Developer",
            "description": "Berth-booking software for marinas",
            "startDate": "2021-03",
            "highlights": [
                "Kaiplass is used by 140 marinas along the coast.",
                "Rewrote the booking calendar in TypeScript.",
            ],
        },
        {
            "name": "Fjordruter",
            "position": "Timetable Planner",
            "description": "Timetable design agency",
            "startDate": "2015-01",
            "endDate": "2021-02",
            "highlights": ["Designed summer timetables for 18 ferry operators."],
        },
    ],
}
_parsed, _problems = parse_resume(_RESUME, "served.resume.json")
assert _parsed is not None, _problems
_PORTFOLIO = Portfolio(resume=_parsed)
_INDEX = SearchIndex.build(chunk_portfolio(_PORTFOLIO), MiniLMEmbedder(runtime="numpy"))


def _ask(question: str) -> OfflineAnswer:
    return compose(question, _PORTFOLIO, _INDEX, first_offline_answer=False)


def test_the_sentence_says_who_is_served() -> None:
    assert served_nouns("Kaiplass is used by 140 marinas along the coast.") == [("users", "marinas")]
    assert served_nouns("Designed summer timetables for 18 ferry operators.") == [
        ("clients", "ferry operators")
    ]
    # what a thing serves or supports may be things ("serving 30,000 requests a second"): no one served
    assert served_nouns("Serving about 900 requests a second.") == []
    assert served_nouns("Used by 40 engineers at the bank.") == []  # people counted as what they are
    # where a thing is used, a unit, people counted as what they are: no one served
    assert served_nouns("Used in about 300 published apps.") == []
    assert served_nouns("Worked there for 6 years.") == []
    assert served_nouns("Ran workshops for 380 researchers.") == []
    assert served_nouns("Raised a grant for £40,000 of equipment.") == []


def test_a_served_figure_counts_the_part_it_plays_by_its_name_only() -> None:
    users = attached_nouns("Kaiplass is used by 140 marinas along the coast.")
    clients = attached_nouns("Designed summer timetables for 18 ferry operators.")
    for asked in ("customers", "clients", "users"):
        assert any(matches(n, accepted_nouns(analyze(asked))) for n in users), asked
    assert any(matches(n, accepted_nouns(analyze("clients"))) for n in clients)
    assert not any(matches(n, accepted_nouns(analyze("users"))) for n in clients)
    # "how many people ...?" counts people: 140 marinas are none
    people = accepted_nouns(analyze("people"), analyze("work there"), "work there")
    assert not any(matches(n, people) for n in users | clients)


@pytest.mark.parametrize(
    ("question", "span"),
    [
        ("How many customers does Kaiplass have?", "140 marinas"),
        ("how many users does Kaiplass have", "140 marinas"),
        ("How many clients did he have at the timetable agency?", "18 ferry operators"),
        ("how many customers did Fjordruter have", "18 ferry operators"),
    ],
)
def test_a_count_asked_by_the_part_is_answered_by_the_served_figure(question: str, span: str) -> None:
    answer = _ask(question)
    assert answer.answered and span in answer.text, answer.text


def test_a_measure_the_entry_never_states_stays_unanswered() -> None:
    assert not _ask("How many downloads does Kaiplass have?").answered
