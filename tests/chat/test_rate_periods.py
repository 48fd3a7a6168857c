"""A count asked per one period is not answered by a rate stated per another."""

from __future__ import annotations

from heyfolio.chat.rate_periods import asked_period, per_other_period


def test_the_period_asked_is_read_from_the_rate_question() -> None:
    assert asked_period("How many tickets did she close per week?") == "week"
    assert asked_period("how many deliveries a day does the app route") == "day"
    assert asked_period("How many releases does he ship monthly?") == "month"
    assert asked_period("How many tickets did she close?") is None
    assert asked_period("What does she do each week?") is None  # no rate asked


def test_a_rate_over_another_period_is_not_the_one_asked() -> None:
    said = ["Closed around 40 support tickets per shift.", "Trained 5 new agents."]
    assert per_other_period("How many tickets did she close per week?", said) == 0
    assert per_other_period("How many tickets did she close each shift?", said) is None
    assert per_other_period("How many tickets did she close?", said) is None
    # a total over no period is left to answer; so is a sentence stating the asked period too
    assert per_other_period("How many tickets did she close per week?", ["Closed 9,000 tickets."]) is None
    both = ["Closed 40 tickets per shift, about 200 a week."]
    assert per_other_period("How many tickets did she close per week?", both) is None
