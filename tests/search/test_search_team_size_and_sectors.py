"""Recruiter words read as a résumé writes them: a chat opener "quick one -" is no part of the question
(chatter), "rn" / "atm" are shorthand for "right now" / "at the moment" (text.SHORTHAND), the size of the owner's team is the people the owner leads, said with a count and no word
"team" (career._PEOPLE, people.LEADS), and a sector or a function asked by its name ("renewable energy",
"monitoring") where a résumé names what its companies do or its tools (text._ASKED_IN_OTHER_WORDS)."""

from __future__ import annotations

import pytest

from heyfolio.search.chatter import without_chatter
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.people import people_strength


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


_CHUNKS = [
    _chunk(
        "profile#basics",
        "basics",
        "Ilse Marwick",
        "Ilse Marwick — Mobile Tech Lead. Location: Halifax, CA. Mobile engineer with ten years of iOS work.",
    ),
    _chunk(
        "profile#summary/work_authorization",
        "faq",
        "Work authorization",
        "Work authorization (Ilse Marwick): Canadian citizen with the right to work in Canada.",
    ),
    _chunk(
        "profile#work/0",
        "work",
        "Mobile Tech Lead at Tidal Rides",
        "Work experience: Mobile Tech Lead at Tidal Rides (2024-01 – present). Rider apps on iOS and "
        "Android. I lead five mobile engineers as a hands-on tech lead.",
    ),
    _chunk(
        "profile#work/1",
        "work",
        "Data Consultant at Ventoso Power",
        "Work experience: Data Consultant at Ventoso Power (2020-01 – 2023-12). Operator of wind farms; "
        "built a turbine anomaly-detection job.",
    ),
    _chunk(
        "profile#work/2",
        "work",
        "iOS Developer at Brightleaf",
        "Work experience: iOS Developer at Brightleaf (2015-01 – 2019-12). Agency apps in Swift.",
    ),
    _chunk(
        "profile#awards/0",
        "award",
        "Team of the Year",
        "Award: Team of the Year (team award) from Brightleaf (2018-11) for the ticketing app.",
    ),
    _chunk(
        "profile#skills/0",
        "skill",
        "Observability",
        "Skill: Observability (Advanced): Prometheus, Grafana, OpenTelemetry, Loki",
    ),
    _chunk("profile#skills/1", "skill", "Swift", "Skill: Swift (Expert): SwiftUI, UIKit, Combine"),
    _chunk("profile#skills/2", "skill", "Kotlin", "Skill: Kotlin (Advanced): Jetpack Compose, Coroutines"),
    _chunk("profile#interests/0", "interest", "Sailing", "Interest: Sailing — dinghy racing on the harbour."),
]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


def _ids(index: SearchIndex, question: str) -> list[str]:
    return [h.chunk.id for h in index.search(question, 5, weak=True)]


def test_a_quick_one_opener_is_taken_off() -> None:
    assert without_chatter("hey quick one - how big is her team rn") == "how big is her team rn"
    assert without_chatter("Quick one: where is she based?") == "where is she based?"
    # inside a question the words stay
    assert without_chatter("which was the quick one to ship?") == "which was the quick one to ship?"


def test_right_now_is_the_present_not_a_right_to_work(index: SearchIndex) -> None:
    assert index.respell("where is she working rn") == "where is she working right now"
    for question in ("where is she working rn", "where is she working right now", "where's she working atm"):
        ids = _ids(index, question)
        assert ids[0] == "profile#work/0", question
        assert "profile#summary/work_authorization" not in ids[:2], question


def test_leading_a_counted_team_is_leading_people() -> None:
    assert people_strength(_CHUNKS[2]) == 2
    assert people_strength(_CHUNKS[4]) == 0


@pytest.mark.parametrize(
    "question", ["how big is her team rn?", "what's her team size?", "how many people are on her team?"]
)
def test_her_team_size_brings_the_role_that_counts_whom_she_leads(index: SearchIndex, question: str) -> None:
    assert "profile#work/0" in _ids(index, question)


@pytest.mark.parametrize("question", ["renewable energy experience?", "has she worked in energy?"])
def test_energy_is_read_as_what_its_companies_do(index: SearchIndex, question: str) -> None:
    assert _ids(index, question)[0] == "profile#work/1"


@pytest.mark.parametrize("question", ["monitoring and alerting tools?", "logging stack?"])
def test_monitoring_is_read_as_observability_and_its_tools(index: SearchIndex, question: str) -> None:
    assert _ids(index, question)[0] == "profile#skills/0"
