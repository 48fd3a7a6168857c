"""Session 28: overclaims from a scope or an amount the matcher never read - years managing researchers
read as a researcher's years, the work asked never shown while its context is ("Grant writing for public
research funding"), an acronym that is also a verb form ("RAN" credited by "runs"), a volume of data asked
as a qualifier ("petabyte-scale"), citations counted by the verb ("cited 1,000+ times") and years asked after
a degree met by the degree itself."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.cited import citations_as_counted
from heyfolio.jobfit.modifier import only_as_modifier
from heyfolio.jobfit.thing_first import first_thing_unshown
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 6)

# A made-up owner: a speech researcher turned applied scientist, tech lead without reports.
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Ilse Brandvold",
        "label": "Applied Scientist",
        "summary": "Applied scientist in Bergen; PhD on speech recognition, then industry since 2022.",
    },
    "work": [
        {
            "name": "Fjordtale AI",
            "position": "Senior Applied Scientist",
            "description": "Voice assistants for banks, telecoms and ferries",
            "startDate": "2022-01",
            "highlights": [
                "Tech lead of three research engineers; no direct reports.",
                "Runs 20 evaluation suites every night and cut serving costs by 60%.",
                "Restored the 4 TB feature store in a second region in 30 minutes.",
                "Built dashboards on BigQuery for the support team.",
            ],
        },
        {
            "name": "University of Vestland",
            "position": "Doctoral Researcher",
            "startDate": "2017-09",
            "endDate": "2021-12",
            "summary": "PhD research on speech recognition, funded by a national research scholarship.",
            "highlights": ["Published 6 papers; about 420 citations in total."],
        },
    ],
    "education": [
        {
            "institution": "University of Vestland",
            "area": "Computer Science",
            "studyType": "PhD",
            "startDate": "2017-09",
            "endDate": "2021-12",
        }
    ],
    "publications": [
        {
            "name": "Calibrated decoding for Norwegian dialects",
            "publisher": "Journal of Speech Studies",
            "releaseDate": "2021-03",
            "summary": "Journal paper from my PhD; cited about 180 times.",
        }
    ],
    "interests": [{"name": "Board games", "keywords": ["cooperative games"]}],
}


def _status(doc: dict[str, Any], line: str) -> str:
    resume, problems = parse_resume(dict(doc), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    report = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)
    return str(report["requirements"][0]["status"])


def test_years_managing_or_leading_researchers_are_a_manager_s_years() -> None:
    # four years as a doctoral researcher are no years of managing researchers
    assert _status(OWNER, "3+ years managing researchers") == "partial"
    # five years as a tech lead of research engineers, not the eight of a career in research
    assert _status(OWNER, "8+ years leading researchers") == "partial"


def test_the_work_asked_first_is_not_met_by_its_context_alone() -> None:
    # "public", "research", "funding" of a scholarship; grants never written
    assert _status(OWNER, "Grant writing for public research funding") == "partial"
    assert (
        first_thing_unshown(
            "Grant writing for public research funding", [(("Grant",), False), (("research",), True)]
        )
        == "Grant"
    )
    # the thing shown: its context need not be
    assert (
        first_thing_unshown(
            "Dashboards for the support team", [(("Dashboards",), True), (("support",), True)]
        )
        is None
    )
    assert _status(OWNER, "Dashboards for the support team") == "matched"


def test_an_acronym_that_is_a_verb_form_is_not_shown_by_the_verb() -> None:
    # "RAN" folds onto run: "Runs 20 evaluation suites" is no radio access network
    assert _status(OWNER, "RAN optimisation") == "missing"
    assert _status(OWNER, "Telecom network engineering (RAN optimisation)") != "matched"


def test_a_volume_of_data_asked_is_an_amount_to_show() -> None:
    assert _status(OWNER, "Petabyte-scale BigQuery") == "partial"
    # four terabytes shown: terabyte scale is met
    assert _status(OWNER, "Terabyte-scale BigQuery") == "matched"


def test_citations_counted_by_the_verb_are_compared_with_the_citations_shown() -> None:
    assert citations_as_counted("Papers cited 1,000+ times") == "Papers 1,000+ citations"
    assert citations_as_counted("a paper cited about 180 times.") == "a paper about 180 citations."
    assert _status(OWNER, "Papers cited 1,000+ times") == "partial"
    assert _status(OWNER, "Research cited 300+ times") == "matched"


def test_years_after_a_degree_are_counted_from_its_end() -> None:
    # PhD finished 2021-12: five years of work after it
    assert _status(OWNER, "8+ years of experience after your PhD") == "partial"
    assert _status(OWNER, "6+ years of post-PhD experience") == "partial"
    assert _status(OWNER, "4+ years of post-PhD experience") == "matched"


def test_a_word_before_an_adjective_s_hyphen_is_not_work_on_it() -> None:
    doc: dict[str, Any] = {
        "basics": {"name": "Runa Halvorsen", "label": "Speech Engineer"},
        "work": [
            {
                "name": "Stemmeverk",
                "position": "Speech Engineer",
                "startDate": "2021-01",
                "highlights": [
                    "Built code-switched speech recognition for Norwegian and English.",
                    "Published four peer-reviewed papers on dialect speech.",
                ],
            }
        ],
    }
    # "code" only in "code-switched": no code written, let alone reviewed
    assert _status(doc, "Code review") == "missing"
    assert only_as_modifier("code", "Built code-switched speech recognition.", "Code review")
    # the ask writes the tail: "peer review" is what "peer-reviewed" says
    assert not only_as_modifier("peer", "Published four peer-reviewed papers.", "Peer review for journals")
    assert _status(doc, "Code-switched speech recognition") == "matched"


def test_a_certificate_line_s_issued_by_is_no_issue_worked_on() -> None:
    doc: dict[str, Any] = {
        "basics": {"name": "Tore Lindqvist", "label": "Payments Engineer"},
        "work": [
            {
                "name": "Kortbanken",
                "position": "Payments Engineer",
                "startDate": "2020-01",
                "highlights": ["Built the card acquiring gateway in Go."],
            }
        ],
        "certificates": [
            {"name": "Certified Kubernetes Administrator (CKA)", "issuer": "The Linux Foundation"}
        ],
    }
    # "issuing" and "issues" were credited by "issued by The Linux Foundation"
    assert _status(doc, "Card issuing platform") == "partial"
    assert _status(doc, "Triage production issues") == "missing"
    assert _status(doc, "Certified Kubernetes Administrator (CKA)") == "matched"


def test_an_ask_that_writes_the_word_before_a_hyphen_keeps_it() -> None:
    # "self-service" asked: "self" of "self-hosted" is the same first part, not another sense
    assert not only_as_modifier("self", "Moved the CI to self-hosted runners.", "Self-service tooling")
    assert only_as_modifier("solar", "Built solar-powered sensors.", "Solar farm operations")
