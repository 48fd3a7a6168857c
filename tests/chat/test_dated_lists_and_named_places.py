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
    workshop = _chunk(
        "Project: Kite Workshop, a weekend build club on the beach (2015-08)",
        title="Kite Workshop (2015-08)",
        kind="project",
    )
    assert not states_count(count, [workshop])
    plain = read_count("How many kites did she build?")
    assert plain is not None and states_count(plain, [workshop])  # read as the list of them, as before
    dated = _chunk(
        "Project: Kite Workshop, a weekend build club on the beach (2012-08)",
        title="Kite Workshop (2012-08)",
        kind="project",
    )
    assert states_count(count, [dated])


def test_an_award_titled_by_the_counted_thing_is_one_award_not_a_list_of_them() -> None:
    """Session 37: "Kite of the Year" is one award; it no longer answers "how many kites did she build?"
    (a credential, award or publication is counted only as its own kind: "how many awards?")."""
    award = _chunk(
        "Award: Kite of the Year from the Coastal Kite Club (2015-08)",
        title="Kite of the Year (Coastal Kite Club, 2015-08)",
        kind="award",
    )
    kites = read_count("How many kites did she build?")
    assert kites is not None and not states_count(kites, [award])
    awards = read_count("How many awards has she won?")
    assert awards is not None and states_count(awards, [award])


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
