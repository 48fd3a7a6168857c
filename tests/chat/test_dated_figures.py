"""A figure asked for a year is answered only by a sentence stating the measure, dated to that year."""

from __future__ import annotations

from heyfolio.chat.dated_figures import undated_figure
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import Hit


def _hit(text: str, title: str) -> Hit:
    chunk = Chunk(id=title, uri=f"portfolio://{title}", kind="work", title=title, text=text)
    return Hit(chunk=chunk, score=1.0, snippet=text)


_KILN = _hit(
    "Moved the order service to Go. Brought checkout latency down to 90 ms at p95.",
    "Backend Developer at Kilnworks (2019-03 – 2022-08)",
)
_HARBOUR = _hit(
    "Ran the ticketing kiosks for the ferry terminal.", "IT Technician at Harbourline (2016 – 2018)"
)


def test_a_job_held_that_year_stating_no_such_measure_does_not_answer() -> None:
    undated = undated_figure("What was the uptime of the kiosks in 2017?", [_HARBOUR])
    assert undated is not None and undated.measure == "uptime" and undated.year == "2017"
    assert undated.closest is None


def test_the_measure_stated_for_no_year_is_the_closest_not_the_answer() -> None:
    undated = undated_figure("What was the checkout latency in 2020?", [_KILN, _HARBOUR])
    assert undated is not None and undated.measure == "checkout latency"
    assert undated.closest is not None and "90 ms" in undated.closest[1]


def test_the_measure_dated_to_the_year_answers() -> None:
    dated = _hit(
        "In 2021 the checkout latency fell to 90 ms at p95.", "Backend Developer at Kilnworks (2019 – 2022)"
    )
    assert undated_figure("What was the checkout latency in 2021?", [dated]) is None
    within = _hit("Brought checkout latency down to 90 ms.", "Contract at Kilnworks (2021-02 – 2021-09)")
    assert undated_figure("What was the checkout latency in 2021?", [within]) is None


def test_questions_asking_no_measure_or_no_year_are_left_alone() -> None:
    assert undated_figure("What was her role in 2017?", [_HARBOUR]) is None
    assert undated_figure("What was the checkout latency?", [_KILN]) is None
    assert undated_figure("How many kiosks did she run in 2017?", [_HARBOUR]) is None


def test_a_share_asked_for_a_year_names_what_it_is_a_share_of() -> None:
    undated = undated_figure("What percentage of tickets were closed in 2017?", [_HARBOUR])
    assert undated is not None and undated.measure == "percentage of tickets"
    closed = _hit("Closed 85% of tickets within a day in 2017.", "IT Technician at Harbourline (2016 – 2018)")
    assert undated_figure("What percentage of tickets were closed in 2017?", [closed]) is None


def test_a_change_of_a_measure_asked_for_a_year_names_the_measure_it_changed() -> None:
    # "how much did he cut X in <year>": the object of the verb is the measure, the year still binds it
    undated = undated_figure("How much did he cut the checkout latency in 2017?", [_HARBOUR, _KILN])
    assert undated is not None and undated.measure == "checkout latency" and undated.year == "2017"
    assert undated.closest is not None and "90 ms" in undated.closest[1]
    within = _hit("Cut checkout latency from 400 ms to 90 ms.", "Contract at Kilnworks (2021-02 – 2021-09)")
    assert undated_figure("How much did he reduce the checkout latency in 2021?", [within]) is None
    assert undated_figure("How much did he cut the checkout latency?", [_KILN]) is None


def test_a_change_of_a_thing_named_without_a_determiner_is_asked_for_its_year() -> None:
    """ "How much did he cut booking errors in 2019?": what was cut is any noun the verb takes, and a
    sentence of a job begun later states it for no such year."""
    later = _hit(
        "Cut booking errors from 6% to 0.8% by rewriting the validator.",
        "Developer at Quaywise (2021-04 – present)",
    )
    undated = undated_figure("How much did he cut booking errors in 2019?", [later])
    assert undated is not None and undated.measure == "booking errors" and undated.year == "2019"
    assert undated.closest is not None and "6%" in undated.closest[1]
    within = _hit("Cut booking errors from 6% to 0.8%.", "Contract at Quaywise (2022-02 – 2022-11)")
    assert undated_figure("How much did he cut booking errors in 2022?", [within]) is None
    assert undated_figure("How much did he cut booking errors?", [later]) is None
