"""A question about a promotion ("promoted from within, or hired in as a manager?") is answered by the
roles at the same employer together: the earlier role comes along right after the one ranking finds."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.promotion import asks_promotion, employer_of, employers


def _work(i: int, title: str, text: str) -> Chunk:
    ident = f"profile#work/{i}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="work", title=title, text=text)


_CHUNKS = [
    _work(
        0,
        "Engineering Manager at Acme GmbH (2022-04 – present)",
        "Manage two teams of 13 engineers; run hiring and weekly 1:1s.",
    ),
    _work(1, "Senior Backend Engineer at Acme GmbH (2019-07 – 2022-03)", "Rewrote the pricing engine in Go."),
    _work(2, "Backend Developer at Parkly (2016-04 – 2019-06)", "Built the payment services in Go."),
    _work(3, "Lecturer at Acme University (2021-10 – present)", "Teach distributed systems."),
]


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


def test_asks_promotion() -> None:
    assert asks_promotion("Was he promoted into management from within the company?")
    assert asks_promotion("did she work her way up at Acme")
    assert asks_promotion("Has he moved up internally?")
    assert not asks_promotion("Has he managed a team?")
    assert not asks_promotion("Did he run the marketing promo?")


def test_employer_of_reads_the_work_title() -> None:
    assert employer_of(_CHUNKS[0]) == "acme gmbh"
    assert employer_of(_CHUNKS[3]) == "acme university"
    skill = Chunk(id="s", uri="portfolio://s", kind="skill", title="Skill: Go at scale", text="Go")
    assert employer_of(skill) is None
    assert employers(_CHUNKS) == {"acme gmbh": (0, 1), "parkly": (2,), "acme university": (3,)}


def test_a_promotion_question_brings_the_earlier_role_at_the_same_employer(index: SearchIndex) -> None:
    question = "Was he promoted into management from within, or hired in as a manager?"
    ids = [h.chunk.id for h in index.search(question)]
    assert ids[:2] == ["profile#work/0", "profile#work/1"]
    assert "profile#work/3" not in ids  # another employer whose name shares a word


def test_other_questions_are_unchanged(index: SearchIndex) -> None:
    ids = [h.chunk.id for h in index.search("Which pricing engine did he rewrite?")]
    assert ids == ["profile#work/1"]  # no sibling role at Acme comes along
