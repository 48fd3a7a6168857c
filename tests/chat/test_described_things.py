"""A thing asked for by whom it was made for is answered only by a passage speaking of that."""

from __future__ import annotations

from heyfolio.chat.described import unmatched_description
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import Hit


def _hit(text: str) -> Hit:
    chunk = Chunk(id="x", uri="portfolio://x", kind="work", title="Developer at Lantern Labs", text=text)
    return Hit(chunk=chunk, score=1.0, snippet=text)


def test_a_thing_made_for_someone_no_passage_speaks_of_is_unmatched() -> None:
    florists = _hit("Built Petalpost, a delivery-tracking app for a chain of six florists.")
    asked = "What was the name of the app he built for the pharmacy chain?"
    assert unmatched_description(asked, [florists]) == "pharmacy chain"


def test_a_passage_speaking_of_the_description_answers_wherever_it_ranks() -> None:
    other = _hit("Rewrote the billing service in Go.")
    florists = _hit("Built Petalpost, a delivery-tracking app for a chain of six florists.")
    asked = "What was the name of the app he built for the florist chain?"
    assert unmatched_description(asked, [other, florists]) is None
    assert unmatched_description("What apps has he built?", [other]) is None
