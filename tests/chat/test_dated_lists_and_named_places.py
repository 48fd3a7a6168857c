"""A count is not answered by an entry of another year than the one asked; a job's place is shown
when the question names it."""

from __future__ import annotations

from heyfolio.chat.counting import read_count, states_count
from heyfolio.chat.offline import frame
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import Hit


def _chunk(text: str, title: str = "Entry", kind: str = "work") -> Chunk:
    return Chunk(id="x", uri="portfolio://x", kind=kind, title=title, text=text)


def test_an_entry_of_another_year_lists_nothing_of_the_year_asked() -> None:
    count = read_count("How many kites did she build in 2012?")
    assert count is not None and count.year == "2012"
    award = _chunk(
        "Award: Kite of the Year from the Coastal Kite Club (2015-08)",
        title="Kite of the Year (Coastal Kite Club, 2015-08)",
        kind="award",
    )
    assert not states_count(count, [award])
    plain = read_count("How many kites did she build?")
    assert plain is not None and states_count(plain, [award])  # read as the list of them, as before
    dated = _chunk(
        "Award: Kite of the Year (2012-08)",
        title="Kite of the Year (Coastal Kite Club, 2012-08)",
        kind="award",
    )
    assert states_count(count, [dated])


def test_the_place_a_question_names_is_shown_with_the_job() -> None:
    job = _chunk(
        "Work experience: Field Surveyor at Kartverk in Tromsø, Norway (2015-01 – 2019-06)\n"
        "Surveyed villages along the coast for the flood map.",
        title="Field Surveyor at Kartverk (2015-01 – 2019-06)",
    )
    hit = Hit(chunk=job, score=1.0, snippet=job.text[:200])
    assert "Based in Tromsø, Norway" in frame(hit, "Ines", "Has she worked in Tromsø?")
    assert "Based in Tromsø" in frame(hit, "Ines", "did she work in norway")
    assert "Based in" not in frame(hit, "Ines", "Has she surveyed villages?")
