"""Concept vocabulary for time away from work: a "gap" in a career is a break, a sabbatical, a leave;
"a career break" or "time off" is answered in full by the break the content names."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import normalize_token, parse_query


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk(
                "lead",
                "work",
                "Analytics lead — Norrsken Bank",
                "Line manager for four analysts; ran hiring.",
            ),
            _chunk("ic", "work", "Data engineer — Tallow", "Built the dbt models and the Airflow DAGs."),
            _chunk("leave", "work", "Parental leave", "Parental leave, 2019 to 2020."),
            _chunk("talk", "post", "Notes on reviews", "How we review pull requests in small teams."),
        ]
    )


def _strong(index: SearchIndex, question: str) -> list[str]:
    return [h.chunk.id for h in index.search(question, weak=True) if not h.weak]


@pytest.mark.parametrize(
    "question",
    [
        "Is there a gap in her career?",
        "any time off between jobs?",
        "Did she ever take a career break?",
        "career gaps?",
    ],
)
def test_a_gap_in_a_career_is_time_away(index: SearchIndex, question: str) -> None:
    assert "leave" in _strong(index, question)


def test_a_named_break_is_its_concept_and_related_to_the_words_for_one() -> None:
    (group,) = [
        g for g in parse_query("was there a career break") if g.word == normalize_token("career_break")
    ]
    terms = dict(group.terms)
    assert terms[normalize_token("leave")] == 1.0 and terms[normalize_token("sabbatical")] == 1.0
    related = dict(
        next(g for g in parse_query("a sabbatical?") if g.word == normalize_token("sabbatical")).terms
    )
    assert normalize_token("leave") in related and related[normalize_token("leave")] < 1.0
