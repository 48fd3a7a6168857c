"""The passage naming the question's rarest word is shown when search ranked it below the others."""

from __future__ import annotations

from heyfolio.chat.offline import _rarest_evidence
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import Hit, SearchIndex


def _faq(key: str, text: str) -> Chunk:
    return Chunk(id=f"faq#{key}", uri=f"portfolio://faq#{key}", kind="faq", title=key, text=text)


CHUNKS = [
    _faq("contract", "I prefer permanent work; I take short consulting work with my employer's approval."),
    _faq("availability", "Open to new work from February; I reply to work that fits within a week."),
    _faq("industries", "Logistics and energy. I am not interested in advertising technology or gambling."),
]
INDEX = SearchIndex.build(CHUNKS)


def test_the_passage_naming_the_rarest_word_joins_the_chosen_ones() -> None:
    chosen = [Hit(chunk=CHUNKS[0], score=1.0, snippet=""), Hit(chunk=CHUNKS[1], score=0.9, snippet="")]
    extra = _rarest_evidence(INDEX, chosen, "would she work for an advertising company?", INDEX.rarity)
    assert [h.chunk.id for h in extra] == ["faq#industries"]


def test_nothing_is_added_when_a_chosen_passage_names_it_or_none_does() -> None:
    chosen = [Hit(chunk=CHUNKS[2], score=1.0, snippet="")]
    assert _rarest_evidence(INDEX, chosen, "would she work in advertising?", INDEX.rarity) == []
    assert _rarest_evidence(INDEX, chosen, "did she win a nobel prize?", INDEX.rarity) == []
