"""A former trade asked in everyday words: a pilot written by rank ("Captain", "First Officer"),
operations research written as its methods, a simulator in a hurry ("sim"), why the former trade was
left (the summary tells the change), and a credential that makes its holder a trade no credential
entry names ("a certified flight dispatcher?")."""

from __future__ import annotations

import pytest

from heyfolio.search.career import read_career
from heyfolio.search.chunks import Chunk
from heyfolio.search.credentials import absent_credential
from heyfolio.search.index import SearchIndex


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_CHUNKS = [
    _chunk(
        "profile#basics",
        "basics",
        "Oskar Brandt — Scheduling Engineer",
        "Oskar Brandt — Scheduling Engineer\nFlew turboprops for nine years, then moved into software in "
        "2020; I write scheduling systems for regional carriers.",
    ),
    _chunk(
        "profile#work/0",
        "work",
        "Scheduling Engineer at Tidsvarv (2020-05 – present)",
        "Work experience: Scheduling Engineer at Tidsvarv (2020-05 – present)\nBuilt the gate assignment "
        "service in Kotlin, used by the flight dispatchers of two airlines; ran a pilot of the new planner "
        "with two ground handlers.",
    ),
    _chunk(
        "profile#work/1",
        "work",
        "Captain, ATR 72 at Nordkust Air (2015-03 – 2020-04)",
        "Work experience: Captain, ATR 72 at Nordkust Air (2015-03 – 2020-04)\nCommanded island "
        "services in all seasons.",
    ),
    _chunk(
        "profile#work/2",
        "work",
        "First Officer, Dash 8 at Fjordlink (2011-01 – 2015-02)",
        "Work experience: First Officer, Dash 8 at Fjordlink (2011-01 – 2015-02)\nScheduled services "
        "along the coast.",
    ),
    _chunk(
        "profile#skills/0",
        "skill",
        "Planning maths (Advanced)",
        "Skill: Planning maths (Advanced): Integer programming, CP-SAT, Heuristics",
    ),
    _chunk(
        "profile#skills/1",
        "skill",
        "Backend (Advanced)",
        "Skill: Backend (Advanced): Kotlin, PostgreSQL, gRPC",
    ),
    _chunk(
        "profile#volunteer/0",
        "volunteer",
        "Helper at Aeroklubben (2019-01 – present)",
        "Volunteering: Helper at Aeroklubben (2019-01 – present)\nRuns the club's flight simulator nights.",
    ),
    _chunk(
        "profile#certificates/0",
        "certificate",
        "Commercial Pilot Licence (CPL)",
        "Certificate: Commercial Pilot Licence (CPL) issued by the Civil Aviation Authority (2010-11)",
    ),
    _chunk(
        "profile#interests/0",
        "interest",
        "Interest: Rowing",
        "Interest: Rowing: coastal rowing, indoor rowing",
    ),
]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


def _top(index: SearchIndex, question: str, k: int = 3) -> list[str]:
    return [h.chunk.id for h in index.search(question, limit=k, weak=True)][:k]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did he work as a pilot?", "profile#work/1"),
        ("Was he really a pilot", "profile#work/1"),
        ("was he ever a copilot", "profile#work/2"),
        ("how long was he a co-pilot", "profile#work/2"),
        ("any operations research background?", "profile#skills/0"),
        ("does he do sims", "profile#volunteer/0"),
    ],
)
def test_a_trade_asked_in_everyday_words_finds_how_the_resume_writes_it(
    index: SearchIndex, question: str, expected: str
) -> None:
    assert expected in _top(index, question)


def test_a_pilot_asked_is_no_trial_run(index: SearchIndex) -> None:
    """The relation is one way: a captain asked is not answered by "ran a pilot of the new planner"."""
    assert "profile#work/0" not in _top(index, "was he a team captain at school?", 1)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("why did she quit being a pilot", "before"),
        ("Why did he stop flying?", "before"),
        ("what made her give up nursing?", "before"),
        ("why did he leave teaching", "before"),
        ("why did she leave Boeing?", None),
        ("why did he leave the company", None),
        ("why does she like Kotlin", None),
    ],
)
def test_why_the_former_trade_was_left_is_a_career_change(question: str, expected: str | None) -> None:
    assert read_career(question) == expected


def test_why_the_trade_was_left_brings_the_summary(index: SearchIndex) -> None:
    assert "profile#basics" in _top(index, "why did he quit being a pilot?")


@pytest.mark.parametrize(
    "question",
    ["Is he a certified flight dispatcher?", "is he a certified accountant", "is he a certified arborist?"],
)
def test_a_certified_trade_no_credential_names_is_absent(question: str) -> None:
    assert absent_credential(question, _CHUNKS, ["Oskar", "Brandt"]) is not None


@pytest.mark.parametrize(
    "question",
    [
        "is he a certified pilot?",
        "is he a certified developer",
        "is the dispatcher certified?",
        "is he certified?",
    ],
)
def test_a_held_or_unnamed_certified_trade_is_not_absent(question: str) -> None:
    assert absent_credential(question, _CHUNKS, ["Oskar", "Brandt"]) is None


def test_a_certified_trade_no_credential_names_gets_only_weak_hits(index: SearchIndex) -> None:
    hits = index.search("Is he a certified flight dispatcher?", limit=5, weak=True)
    assert hits and all(h.weak for h in hits)
