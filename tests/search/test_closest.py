"""The closest matches of a weakly answered question: the lexical and dense rankings taken in turn."""

from __future__ import annotations

from heyfolio.search.closest import closest


def test_the_rankings_are_taken_in_turn_the_lexical_best_first() -> None:
    # lexical relevance and cosine are on different scales: neither ranking crowds out the other
    assert closest([10, 11, 12], [(20, 0.5), (21, 0.45), (22, 0.4)], 0.3, 4) == [10, 20, 11, 21]


def test_a_passage_in_both_rankings_is_shown_once() -> None:
    assert closest([10, 11], [(10, 0.6), (12, 0.5)], 0.3, 5) == [10, 11, 12]


def test_a_passage_below_the_floor_only_takes_a_slot_left_over() -> None:
    # after every lexical and close passage, however high the faint one's rank
    assert closest([10, 11], [(30, 0.25), (20, 0.35)], 0.3, 5) == [10, 20, 11, 30]
    # and never in place of a lexical passage
    assert closest([10, 11, 12, 13, 14], [(30, 0.2)], 0.3, 5) == [10, 11, 12, 13, 14]


def test_nothing_lexical_leaves_the_most_similar_passages() -> None:
    assert closest([], [(30, 0.25), (31, 0.2)], 0.3, 5) == [30, 31]
