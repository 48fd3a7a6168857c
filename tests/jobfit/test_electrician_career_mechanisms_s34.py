"""Mechanisms for owners who came to software from a skilled trade, each over a small made-up owner: an
apprentice's or journeyman's years are another career's, a degree still under way is not held, a lapsed licence
to practise is no licence held, a site's crews are groups led (of their trade, not engineers), and protocols and
building systems are asked by their family but shown by their names."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio, Work
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.career import is_field_work
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 7)

# A made-up owner: plumbing apprentice 2010-01..2013-12 and journeyman plumber 2014-01..2016-12 (seven years of
# trade work, site supervisor of a crew of 8), then a controls software engineer since 2017-01 (~10 years):
# PROFINET and MQTT gateways, a building-management system integration; a master plumber licence that lapsed,
# a held gas-fitting licence, a full driving licence; a BSc held and an MSc still under way.
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Tomasz Achterberg-Nwosu",
        "label": "Controls Software Engineer",
        "summary": "Plumber turned controls software engineer. Holds a full driving licence.",
    },
    "work": [
        {
            "name": "Vantline Automation",
            "description": "Industrial automation software",
            "position": "Controls Software Engineer",
            "startDate": "2021-01",
            "highlights": [
                "Built PROFINET and MQTT gateways in Python for packaging lines",
                "Integrated the plant's building management system with the energy reports",
            ],
        },
        {
            "name": "Vantline Automation",
            "description": "Industrial automation software",
            "position": "Software Engineer",
            "startDate": "2017-01",
            "endDate": "2020-12",
            "highlights": ["Wrote the alarm service in Python"],
        },
        {
            "name": "Brackwell Mechanical",
            "description": "Mechanical contractor",
            "position": "Journeyman Plumber",
            "startDate": "2014-01",
            "endDate": "2016-12",
            "highlights": ["Supervised a crew of 8 pipefitters on hospital refits"],
        },
        {
            "name": "Brackwell Mechanical",
            "description": "Mechanical contractor",
            "position": "Plumbing Apprentice",
            "startDate": "2010-01",
            "endDate": "2013-12",
            "highlights": ["Installed heating and water systems"],
        },
    ],
    "education": [
        {
            "institution": "Harlow Open University",
            "studyType": "Master's",
            "area": "Data Science (MSc, part-time, in progress)",
            "startDate": "2024-10",
        },
        {
            "institution": "Harlow Open University",
            "studyType": "Bachelor's",
            "area": "Computing (BSc)",
            "startDate": "2015-10",
            "endDate": "2021-06",
        },
    ],
    "certificates": [
        {
            "name": "Master Plumber Licence (lapsed in 2018)",
            "date": "2016-03",
            "issuer": "State plumbing board",
        },
        {"name": "Gas Fitting Licence", "date": "2015-05", "issuer": "State gas board"},
    ],
    "skills": [{"name": "Python", "level": "Advanced"}],
}


def _statuses(job: str) -> dict[str, str]:
    resume, problems = parse_resume(dict(OWNER), "resume.json")
    assert resume is not None, problems
    portfolio = Portfolio(resume=resume)
    report = assess_job(job, portfolio, chunk_portfolio(portfolio), today=TODAY)
    return {str(r["requirement"]): str(r["status"]) for r in report["requirements"]}


def _one(ask: str) -> str:
    got = _statuses(f"# Controls Engineer\n\n## Requirements\n- {ask}\n")
    return got.get(ask, next(iter(got.values()), "unread"))


def test_an_apprentices_and_a_journeymans_years_are_another_career() -> None:
    apprentice = Work(
        name="Brackwell Mechanical", description="Mechanical contractor", position="Plumbing Apprentice"
    )
    assert not is_field_work(apprentice)
    assert not is_field_work(
        Work(name="Halvorsen", description="Contractor", position="Electrical Apprentice")
    )
    assert not is_field_work(Work(name="Halvorsen", description="Contractor", position="Journeyman Wireman"))
    assert is_field_work(
        Work(name="Quillbyte", description="Software company", position="Software Apprentice")
    )
    # ten years of software, seven of trade work before it
    assert _one("12+ years of professional experience") == "partial"
    assert _one("8+ years of professional experience") == "matched"


def test_a_degree_still_under_way_is_not_held() -> None:
    assert _one("Master's degree in Data Science") == "partial"
    assert _one("Bachelor's degree in Computing") == "matched"


def test_a_lapsed_licence_to_practise_is_not_held() -> None:
    assert _one("Current master plumber licence") == "partial"  # and no master's degree asked
    assert _one("Active plumbing licence") == "partial"  # the trade's word, not the licence's
    assert _one("Valid gas fitting licence") == "matched"
    assert _one("Valid driving licence") == "matched"


def test_a_crew_run_on_site_is_a_group_led_of_its_trade() -> None:
    assert _one("Experience leading a team of 6 or more") == "matched"
    assert _one("Lead a team of five engineers") != "matched"


def test_protocols_and_building_systems_asked_by_family() -> None:
    assert _one("Experience with industrial protocols") == "matched"
    assert _one("Knowledge of fieldbus protocols") == "matched"
    assert _one("Messaging protocols") == "matched"
    assert _one("Experience with BMS integration") == "matched"
    assert _one("Building automation protocols") != "matched"  # PROFINET is a factory's, not a building's


def test_an_engineering_discipline_is_not_its_trades_word() -> None:
    # "Brackwell Mechanical", a mechanical contractor, and a plumber's trade: no mechanical engineering
    assert _one("Mechanical engineering experience") != "matched"
    assert _one("Background in mechanical engineering") != "matched"


def test_an_engineering_discipline_written_out_is_shown() -> None:
    owner = dict(OWNER)
    owner["education"] = [
        {
            "institution": "Harlow University",
            "studyType": "Bachelor's",
            "area": "Electrical and Electronic Engineering (BEng)",
            "startDate": "2006-09",
            "endDate": "2009-06",
        }
    ]
    resume, problems = parse_resume(owner, "resume.json")
    assert resume is not None, problems
    portfolio = Portfolio(resume=resume)
    report = assess_job(
        "## Requirements\n- Background in electrical engineering\n",
        portfolio,
        chunk_portfolio(portfolio),
        today=TODAY,
    )
    assert [r["status"] for r in report["requirements"]] == ["matched"]
