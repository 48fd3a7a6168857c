"""Where someone worked before is history; a preference for the next job does not answer it."""

from __future__ import annotations

from heyfolio.chat.screening import screening_answer
from heyfolio.search.chunks import Chunk

BASICS = Chunk(
    id="profile#basics",
    uri="portfolio://profile#basics",
    kind="basics",
    title="Ana Silva — Frontend Engineer",
    text="Ana Silva — Frontend Engineer\nLocation: Lisbon\nOpen to hybrid roles in Lisbon; not relocating. "
    "EU citizen, one month's notice.",
)


def test_a_question_on_where_she_worked_is_not_a_screening_question() -> None:
    for question in ("Did she ever work from an office in Barcelona?", "Has he lived in Berlin?"):
        assert screening_answer(question, [BASICS], unfound=True) is None, question


def test_a_preference_is_still_answered_from_the_summary() -> None:
    found = screening_answer("Would she work from an office in Barcelona?", [BASICS], unfound=True)
    assert found is not None and "hybrid roles" in found.said
    moved = screening_answer("would she move to Berlin?", [BASICS], unfound=True)
    assert moved is not None and "not relocating" in moved.said
