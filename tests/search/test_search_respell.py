"""Shorthand and short typos are read as the words they stand for, and real words, names and the
content's own words are left alone (search.respell)."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.respell import Respeller, skeleton


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk(
                "profile#basics",
                "basics",
                "Ada Quill",
                "Ada lives in Leeds and has worked in payments for ten years.",
            ),
            _chunk("profile#work/0", "work", "Engineer at Cobalt", "Worked on the ledger."),
            _chunk(
                "profile#education/0", "education", "BSc at University of York", "Bachelor of Science, 2012."
            ),
            _chunk("faq#notice_period", "faq", "Notice period", "One month."),
        ]
    )


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("yrs of exp?", "years of experience?"),
        ("wher is she based?", "where is she based?"),
        ("Wher is she based?", "Where is she based?"),
        ("was any company she wrkd at bought?", "was any company she worked at bought?"),
        ("wher does she wrk now", "where does she work now"),
        ("is she after a mgmt role?", "is she after a management role?"),
        ("how mny ppl", "how many people"),
        ("undergrad degree?", "undergraduate degree?"),
        ("any certs", "any certifications"),
        ("teh notice", "the notice"),
        ("Where did she studdy?", "Where did she study?"),
    ],
)
def test_shorthand_and_short_typos_are_written_out(index: SearchIndex, asked: str, read: str) -> None:
    assert index.respell(asked) == read


@pytest.mark.parametrize(
    "asked",
    [
        "Does she know Elixir?",  # a name
        "is she an IC?",  # capitals: an acronym, not shorthand
        "Is she vegan?",  # a word of five letters: the word speller's business
        "Did she work at Cobalt?",  # every word known
    ],
)
def test_names_real_words_and_the_contents_words_stay(index: SearchIndex, asked: str) -> None:
    assert index.respell(asked) == asked


def test_shorthand_the_content_uses_means_what_the_content_means() -> None:
    index = SearchIndex.build([_chunk("projects/exp", "project", "exp", "exp tracks experiments.")])
    assert index.respell("who wrote exp?") == "who wrote exp?"


def test_a_word_of_the_language_is_not_a_typo() -> None:
    speller = Respeller({"gift": 2}, lambda term: False, knows_word=lambda w: w == "gigs")
    assert speller.word("gigs") is None
    assert Respeller({"gift": 2}, lambda term: False).word("gigs") is None  # two edits from "gift"


def test_a_word_without_vowels_is_its_skeleton() -> None:
    assert skeleton("worked") == "wrkd"
    speller = Respeller({"worked": 3, "wicked": 1}, lambda term: False)
    assert speller.word("wrkd") == "worked"


def test_search_reads_the_written_out_question(index: SearchIndex) -> None:
    hits = index.search("wher does she live", 3)
    assert hits and hits[0].chunk.id == "profile#basics"
    assert [h.chunk.id for h in index.search("uni?", 3)][:1] == ["profile#education/0"]


@pytest.mark.parametrize(
    "asked",
    [
        "Does Noémie have direct reports?",
        "does noémie lead a team",
        "Has Zoë ever lived in Québec?",
    ],
)
def test_accented_words_are_read_whole_and_left_alone(asked: str) -> None:
    """An accented name is one word: read as "No" + "mie", the short "mie" was respelt to "mine"
    and the owner's own name became an unknown topic."""
    index = SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Noémie Ardent", "Noémie leads a team of four in Lyon."),
            _chunk("profile#work/0", "work", "Engineer at Cobalt", "Worked on the ledger; mine is a word."),
        ]
    )
    assert index.respell(asked) == asked
