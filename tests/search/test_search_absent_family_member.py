"""A question about one member of a family of things a résumé lists (a spoken language, a field of
study, a sector, a technology) or about an employer after "role at" / "time at", which the portfolio
never names, gets only weak hits: passages about the family's other members are close to it in words
and in meaning, and do not answer it. The members the portfolio names still answer."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import UNKNOWN_NAME, is_family_member_term, parse_query


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


def _chunks() -> list[Chunk]:
    return [
        _chunk(
            "profile#basics",
            "basics",
            "Ada Byron — Engineer",
            "Ada is a backend engineer based in Leeds, UK.",
        ),
        _chunk(
            "edu", "education", "University of Leeds", "Bachelor's degree in Computer Science, 2012-2015."
        ),
        _chunk("work", "work", "Engineer at Gamma", "She writes Python services and leads the billing role."),
        _chunk("langs", "language", "Languages", "Speaks English (native) and Dutch (fluent)."),
    ]


class CloseEmbedder:
    """Every question is close in meaning (cosine 0.6, above the strong floor) to the languages passage."""

    dense_floor = 0.3
    strong_floor = 0.55

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        out = []
        for t in texts:
            if t.startswith("Languages"):
                out.append([0.6, 0.8])
            elif "\n" in t:
                out.append([0.0, -1.0])
            else:
                out.append([1.0, 0.0])  # the question
        return out


@pytest.fixture(scope="module")
def lexical() -> SearchIndex:
    return SearchIndex.build(_chunks())


@pytest.fixture(scope="module")
def dense() -> SearchIndex:
    return SearchIndex.build(_chunks(), CloseEmbedder())


def _strong(index: SearchIndex, question: str) -> list[str]:
    return [h.chunk.id for h in index.search(question, weak=True) if not h.weak]


def test_family_members_are_languages_fields_sectors_and_technologies() -> None:
    assert all(is_family_member_term(t) for t in ("italian", "physic", "healthcar", "haskel"))
    assert not any(is_family_member_term(t) for t in ("degre", "speak", "role"))


def test_an_absent_member_weighs_as_a_name_or_a_topic_however_written() -> None:
    weights = {g.typed: g.unknown_weight for g in parse_query("does she speak italian", lambda t: False)}
    assert weights["italian"] == UNKNOWN_NAME
    tech = {
        g.typed: g.unknown_weight for g in parse_query("has she built anything in haskell", lambda t: False)
    }
    assert tech["haskell"] == UNKNOWN_NAME  # a technology's name, however written (search/tech_names.py)


@pytest.mark.parametrize(
    "question",
    ["does she speak italian?", "Can she speak Italian?", "is she fluent in mandarin"],
)
def test_closeness_in_meaning_does_not_answer_an_absent_language(dense: SearchIndex, question: str) -> None:
    assert _strong(dense, question) == []


def test_closeness_in_meaning_answers_a_language_she_speaks(dense: SearchIndex) -> None:
    assert "langs" in _strong(dense, "does she speak dutch?")


@pytest.mark.parametrize(
    "question",
    ["does she have a degree in physics", "is her degree in mathematics?", "has she written code in haskell"],
)
def test_an_absent_field_or_technology_gets_only_weak_hits(lexical: SearchIndex, question: str) -> None:
    assert _strong(lexical, question) == []


@pytest.mark.parametrize(
    "question", ["does she have a degree in computer science", "has she written code in python"]
)
def test_a_field_or_technology_she_has_still_answers(lexical: SearchIndex, question: str) -> None:
    assert _strong(lexical, question)


@pytest.mark.parametrize("question", ["her role at uber?", "any time at netflix?"])
def test_an_employer_after_a_noun_of_time_spent_is_what_is_asked(lexical: SearchIndex, question: str) -> None:
    assert _strong(lexical, question) == []


def test_an_employer_she_had_still_answers(lexical: SearchIndex) -> None:
    assert "work" in _strong(lexical, "her role at gamma?")


def test_a_place_answer_read_from_facts_is_weak_for_a_city_never_named(lexical: SearchIndex) -> None:
    assert _strong(lexical, "Is she based in Sydney?") == []
    assert "profile#basics" in _strong(lexical, "Where is she based?")
