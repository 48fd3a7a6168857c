"""A period named by two years ("what was she doing between 2019 and 2021?") is answered by the roles
whose dates overlap it, all of them (a main job and a part-time contract), not by a break's fillers."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.understand import Facts, resolve_period


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_CHUNKS = [
    _chunk(
        "profile#work/0",
        "work",
        "Staff Engineer at Ondara (2022-02 – present)",
        "Leads the billing platform.",
    ),
    _chunk(
        "profile#work/1",
        "work",
        "Backend Engineer at Vesta Rail (2018-03 – 2022-01)",
        "Built timetable APIs.",
    ),
    _chunk(
        "profile#work/2",
        "work",
        "Freelance Developer (part-time) at Self-employed (2019-06 – 2020-08)",
        "Evening contracts for two bakeries.",
    ),
    _chunk("profile#work/3", "work", "Support Engineer at Quillby (2014-01 – 2017-12)", "Answered tickets."),
    _chunk(
        "profile#education/0", "education", "Education: BSc in Geography at Tartu (2010-09 – 2013-06)", ""
    ),
]


def test_the_roles_overlapping_the_period_are_its_answer() -> None:
    facts = Facts(_CHUNKS)
    found = resolve_period(facts, "What was she doing between 2019 and 2021?")
    assert found is not None and set(found) == {1, 2}
    assert resolve_period(facts, "what did she do from 2014 to 2015") == [3]
    assert resolve_period(facts, "What did she work on in 2019?") is None
    # another kind of thing asked of the period is read by its own date
    assert resolve_period(facts, "Which awards did she win between 2019 and 2021?") is None


def test_search_brings_every_role_of_the_period() -> None:
    hits = SearchIndex.build(_CHUNKS).search("What was she doing between 2019 and 2021?")
    assert {"profile#work/1", "profile#work/2"} <= {h.chunk.id for h in hits}
