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


def test_an_extreme_or_a_level_of_a_pastime_is_a_figure_asked() -> None:
    """ "His longest ride?" asks a distance, "what class is his radio licence?" a level: an entry
    naming neither does not answer; one naming a level does."""
    cycling = _hit("Interest: Cycling — gravel rides, bikepacking")
    assert unstated_pastime_figure("What's his longest ride?", [cycling]) is cycling.chunk
    radio = _hit("Interest: Ham radio — licensed operator, contests")
    assert unstated_pastime_figure("What class is his ham radio licence?", [radio]) is radio.chunk
    assert unstated_pastime_figure("which licence class does he hold", [radio]) is radio.chunk
    judo = _hit("Interest: Judo — brown belt, club coach")
    assert unstated_pastime_figure("What belt does he have in judo?", [judo]) is None
    assert unstated_pastime_figure("Does he ride bikes?", [cycling]) is None
