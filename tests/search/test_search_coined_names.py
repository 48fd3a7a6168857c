"""A lower-case name the content coined ("ledgerlag", a tool a job highlight names) is a name a figure
is asked of, like a capitalised one: "how many contributors does ledgerlag have?" is answered only by a
line writing it that states contributors. A word of the language in any form ("bakeries") or one the
content capitalises ("Rewrote") is no such name. The owner and texts are made up for these tests."""

from __future__ import annotations

import pytest

from heyfolio.search import minilm
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex, _word_forms

pytestmark = pytest.mark.skipif(not minilm.available(), reason="MiniLM weights not installed")


def _chunks() -> list[Chunk]:
    def chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
        return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)

    return [
        chunk(
            "profile#basics", "basics", "Ada Brenner — Data Engineer", "Ada builds data pipelines in Graz."
        ),
        chunk(
            "profile#work/0",
            "work",
            "Staff Engineer at Kranich Pay (2021-01 – present)",
            "Work experience: Staff Engineer at Kranich Pay (2021-01 – present)\n"
            "Highlights:\n- Rewrote the fraud job in Spark, from 3 hours to 22 minutes.\n"
            "- Open-sourced kafkaloupe, a Go tool that shows consumer lag; it has 1,400 GitHub stars.\n"
            "- Built dashboards for nine bakeries.",
        ),
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_chunks(), minilm.MiniLMEmbedder(runtime="numpy"))


def test_the_forms_a_word_may_come_from() -> None:
    assert "bakery" in _word_forms("bakeries")
    assert "host" in _word_forms("hosted")


def test_a_coined_name_is_asked_of(index: SearchIndex) -> None:
    assert index._coined_words("How many contributors does kafkaloupe have?") == ["kafkaloupe"]
    assert index._coined_words("How many bakeries used them after she rewrote it?") == []
    assert index.unstated("How many contributors does kafkaloupe have?")
    assert not index.unstated("How many GitHub stars does kafkaloupe have?")
