"""How long the owner has used a technology ("how many years of Elixir?") is answered by the dated
entries that used it, placed right after the best passage; the duration cue's own words ("years")
match no entry's title."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.understand import Facts, asks_duration, resolve_named


def _entry(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_CHUNKS = [
    _entry(
        "profile#skills/0",
        "skill",
        "Skill: Backend (Advanced)",
        "Skill: Backend (Advanced): Elixir, Phoenix, Go",
    ),
    _entry(
        "profile#work/0",
        "work",
        "Backend Engineer at Loomwise (2022-01 – present)",
        "Work experience: Backend Engineer at Loomwise (2022-01 – present)\nRuns the billing service in Go.",
    ),
    _entry(
        "profile#work/1",
        "work",
        "Developer at Tinplate (2019-03 – 2021-12)",
        "Work experience: Developer at Tinplate (2019-03 – 2021-12)\nBuilt the chat backend in Elixir and Phoenix.",
    ),
    _entry(
        "profile#work/2",
        "work",
        "Junior Developer at Oarlock (2017-06 – 2019-02)",
        "Work experience: Junior Developer at Oarlock (2017-06 – 2019-02)\nMaintained Elixir jobs for invoicing.",
    ),
    _entry(
        "profile#education/0",
        "education",
        "Diploma (three-year programme) in Computing at Harbour College (2014-09 – 2017-06)",
        "Education: Diploma (three-year programme) in Computing at Harbour College (2014-09 – 2017-06)",
    ),
    _entry("profile#interests/0", "interests", "Interests: Elixir meetups", "Runs a monthly Elixir meetup."),
]


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


def test_asks_duration_leaves_what_lasted() -> None:
    assert asks_duration("How many years of Elixir does he have?") == "  of Elixir does he have?"
    assert asks_duration("Which teams has he worked with?") is None


def test_the_entries_that_used_it_follow_the_best_passage(index: SearchIndex) -> None:
    ids = [h.chunk.id for h in index.search("How many years of Elixir does he have?")]
    assert {"profile#work/1", "profile#work/2"} <= set(ids[:3])
    assert "profile#work/0" not in ids[:3]  # a job that did not use it


def test_a_question_naming_no_technology_is_left_alone(index: SearchIndex) -> None:
    assert resolve_named(Facts(_CHUNKS), "How long was he at Tinplate?") == [2]


def test_the_duration_cue_matches_no_title() -> None:
    # "years" of "how many years" is not the "three-year programme" of the diploma's title
    assert resolve_named(Facts(_CHUNKS), "How many years has he been freelancing?") is None


def test_years_said_next_to_the_technology() -> None:
    from heyfolio.search.years_said import years_said

    assert years_said("Since then I have spent nine years building Elm apps for clinics.", "elm")
    assert years_said("Skill: Go (5+ years)", "go")
    assert not years_said(
        "Three years at Umbra, then a move to Oslo; Elm came much later in a side project.", "elm"
    )
