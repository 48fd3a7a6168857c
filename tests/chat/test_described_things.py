"""A thing asked for by whom it was made for is answered only by a passage speaking of that."""

from __future__ import annotations

from heyfolio.chat.described import unmatched_description, unmatched_thing
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


def test_a_thing_done_that_no_passage_describes_is_unmatched() -> None:
    logbooks = _hit("Harbourlog: a side project that maps old ship logbooks onto tide tables.")
    assert unmatched_thing("what's the mobile app she shipped?", [logbooks]) == "the mobile app she shipped"
    assert unmatched_thing("tell me about the podcast he hosts", [logbooks]) == "the podcast he hosts"


def test_one_word_of_the_description_in_a_passage_matches_it() -> None:
    forgeries = _hit("Inkwell: a model that flags likely forged signatures on scanned letters.")
    assert unmatched_thing("that fake-signature spotting thing she built - what was it?", [forgeries]) is None
    assert unmatched_thing("the thing she built last year?", [forgeries]) is None  # only framing words
    assert unmatched_thing("what did she build for Kestrel?", [forgeries]) is None  # no thing described
