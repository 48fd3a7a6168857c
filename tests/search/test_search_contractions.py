"""A question word contracted with "did" ("how'd she get into tech?") is read as the two words."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.contractions import without_contractions
from heyfolio.search.index import SearchIndex


def test_a_contracted_did_is_written_out() -> None:
    assert without_contractions("how'd she get into tech") == "how did she get into tech"
    assert without_contractions("Where’d he study?") == "Where did he study?"
    assert without_contractions("what'd Tomás build at Ferrol?") == "what did Tomás build at Ferrol?"
    # nothing to write out: the question comes back as it was
    assert without_contractions("she'd like hybrid work") == "she'd like hybrid work"
    assert without_contractions("how long did she stay?") == "how long did she stay?"


def test_search_reads_the_question_with_did_written_out() -> None:
    chunk = Chunk(
        id="profile#work/0",
        uri="portfolio://profile#work/0",
        kind="work",
        title="Bike Mechanic at Roda Viva (2012-01 – 2016-08)",
        text="Repaired city bikes before a coding bootcamp.",
    )
    index = SearchIndex.build([chunk])
    assert index.respell("how'd he get into coding?") == "how did he get into coding?"
