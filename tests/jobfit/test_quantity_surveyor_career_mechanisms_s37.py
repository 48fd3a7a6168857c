"""Mechanisms behind under-claims found by the s37 quantity-surveyor probe, each over a small made-up owner: a
title's "-or" agent noun shows its activity's years, a skill's named keywords date the skill, a count in words
manages people as a count in digits does, a squad is a team, "track record" is no achievement to find, the ad
words of knowing ("grasp", "domain knowledge of"), and work handed to others."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.evidence import title_doing
from heyfolio.jobfit.openers import without_opener
from heyfolio.jobfit.rationale import without_rationale
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 7)

# A made-up owner: a building inspector 2012-01..2019-12 (eight years) who supervised three trainee inspectors,
# then a software engineer since 2020-01 (~7 years) who builds GIS tools and leads a squad of three developers;
# lists GIS with the named things she uses for it.
OWNER: dict[str, Any] = {
    "basics": {"name": "Ines Halvorsen-Achebe", "label": "Software Engineer"},
    "work": [
        {
            "name": "Fjordmap",
            "position": "Software Engineer",
            "startDate": "2020-01",
            "highlights": [
                "Build map layers with QGIS and PostGIS",
                "Lead a squad of three developers",
            ],
        },
        {
            "name": "Vestby Council",
            "position": "Building Inspector",
            "startDate": "2012-01",
            "endDate": "2019-12",
            "highlights": ["Managed three trainee inspectors", "Ran the council's building-control reviews"],
        },
    ],
    "skills": [{"name": "GIS", "keywords": ["QGIS", "PostGIS", "spatial joins"]}, {"name": "Python"}],
}


def _status(line: str, owner: dict[str, Any] = OWNER) -> str:
    resume, problems = parse_resume(owner, "owner.json")
    assert resume is not None, problems
    portfolio = Portfolio(resume=resume)
    job = "# Role\nAcme\n\n## Requirements\n- " + line + "\n"
    report = assess_job(job, portfolio, chunk_portfolio(portfolio), today=TODAY)
    (req,) = report["requirements"]
    return str(req["status"])


def test_an_or_title_shows_its_activity_only_from_the_title() -> None:
    assert title_doing("Senior Building Inspector") == {"inspect"}
    assert title_doing("Mentor") == frozenset()  # a stem under five letters names no activity
    assert _status("Seven years of building inspection experience") == "matched"
    assert _status("Ten years of building inspection experience") == "partial"


def test_a_skills_named_keywords_date_the_skill() -> None:
    assert _status("Over five years building GIS tools") == "matched"
    assert _status("Over ten years building GIS tools") == "partial"


def test_a_count_in_words_is_people_managed() -> None:
    assert _status("Experience managing an inspection team") == "matched"


def test_a_squad_led_is_a_team_led() -> None:
    assert _status("Experience leading development teams") == "matched"


def test_a_track_record_asks_the_thing_done() -> None:
    assert _status("A proven track record of leading development teams") == "matched"


def test_ways_of_saying_knowing_ask_the_thing_known() -> None:
    assert without_opener("Domain knowledge of building control") == "knowledge of building control"
    assert without_opener("Payments domain experience") == "Payments domain experience"
    assert _status("A solid grasp of building inspection") == "matched"
    assert _status("Domain knowledge of building inspection") == "matched"


def test_work_handed_to_others_asks_the_work() -> None:
    assert without_rationale("Build map layers for our planners to review") == "Build map layers"
    assert _status("Build map layers for our planners to review") == "matched"
