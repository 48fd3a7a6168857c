"""A job or the owner's label titled by the thing counted is one role, not the list of those things.

Invented owner lines (a ferry planner turned developer): "how many ferries did she schedule in
2015?" finds the job titled "Ferry Planner" and the label "Ferry software developer", whose titles
write the word counted; neither lists ferries, so neither answers the count the way a section's
own entries ("how many certificates?") do.
"""

from __future__ import annotations

from heyfolio.chat.counting import read_count, states_count
from heyfolio.search.chunks import Chunk


def _chunk(text: str, title: str, kind: str = "work") -> Chunk:
    return Chunk(id=title, uri=f"portfolio://{title}", kind=kind, title=title, text=text)


def test_a_role_titled_by_the_thing_counted_lists_none_of_them() -> None:
    count = read_count("How many ferries did she schedule in 2015?")
    assert count is not None
    job = _chunk("Planned crossings and crews.", "Ferry Planner at Sundline (2012-01 – 2016-12)")
    label = _chunk("Developer of booking systems.", "Ana Rocha — Ferry software developer", kind="basics")
    assert not states_count(count, [job])
    assert not states_count(count, [label])


def test_a_section_entry_still_lists_what_it_is() -> None:
    certs = read_count("How many certificates does she have?")
    cert = _chunk("Certificate: Offshore Safety", "Offshore Safety Certificate", kind="certificate")
    assert certs is not None and states_count(certs, [cert])
    # and a figure in the job still counts the ferries
    count = read_count("How many ferries did she schedule?")
    job = _chunk("Scheduled 25 ferries a week.", "Ferry Planner at Sundline (2012-01 – 2016-12)")
    assert count is not None and states_count(count, [job])
