"""The slots a weakly answered question's closest matches leave go to passages faintly similar."""

from __future__ import annotations

from heyfolio.search.closest import leftover


def test_faint_passages_fill_the_slots_left_over_most_similar_first() -> None:
    assert leftover([10], [(20, 0.5), (21, 0.25), (22, 0.2), (23, 0.1)], 0.3, 3) == [(21, 0.25), (22, 0.2)]


def test_a_full_answer_takes_no_faint_passage() -> None:
    assert leftover([10, 11, 12], [(21, 0.25)], 0.3, 3) == []


def test_a_chosen_passage_is_not_shown_twice() -> None:
    assert leftover([21], [(21, 0.25), (22, 0.2)], 0.3, 5) == [(22, 0.2)]


def test_nothing_chosen_leaves_the_most_similar_passages() -> None:
    assert leftover([], [(30, 0.25), (31, 0.2)], 0.3, 5) == [(30, 0.25), (31, 0.2)]
