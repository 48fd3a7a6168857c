"""Spelling tolerance and compound spellings, end to end: a misspelt or differently joined
question finds the passage its correct spelling finds, and names or unanswerable questions are
not "corrected" into an answer."""

from __future__ import annotations

import pytest

from heyfolio.content.model import Portfolio
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import analyze, normalize_token, parse_query


@pytest.fixture
def index(portfolio: Portfolio) -> SearchIndex:
    return SearchIndex.build(chunk_portfolio(portfolio))


def _chunk(ident: str, kind: str, title: str, text: str, keywords: tuple[str, ...] = ()) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=keywords)


@pytest.fixture
def gadgets() -> SearchIndex:
    """A maker's portfolio written with compounds (and the US) spelled one particular way."""
    return SearchIndex.build(
        [
            _chunk(
                "projects/bikeway", "project", "Bikeway", "A cycling route planner on GoogleMaps.", ("maps",)
            ),
            _chunk(
                "projects/bracket",
                "project",
                "Bracket",
                "A wall bracket drawn in FreeCAD and printed in PETG.",
            ),
            _chunk("projects/ledger", "project", "Ledger", "Double-entry bookkeeping stored in PostgreSQL."),
            _chunk("projects/tiles", "project", "Tiles", "A tile server in front of Open Street Map data."),
            _chunk("faq#relocation", "faq", "Relocation", "Happy to relocate to the US with a visa sponsor."),
            _chunk("posts/teams", "post", "On teams", "Why we kept our teams small and the service boring."),
        ]
    )


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Has she used kuberntes?", "profile#certificates/0"),  # deletion
        ("Has she used kubernetse?", "profile#certificates/0"),  # swap at the end
        ("Does she do any sculing?", "profile#interests/0"),
        ("Which univeristy did she attend?", "profile#education/0"),
        ("Does she need visa sponsorhsip?", "faq#work_authorization"),
        ("Tell me about her schedular project", "projects/lease-scheduler"),
        ("How does the leese scheduler work?", "projects/lease-scheduler#how-it-works"),
        ("Has she written about fencing tokkens?", "posts/leases"),
        ("Is she a certifed administrator?", "profile#certificates/0"),
        # a capitalised typo of a well-known name is still corrected
        ("Has she deployed to Kubernets?", "profile#certificates/0"),
    ],
)
def test_a_typo_finds_what_the_right_spelling_finds(index: SearchIndex, question: str, first: str) -> None:
    hits = index.search(question)
    assert hits, f"nothing for {question!r}"
    assert hits[0].chunk.id == first, [h.chunk.id for h in hits]


def test_a_corrected_word_counts_a_little_less_than_the_word_itself(index: SearchIndex) -> None:
    (right,) = index.search("Which certifications?", limit=1)
    # two edits: "certifcations" is now one edit from the section's plural, a known spelling the
    # question is read as in full before search (as "kuberntes" is)
    (typo,) = index.search("Which certficatons?", limit=1)
    assert typo.chunk.id == right.chunk.id
    assert 0.0 < typo.score < right.score


@pytest.mark.parametrize(
    "question",
    [
        "Has she worked at Parcelbox?",  # another company's name, one letter from Parcelfox
        "Does she know Elixir?",
        "Does she use Scala?",  # a real language, not a misspelt "scale"
        "Has she worked at Google?",
        "Does she know Haskell?",
        "What is her favourite pizza?",
        "zxqvt blorpish",
    ],
)
def test_names_and_unanswerable_questions_are_not_corrected_into_an_answer(
    index: SearchIndex, question: str
) -> None:
    assert index.search(question) == []


def test_short_words_and_words_the_content_has_are_taken_as_asked(index: SearchIndex) -> None:
    # "rsut" is four letters: too short to guess (it could be many words)
    assert index.search("rsut") == []
    assert index.search("rust")[0].chunk.id == "profile#projects/0"
    # a word the content has is never respelled, even one edit from a more frequent word
    (group,) = parse_query("sculling")
    assert group.word in {t for t in analyze("Rowing — sculling, regattas")}


