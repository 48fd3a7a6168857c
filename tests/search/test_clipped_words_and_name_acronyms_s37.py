"""Two ways a recruiter shortens what a résumé writes whole (session 37): a clipped word ("postdoc" of
"Postdoctoral") is read as the one content word it starts, and an acronym that leaves out the words
joining a name's parts ("EMFF" of "European Maritime and Fisheries Fund") is read as that name."""

from __future__ import annotations

import pytest

from heyfolio.search.acronyms import Acronyms
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Rui Tan", "Rui lives in Porto and models ocean data."),
            _chunk(
                "profile#work/0",
                "work",
                "Postdoctoral Research Fellow at Dunmore University",
                "Tagged seals and taught statistics.",
            ),
            _chunk(
                "profile#work/1",
                "work",
                "Analyst at Tidewell",
                "Won funding from the Northern Coastal and Estuary Fund for a survey.",
            ),
            _chunk("profile#skills/0", "skills", "Biostatistics", "Skill: biostatistics, stationarity, R."),
        ]
    )


def test_a_clipped_word_is_read_as_the_one_content_word_it_starts(index: SearchIndex) -> None:
    assert index.respell("was he a postdoc?") == "was he a postdoctoral?"
    assert index.search("postdoc")[0].chunk.id == "profile#work/0"


def test_a_clip_of_words_of_several_stems_is_left_as_asked(index: SearchIndex) -> None:
    # "biost" starts one word; "stati" starts "stationarity" and "statistics"
    assert index.respell("any biost?") == "any biostatistics?"
    assert index.respell("any stati?") == "any stati?"


def test_an_acronym_leaving_out_a_names_joining_word_reads_as_the_name(index: SearchIndex) -> None:
    assert index.respell("NCEF funding?", acronyms=True) == "northern coastal estuary fund funding?"
    assert index.search("NCEF", weak=True)[0].chunk.id == "profile#work/1"


def test_only_a_name_capitalised_on_every_word_loses_its_joining_word() -> None:
    table = Acronyms(["Cleaned river and lake water samples.", "Joined the Irish Whale and Dolphin Group."])
    assert table.phrase("RLWS") is None
    assert table.phrase("IWDG") == "irish whale dolphin group"


def test_a_phrase_written_as_it_runs_comes_before_a_name_without_its_joining_words() -> None:
    table = Acronyms(["Built the data model layer.", "Met the Data and Model League."])
    assert table.phrase("DML") == "data model layer"
