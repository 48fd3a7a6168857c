"""A count of a thing whose synonyms are not known is stated only where the thing is named."""

from __future__ import annotations

from heyfolio.chat.counting import read_count, states_count
from heyfolio.search.chunks import Chunk


def _chunk(text: str, title: str = "Entry", kind: str = "volunteer") -> Chunk:
    return Chunk(id="x", uri="portfolio://x", kind=kind, title=title, text=text)


def test_a_figure_of_a_passage_never_naming_the_thing_counted_is_no_count_of_it() -> None:
    count = read_count("How many kayak regattas has she coached at?")
    assert count is not None and count.loose
    coaching = _chunk(
        "Coached 31 apprentices at weekend robotics camps.", title="Coach at Robo Camp (2018 – 2020)"
    )
    assert not states_count(count, [coaching])


def test_a_passage_naming_the_thing_counted_still_answers() -> None:
    count = read_count("How many kayak regattas has she finished?")
    assert count is not None
    named = _chunk("Finished 9 kayak regattas on the Danube.", title="Interest: Kayaking", kind="interest")
    assert states_count(count, [named])
    # the figure in another sentence of a passage naming the thing counted still counts it
    organised = read_count("How many kayak regattas has she organised?")
    assert organised is not None
    entry = _chunk(
        "Organises kayak regattas for the club. Ran 12 of them since 2019.", title="Club volunteer"
    )
    assert states_count(organised, [entry])


def test_a_ratio_is_said_by_its_figures_not_by_the_word_counted() -> None:
    count = read_count("How many times faster did the nightly import get?")
    assert count is not None and count.loose
    sped = _chunk(
        "Cut the nightly import from 40 minutes to 4.", title="Data Engineer at Quillwork (2020 – 2022)"
    )
    assert states_count(count, [sped])
