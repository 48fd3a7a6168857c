"""A two-part question whose results leave places empty fills them with each part's other best passages
("which certs does she hold and which languages does she speak?": the whole question found the languages
and one certificate; the part asking the list shows the others) (index._each_part). The stronger of two
platforms or languages asks the skills' stated levels, however the kind is named ("her stronger
platform, ios or android?", "more of an ios or android person?") (index._PROFICIENCY). Government clients
are found by the bodies a résumé names ("a public water agency") and data kept on the phone by its
store's name ("Core Data", "Room") (text._ASKED_IN_OTHER_WORDS). "These days", "nowadays" and "lately" place the
question now: the current job answers (text._PHRASES, understand.read_superlative)."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.clauses import question_clauses
from heyfolio.search.index import _PROFICIENCY, Hit, SearchIndex
from heyfolio.search.text import normalize_token, parse_query
from heyfolio.search.understand import Superlative, read_superlative


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


_CHUNKS = [
    _chunk(
        "profile#basics",
        "basics",
        "Tuuli Karvonen",
        "Tuuli Karvonen — Mobile Engineer. Location: Oulu, FI. Ships native apps for iPhone and Android.",
    ),
    _chunk(
        "profile#work/0",
        "work",
        "Mobile Lead at Revontuli Apps",
        "Work experience: Mobile Lead at Revontuli Apps (2021-01 – present). Leads the iOS and Android "
        "teams of a ferry-ticket app.",
    ),
    _chunk(
        "profile#work/1",
        "work",
        "Junior iOS Developer at Kuura Studio",
        "Work experience: Junior iOS Developer at Kuura Studio (2016-01 – 2020-12). Built iOS apps for "
        "agency clients.",
    ),
    _chunk(
        "profile#work/2",
        "work",
        "Consultant at Tunturi Consulting",
        "Work experience: Consultant at Tunturi Consulting (2015-01 – 2015-12). Rewrote the flood model "
        "of a public water agency in Python.",
    ),
    _chunk(
        "profile#skills/0",
        "skill",
        "iOS development (Expert)",
        "Skill: iOS development (Expert): Swift, SwiftUI, Core Data, XCTest",
    ),
    _chunk(
        "profile#skills/1",
        "skill",
        "Android development (Advanced)",
        "Skill: Android development (Advanced): Kotlin, Jetpack Compose, Room, Espresso",
    ),
    _chunk(
        "profile#skills/2",
        "skill",
        "Backend for mobile (Intermediate)",
        "Skill: Backend for mobile (Intermediate): Firebase, GraphQL",
    ),
    _chunk(
        "profile#languages",
        "languages",
        "Languages spoken",
        "Languages spoken: Finnish (Native speaker); English (Fluent); Swedish (Intermediate)",
    ),
    *(
        _chunk(f"profile#certificates/{i}", "certificate", name, f"Certificate: {name} issued by {issuer}")
        for i, (name, issuer) in enumerate(
            [
                ("Associate Android Developer", "Google"),
                ("Mobile Security Essentials", "Turva Institute"),
                ("Certified Scrum Developer", "Scrum Alliance"),
            ]
        )
    ),
]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


def _ids(index: SearchIndex, question: str) -> list[str]:
    return [h.chunk.id for h in index.search(question, 5, weak=True)]


def _hits(index: SearchIndex, *ids: str) -> list[Hit]:
    return [Hit(chunk=c, score=0.5, snippet="") for i in ids for c in _CHUNKS if c.id == i]


def test_a_part_asking_a_list_fills_the_places_left_empty(index: SearchIndex) -> None:
    question = "which certificates does she hold and which languages does she speak"
    found = _hits(index, "profile#languages", "profile#basics", "profile#certificates/0")
    filled = [h.chunk.id for h in index._each_part(question, found, 5)]
    # the results as found stay first, in their order; the other certificates take the empty places
    assert filled[:3] == ["profile#languages", "profile#basics", "profile#certificates/0"]
    assert {"profile#certificates/1", "profile#certificates/2"} <= set(filled)
    assert len(filled) == 5


def test_full_results_are_left_as_they_are(index: SearchIndex) -> None:
    question = "which certificates does she hold and which languages does she speak"
    found = _hits(
        index,
        "profile#languages",
        "profile#certificates/0",
        "profile#certificates/1",
        "profile#certificates/2",
        "profile#basics",
    )
    assert index._each_part(question, found, 5) == found


def test_a_filled_place_is_weak_when_the_results_are(index: SearchIndex) -> None:
    question = "which certificates does she hold and which languages does she speak"
    found = [Hit(chunk=c, score=0.1, snippet="", weak=True) for c in _CHUNKS if c.id == "profile#languages"]
    filled = index._each_part(question, found, 5)
    assert len(filled) > 1
    assert all(h.weak for h in filled)


@pytest.mark.parametrize(
    "question",
    [
        "which is her stronger platform, ios or android",
        "is she more of an ios or android person",
        "stronger language: swift or kotlin?",
    ],
)
def test_the_stronger_of_two_asks_the_skill_levels(question: str) -> None:
    assert _PROFICIENCY.search(question)


def test_the_stronger_platform_shows_both_skills(index: SearchIndex) -> None:
    ids = _ids(index, "which is her stronger platform, ios or android")
    assert {"profile#skills/0", "profile#skills/1"} <= set(ids)


@pytest.mark.parametrize(
    "question", ["which app is stronger, the ferry app or the bank app", "is she more senior now"]
)
def test_other_comparisons_are_no_skill_levels(question: str) -> None:
    assert not _PROFICIENCY.search(question)


def test_government_clients_are_found_by_the_body_named(index: SearchIndex) -> None:
    assert "profile#work/2" in _ids(index, "any government clients?")


def test_data_on_the_phone_is_found_by_the_store_named(index: SearchIndex) -> None:
    ids = _ids(index, "on-device database experience?")
    assert "profile#skills/0" in ids or "profile#skills/1" in ids


def test_these_days_is_now() -> None:
    words = [
        g.word for g in parse_query("is she more of an SRE or a data engineer these days", lambda _t: True)
    ]
    assert normalize_token("now") in words
    assert normalize_token("days") not in words
    assert normalize_token("days") in [
        g.word for g in parse_query("how many days a week does she teach", lambda _t: True)
    ]


@pytest.mark.parametrize(
    "question", ["what's she up to lately", "what is she working on nowadays", "what does she do nowadays"]
)
def test_lately_and_nowadays_ask_the_current_job(question: str) -> None:
    assert read_superlative(question) == Superlative(frozenset({"work"}), "newest")


def test_a_plus_between_two_questions_joins_two_parts() -> None:
    assert question_clauses("which languages does she speak + where did she study") == [
        "which languages does she speak",
        "where did she study",
    ]
    assert question_clauses("notice period & is she open to relocating?") == [
        "notice period",
        "is she open to relocating",
    ]
    assert question_clauses("is she good at c + c++") == []


def test_a_list_fills_before_a_part_s_weaker_passages(index: SearchIndex) -> None:
    # the languages part's next passages are far below its best; the other certificates match their part
    # as well as the one shown does, so they take the places
    question = "which languages does she speak and which certificates does she hold"
    found = _hits(index, "profile#languages", "profile#certificates/0")
    filled = [h.chunk.id for h in index._each_part(question, found, 4)]
    assert set(filled[2:]) == {"profile#certificates/1", "profile#certificates/2"}
