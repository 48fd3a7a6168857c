"""A negation bears on travel only inside its own clause (session 25).

Why: "I am not planning to relocate, but I travel to client sites for up to a week at a time" was read as the owner
saying they do not travel, and "Travel to customer sites occasionally" came back missing. The owner and the
posting are written here for the test.
"""

from __future__ import annotations

from heyfolio.jobfit.presence import _NO_RELOCATE, _NO_TRAVEL


def test_not_relocating_but_travelling_is_not_a_refusal_to_travel() -> None:
    said = "I am not planning to relocate, but I travel to client sites for up to a week at a time."
    assert _NO_TRAVEL.search(said) is None
    assert _NO_RELOCATE.search(said) is not None


def test_a_refusal_to_travel_is_still_read() -> None:
    assert _NO_TRAVEL.search("I do not travel for work.") is not None
    assert _NO_TRAVEL.search("I don't travel.") is not None
    assert _NO_TRAVEL.search("I am not able to travel more than twice a year.") is not None


def test_no_visa_needed_and_happy_to_relocate_is_not_a_refusal_to_relocate() -> None:
    assert _NO_RELOCATE.search("I need no visa for the EU, and I am happy to relocate to Lisbon.") is None
