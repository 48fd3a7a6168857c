""" "What does she do when she's not coding?" and "any sports?" ask about the owner's interests: the
time away from the work itself is free time, and a sport is a pastime."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _chunk(ident: str, kind: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=ident, text=text, keywords=())


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Oda Vik is a backend engineer in Tromsø who codes in Go."),
            _chunk(
                "profile#work/0",
                "work",
                "Work experience: Backend Engineer at Nordlys (2020 – present). Coding reviews.",
            ),
            _chunk("profile#interests/0", "interest", "Interest: Rowing — coastal rowing, regattas"),
            _chunk("profile#interests/1", "interest", "Interest: Ceramics — wheel throwing"),
        ]
    )


@pytest.mark.parametrize(
    "asked",
    ["what does she do when she's not coding?", "what does he do when he's not working?", "any sports?"],
)
def test_time_away_from_work_finds_the_interests(index: SearchIndex, asked: str) -> None:
    hits = index.search(asked, 5, weak=True)
    assert hits and hits[0].chunk.id.startswith("profile#interests/")


@pytest.mark.parametrize(
    "asked",
    [
        "what does she get up to when she's not wrangling pipelines?",
        "what does Oda do while Oda's not debugging firmware",
        "and when he is not shipping features?",
    ],
)
def test_time_away_from_any_named_work_finds_the_interests(index: SearchIndex, asked: str) -> None:
    hits = index.search(asked, 5, weak=True)
    assert hits and hits[0].chunk.id.startswith("profile#interests/")


@pytest.mark.parametrize("asked", ["when was she not working?", "when is she not available"])
def test_when_was_she_not_is_no_time_off(asked: str) -> None:
    """The subject after "when" makes it time off; a question word order asks a gap or a date."""
    from heyfolio.search.text import analyze, normalize_token

    hobby = normalize_token("hobby")
    terms = analyze(asked)
    # "not working" is the phrase table's own time off; only "not available" must stay off it
    assert (hobby in terms) == ("working" in asked)


def test_the_time_off_rule_reads_only_after_when_subject_be() -> None:
    from heyfolio.search.text import analyze, normalize_token

    hobby = normalize_token("hobby")
    assert hobby in analyze("what does he do when he's not wrangling pipelines")
    assert hobby not in analyze("she is not wrangling pipelines any more")
    assert hobby not in analyze("when was the pipeline not wrangling data")
