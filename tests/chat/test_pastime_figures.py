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
