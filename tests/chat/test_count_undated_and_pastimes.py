"""A count asked for a year needs a figure dated to it; a pastime's entry lists nothing to count."""

from __future__ import annotations

from heyfolio.chat.counting import read_count, states_count
from heyfolio.search.chunks import Chunk


def _chunk(text: str, title: str = "Entry", kind: str = "work") -> Chunk:
    return Chunk(id="x", uri="portfolio://x", kind=kind, title=title, text=text)


def test_an_undated_figure_of_a_long_job_is_no_figure_for_the_year_asked() -> None:
    count = read_count("How many subscribers did the newsletter have in 2021?")
    assert count is not None and count.year == "2021"
    job = _chunk(
        "Grew the weekly newsletter to 8,000 subscribers.",
        title="Editor at Inkwell Media (2019-01 – 2023-05)",
    )
    assert not states_count(count, [job])
    # without the year, the same sentence answers
    plain = read_count("How many subscribers did the newsletter have?")
    assert plain is not None and states_count(plain, [job])


def test_a_figure_dated_to_the_year_asked_answers() -> None:
    count = read_count("How many subscribers did the newsletter have in 2021?")
    assert count is not None
    dated = _chunk(
        "The weekly newsletter reached 8,000 subscribers in 2021.",
        title="Editor at Inkwell Media (2019-01 – 2023-05)",
    )
    assert states_count(count, [dated])
    within = _chunk(
        "Grew the weekly newsletter to 8,000 subscribers.",
        title="Editor at Inkwell Media (2021-02 – 2021-11)",
    )
    assert states_count(count, [within])
    ongoing = _chunk(
        "Grew the weekly newsletter to 8,000 subscribers.",
        title="Editor at Inkwell Media (2021-02 – present)",
    )
    assert not states_count(count, [ongoing])


def test_a_pastime_names_no_list_of_the_things_it_is_about() -> None:
    count = read_count("How many kites does she own?")
    assert count is not None
    kites = _chunk("Interest: Kites — stunt kites, beach festivals", title="Interest: Kites", kind="interest")
    assert not states_count(count, [kites])


def test_a_decade_is_no_figure_of_what_is_counted() -> None:
    count = read_count("How many gramophones has he restored?")
    assert count is not None
    pastime = _chunk(
        "Interest: Gramophones — restoring 1930s gramophones", title="Interest: Gramophones", kind="interest"
    )
    assert not states_count(count, [pastime])
    assert states_count(count, [_chunk("Restored 14 gramophones for a local museum.")])
