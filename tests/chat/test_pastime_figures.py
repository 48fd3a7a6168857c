"""A figure asked of a pastime is declined when its interest entry states none."""

from __future__ import annotations

from heyfolio.chat.pastimes import unstated_pastime_figure
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import Hit


def _hit(text: str, kind: str = "interest") -> Hit:
    chunk = Chunk(id="x", uri="portfolio://x", kind=kind, title=text.split(" — ")[0], text=text)
    return Hit(chunk=chunk, score=1.0, snippet=text)


def test_a_rating_of_a_pastime_without_one_is_unstated() -> None:
    kayak = _hit("Interest: Sea kayaking — coastal trips")
    assert unstated_pastime_figure("What is his kayaking race ranking?", [kayak]) is kayak.chunk
    assert unstated_pastime_figure("What's his best time on the coastal race?", [kayak]) is kayak.chunk
    assert unstated_pastime_figure("How often does he go kayaking?", [kayak]) is kayak.chunk


def test_a_pastime_stating_a_figure_or_a_question_asking_none_is_left_to_answer() -> None:
    go = _hit("Interest: Go — amateur 3-kyu, club nights")
    assert unstated_pastime_figure("What is his Go rank?", [go]) is None
    kayak = _hit("Interest: Sea kayaking — coastal trips")
    assert unstated_pastime_figure("What does he do outside work?", [kayak]) is None
    job = _hit("Built a race-timing app for kayak clubs", kind="work")
    assert unstated_pastime_figure("What is his kayaking race ranking?", [job]) is None


def _job(text: str) -> Hit:
    chunk = Chunk(
        id="job", uri="portfolio://job", kind="work", title="Tutor at Code Club (2019 – 2021)", text=text
    )
    return Hit(chunk=chunk, score=1.0, snippet=text)


def test_a_pastime_the_question_names_stands_in_for_a_lead_speaking_of_other_things() -> None:
    kayak = _hit("Interest: Sea kayaking — coastal trips")
    tutoring = _job("Tutored 40 pupils in Python on Saturdays.")
    asked = "How many kilometres does he kayak a year?"
    assert unstated_pastime_figure(asked, [tutoring], [tutoring.chunk, kayak.chunk]) is kayak.chunk
    assert (
        unstated_pastime_figure("What's his paddle stroke count on a trip?", [tutoring], [kayak.chunk])
        is None
    )
    assert (
        unstated_pastime_figure("What's his kayaking stroke count?", [tutoring], [kayak.chunk]) is kayak.chunk
    )


def test_a_passage_found_that_speaks_of_the_pastime_is_left_to_answer() -> None:
    kayak = _hit("Interest: Sea kayaking — coastal trips")
    app = _job("Built a tide app for kayak clubs, used by 3,000 paddlers.")
    assert unstated_pastime_figure("How many paddlers use his kayak app?", [app], [kayak.chunk]) is None
    # a pastime stating a figure answers for itself
    go = _hit("Interest: Go — amateur 3-kyu, club nights")
    tutoring = _job("Tutored 40 pupils in Python on Saturdays.")
    assert unstated_pastime_figure("How many go tournaments has he won?", [tutoring], [go.chunk]) is None
