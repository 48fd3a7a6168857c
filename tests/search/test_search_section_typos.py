"""A section asked for by a misspelt plural ("awrds", "certifcations") is read as the section's name
even when the content only writes the singular ("Award: ..."): the section names are known spellings."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _entry(kind: str, i: int, title: str, text: str) -> Chunk:
    ident = f"profile#{kind}/{i}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_CHUNKS = [
    _entry("work", 0, "Data Engineer at Ostrava Grain (2021-02 – present)", "Runs the nightly loads."),
    _entry("award", 0, "Silver Ladle (Harbour Guild, 2022-04)", "Award: Silver Ladle from Harbour Guild."),
    _entry("interest", 0, "Interest: Rowing", "Interest: Rowing — river club"),
    _entry("skill", 0, "Python (Advanced)", "Skill: Python (Advanced): pandas, pytest"),
]


@pytest.mark.parametrize("question", ["awrds", "any awrds?"])
def test_a_misspelt_section_plural_finds_the_section(question: str) -> None:
    hits = SearchIndex.build(_CHUNKS).search(question)
    assert hits and hits[0].chunk.kind == "award"