def test_correction_is_deterministic_across_builds(portfolio: Portfolio) -> None:
    chunks = chunk_portfolio(portfolio)
    a = SearchIndex.build(chunks).search("schedular leeses", limit=10)
    b = SearchIndex.build(list(reversed(chunks))).search("schedular leeses", limit=10)
    assert a and [(h.chunk.id, h.score) for h in a] == [(h.chunk.id, h.score) for h in b]


def test_warm_spelling_changes_nothing_but_timing(portfolio: Portfolio) -> None:
    chunks = chunk_portfolio(portfolio)
    warm = SearchIndex.build(chunks)
    warm.warm_spelling()
    cold = SearchIndex.build(chunks)
    assert warm.search("univeristy") == cold.search("univeristy") != []


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Has she built anything on Google Maps?", "projects/bikeway"),  # apart in the question
        ("Which things did she draw in Free CAD?", "projects/bracket"),
        ("Where does she store data, Postgre SQL?", "projects/ledger"),
        ("Has she used OpenStreetMap?", "projects/tiles"),  # together in the question
    ],
)
def test_compounds_meet_whichever_way_they_are_spelled(
    gadgets: SearchIndex, question: str, first: str
) -> None:
    hits = gadgets.search(question)
    assert hits, f"nothing for {question!r}"
    assert hits[0].chunk.id == first, [h.chunk.id for h in hits]


def test_content_compounds_are_not_split_into_other_words(gadgets: SearchIndex) -> None:
    # "GoogleMaps" is indexed whole: a question about Google alone is not about it.
    assert gadgets.search("Has she worked at Google?") == []
    assert "google" not in analyze("A cycling route planner on GoogleMaps.")


def test_joining_needs_an_unknown_word_and_a_known_compound() -> None:
    vocabulary = {"freecad", "free", "ada", "quill", "adaquill"}
    (joined,) = parse_query("Free CAD", vocabulary.__contains__)
    assert joined.word == "freecad"
    assert ("free", 0.5) in joined.terms  # the known half stays a weaker alternative
    # both words known in their own right: a name, not the handle "adaquill"
    assert [g.word for g in parse_query("Ada Quill", vocabulary.__contains__)] == ["ada", "quill"]
    # not adjacent words (punctuation between), or a stop word: no join
    assert [g.word for g in parse_query("Free, CAD", vocabulary.__contains__)] == ["free", "cad"]
    assert [g.word for g in parse_query("Free CAD")] == ["free", "cad"]  # no vocabulary, no join


def test_camel_case_splits_only_into_known_parts() -> None:
    known = {"open", "street", "map"}.__contains__
    groups = parse_query("OpenStreetMap", known)
    assert [g.word for g in groups] == ["open", "street", "map"]
    assert all(abs(g.share - 1 / 3) < 1e-9 for g in groups)  # one name, one idea
    assert [g.word for g in parse_query("OpenStreetWhatever", known)] == [normalize_token("openstreetwhatev")]


def test_us_in_capitals_is_the_country_not_a_stop_word(gadgets: SearchIndex) -> None:
    assert analyze("Happy to move to the US") == analyze("Happy to move to the USA")
    assert "usa" not in analyze("Would you tell us more?")
    assert "usa" not in analyze("TELL US MORE")  # shouted: capitals say nothing
    words = [g.word for g in parse_query("Would she move to the US?")]
    assert "usa" in words and "us" not in words
    hits = gadgets.search("Would she move to the US?")
    assert hits and hits[0].chunk.id == "faq#relocation"
    assert "usa" not in [g.word for g in parse_query("Would she come to us?")]


def test_it_in_capitals_is_information_technology() -> None:
    assert "information_technology" in analyze("Ten years in IT")
    assert "information_technology" in analyze("Ten years in information technology")
    assert analyze("Ten years in it") == [normalize_token("ten"), normalize_token("years")]
