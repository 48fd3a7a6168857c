"""Times written in words or in two parts still give a speed-up factor."""

from __future__ import annotations

from heyfolio.search.speedups import speedup_factor


def test_times_written_in_words_are_read() -> None:
    assert speedup_factor("Cut the weekly export from four hours to 30 minutes.") == 8.0
    assert speedup_factor("Page alerts now arrive in ten seconds instead of two minutes.") == 12.0
    assert speedup_factor("Brought the release from a day to two hours.") == 12.0


def test_a_time_of_two_parts_is_added_up() -> None:
    assert speedup_factor("Took the report job from 2 hours 30 minutes to 15 minutes.") == 10.0
    assert speedup_factor("Cut onboarding from 1 hour and 30 minutes to 45 minutes.") == 2.0


def test_words_that_are_not_times_give_no_factor() -> None:
    assert speedup_factor("Led a team of five for a year as a side project.") is None
