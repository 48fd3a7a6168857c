"""Mechanisms for asks that share a word with what an owner has but ask something she lacks, each over a small
made-up owner (a recording engineer turned audio-software developer): a tool named after an area's colon is the
thing asked; an adjective in "-al" is not the activity in "-ation" its stem shares; the words related to one sense
of an activity relate nothing to its other sense; performing "in" somewhere is the doing asked; a family's member
named by its code is not its sibling; a yearly review of one's team is a performance review."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.activities import activity_hits, in_other_sense
from heyfolio.jobfit.derivations import asked_derivation, other_derivation_only
from heyfolio.jobfit.family import variant_unwritten
from heyfolio.jobfit.instrument import instrument_unshown
from heyfolio.jobfit.terms import Unit
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 7)

# A made-up owner: a theatre's sound engineer 2012-01..2018-12 (orchestral pit recordings, a Yamaha console), then
# an audio-software developer since 2019-01 (C++ plug-ins, embedded Linux on ARM Cortex-A, a 3 ms audio path).
OWNER: dict[str, Any] = {
    "basics": {"name": "Ilse Brandvold-Mensah", "label": "Audio Software Developer"},
    "work": [
        {
            "name": "Tonekiln",
            "description": "Audio hardware maker",
            "position": "Audio Software Developer",
            "startDate": "2019-01",
            "highlights": [
                "Wrote C++ audio plug-ins and the audio engine of a looper on embedded Linux (ARM Cortex-A)",
                "Cut the audio path's latency to 3 ms",
            ],
        },
        {
            "name": "Kystteatret",
            "description": "Theatre and opera house",
            "position": "Sound Engineer",
            "startDate": "2012-01",
            "endDate": "2018-12",
            "highlights": ["Recorded the orchestral pit for every production on the house's Yamaha console"],
        },
    ],
    "skills": [{"name": "C++"}, {"name": "Linux"}, {"name": "Audio DSP", "keywords": ["filters", "reverb"]}],
}


def _status(text: str) -> str:
    parsed, problems = parse_resume(dict(OWNER), "mechanisms.resume.json")
    assert parsed is not None, problems
    portfolio = Portfolio(resume=parsed)
    job = f"# Engineer\nAcme · Oslo\n\n## Requirements\n- {text}\n"
    report = assess_job(job, portfolio, chunk_portfolio(portfolio), today=TODAY)
    (item,) = report["requirements"]
    return str(item["status"])


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Linux internals: eBPF", "missing"),  # the tool after the colon, never named
        ("Audio: C++", "matched"),  # the tool after the colon, shown
        ("Container orchestration", "missing"),  # "orchestral" is no orchestration
        ("Orchestral recording", "matched"),
        (
            "Performing at an opera house",
            "partial",
        ),  # the doing asked not shown (no latency for it); the setting is
        ("ARM Cortex-M", "missing"),  # another member of the Cortex family
        ("ARM Cortex-A", "matched"),
        ("Audio DSP", "matched"),
    ],
)
def test_a_shared_word_is_not_the_thing_asked(text: str, status: str) -> None:
    assert _status(text) == status


def test_a_tool_after_an_areas_colon_is_the_tool_asked() -> None:
    ebpf = Unit((("eBPF",),), named=True)
    assert instrument_unshown("Linux internals: eBPF", [ebpf], [(0.0, [], "eBPF")]) == "eBPF"
    assert instrument_unshown("Linux internals: eBPF", [ebpf], [(1.0, [3], "eBPF")]) is None
    # a plain word after the colon is no tool's name
    assert instrument_unshown("Linux: kernel tuning", [ebpf], [(0.0, [], "eBPF")]) is None


def test_an_al_adjective_is_not_the_ation_activity() -> None:
    assert asked_derivation("Container orchestration", "orchestr") == "act"
    assert asked_derivation("Orchestral recording", "orchestr") == "adj"
    assert asked_derivation("Medic training", "medic") is None  # the stem itself: neither derivation
    assert other_derivation_only("act", "Orchestral recording engineer", "orchestr")
    assert not other_derivation_only("act", "Orchestrated the release pipeline", "orchestr")
    assert not other_derivation_only("act", "Orchestral and orchestrated work", "orchestr")
    assert other_derivation_only("adj", "Medication management", "medic")


def test_an_activitys_other_sense_takes_none_of_its_related_words() -> None:
    assert in_other_sense("perform", "Performing in a professional orchestra")
    assert not in_other_sense("perform", "Performance optimisation of the audio engine")
    assert not in_other_sense("mentor", "Mentoring junior developers")  # no other sense known


def test_a_family_member_by_its_code() -> None:
    texts = ["Embedded Linux on ARM Cortex-A"]
    assert variant_unwritten(["ARM", "Cortex-M"], texts)
    assert not variant_unwritten(["ARM", "Cortex-A"], texts)
    assert not variant_unwritten(["ARM", "Cortex-M"], ["Firmware for ARM Cortex-M4 boards"])  # an M4 is an M
    assert not variant_unwritten(["Cortex-M"], ["ARM processors"])  # no other member written: left as it was


def test_a_yearly_review_of_the_team_is_a_performance_review() -> None:
    # Without latency (performance's other sense) to relate it, "performance reviews" is shown by the reviews
    # of the people one leads, written as yearly reviews.
    lines = ["Ran weekly one-to-ones, yearly reviews and career plans for all seven engineers", "Cut latency"]
    assert activity_hits("perform", "Run performance reviews and career plans", lines) == [0]
    assert (
        activity_hits("perform", "Run performance reviews", ["Yearly reviews of the security controls"]) == []
    )
