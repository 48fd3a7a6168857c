"""An acronym asked that the content only spells out ("BCM" -> "body control module", "WER" -> "word
error rate") ranks the passages writing the phrase; it never makes a question answered by itself (an
acronym the portfolio lacks may spell an unrelated run of words), and the content's own acronym in
an "-es" plural ("RTOSes") is read as written."""

from __future__ import annotations

import pytest

from heyfolio.search.acronyms import Acronyms, as_written, asked_acronyms, spelled_out
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex

TEXTS = [
    "Cut the boot time of the body control module from 2.1 s to 0.8 s.",
    "Shipped secure over-the-air updates to 9,000 gateways.",
    "Lowered the word error rate on accented speech from 21% to 15%.",
    "Moved to a part-time fixed-term contract; comfortable running meetings.",
    "Wrote drivers for the Zephyr RTOS and real-time operating systems courses.",
]


def _acronyms() -> Acronyms:
    return Acronyms(TEXTS)


@pytest.mark.parametrize(
    ("acronym", "phrase"),
    [("BCM", "body control module"), ("OTA", "over-the-air"), ("WER", "word error rate")],
)
def test_the_one_phrase_its_initials_spell(acronym: str, phrase: str) -> None:
    assert _acronyms().phrase(acronym) == phrase


def test_no_phrase_from_a_compounds_middle_or_loose_function_words() -> None:
    table = _acronyms()
    assert table.phrase("TFT") is None  # "(part-)time fixed-term": starts inside a compound
    assert table.phrase("OTB") is None  # "of the body": function words outside a compound
    assert table.phrase("XYZ") is None


def test_two_different_phrases_read_as_neither() -> None:
    table = Acronyms(["Built the data model layer.", "Designed the data migration logic."])
    assert table.phrase("DML") is None
    assert Acronyms(["Ran the data model layer.", "The data model layers grew."]).phrase("DML") == (
        "data model layer"
    )


def test_asked_acronyms_with_plurals() -> None:
    assert asked_acronyms("Which RTOSes and BCMs, or a US visa?") == ["RTOS", "BCM"]


def test_spelled_out_reads_only_unknown_acronyms() -> None:
    def written(a: str) -> bool:
        return a.casefold() == "rtos"

    def plain(w: str) -> bool:
        return w not in {"ota"}

    def named(_: str) -> bool:
        return False

    said = spelled_out("BCM boot time, RTOSes, ota updates?", _acronyms, written, named, plain)
    assert said == "body control module boot time, RTOSes, over-the-air updates?"
    assert as_written("RTOSes or BCMs?", written) == "RTOS or BCMs?"
    # an acronym the tables name is kept beside the content's phrase
    assert spelled_out("WER?", _acronyms, written, lambda _: True, plain) == "WER word error rate?"


def _chunk(ident: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="work", title=ident, text=text, keywords=())


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk("profile#basics", "Ada Wren is a firmware engineer in Graz."),
            *(_chunk(f"profile#work/{i}", t) for i, t in enumerate(TEXTS)),
        ]
    )


def test_an_acronym_finds_the_passage_spelling_it(index: SearchIndex) -> None:
    hits = index.search("What did she do to the BCM?", 5, weak=True)
    assert hits and hits[0].chunk.id == "profile#work/0"
    hits = index.search("WER numbers?", 5, weak=True)
    assert hits and hits[0].chunk.id == "profile#work/2"


def test_an_acronym_alone_never_answers(index: SearchIndex) -> None:
    # "CRM" spells "comfortable running meetings": ranked, but not an answer
    hits = index.search("Does she have CRM experience?", 5, weak=True)
    assert all(h.weak for h in hits)
    assert index.search("Does she have CRM experience?", 5) == []


def test_the_contents_acronym_in_an_es_plural(index: SearchIndex) -> None:
    hits = index.search("Which RTOSes has she used?", 5)
    assert hits and hits[0].chunk.id == "profile#work/4"


def test_the_question_as_read_by_the_answerer_keeps_the_acronym(index: SearchIndex) -> None:
    # the offline answerer reads its cues from ``respell``: an acronym found by initials alone is no cue
    assert index.respell("Does she have CRM experience?") == "Does she have CRM experience?"
    assert index.respell("CRM?", acronyms=True) == "comfortable running meetings?"
