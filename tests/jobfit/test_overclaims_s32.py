"""Session 32: overclaims where a level or a qualifier of the ask was not checked against the content."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.qualified import qualified_counts
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 7)


def _portfolio(doc: dict[str, Any]) -> Portfolio:
    resume, problems = parse_resume(dict(doc), "resume.json")
    assert resume is not None, problems
    return Portfolio(resume=resume)


def _skill_status(doc: dict[str, Any], skill: dict[str, Any]) -> str:
    p = _portfolio(doc)
    job = {"title": "Backend Engineer", "skills": [skill]}
    report = assess_job(job, p, chunk_portfolio(p), today=TODAY)
    (row,) = [r for r in report["requirements"] if r["requirement"].startswith(skill["name"])]
    return str(row["status"])


# A made-up owner: a junior developer who rates the queue and the search engine they touched as a beginner.
JUNIOR_OWNER: dict[str, Any] = {
    "basics": {
        "name": "Odile Parsk",
        "label": "Junior Backend Developer",
        "summary": "Backend developer in Tartu.",
    },
    "work": [
        {
            "name": "Pinewharf Logistics",
            "position": "Junior Backend Developer",
            "startDate": "2025-02",
            "summary": "Java services for the parcel tracking team, with PostgreSQL, Pulsar and Solr.",
            "highlights": ["Wrote a Pulsar consumer that retries failed parcel scans."],
        }
    ],
    "skills": [
        {"name": "Queues", "level": "Beginner", "keywords": ["Pulsar"]},
        {"name": "Search", "level": "Beginner", "keywords": ["Solr"]},
        {"name": "Java", "level": "Advanced", "keywords": ["Spring"]},
    ],
}


def test_a_vendor_before_the_product_does_not_hide_the_level_the_owner_rates_it() -> None:
    # "Apache Pulsar" at Advanced: the résumé rates Pulsar itself as a beginner's, whatever the vendor word
    assert _skill_status(JUNIOR_OWNER, {"name": "Apache Pulsar", "level": "Advanced"}) == "partial"
    assert _skill_status(JUNIOR_OWNER, {"name": "Apache Solr", "level": "Expert"}) == "partial"
    # at the level rated, or with no level asked, the product is met
    assert _skill_status(JUNIOR_OWNER, {"name": "Apache Pulsar", "level": "Beginner"}) == "matched"
    assert _skill_status(JUNIOR_OWNER, {"name": "Apache Pulsar"}) == "matched"


def test_a_count_asked_of_a_qualified_kind_is_compared_with_that_kind() -> None:
    sentence = "Wrote 11 conference papers, 2 as lead author, and reviewed for three workshops."
    assert qualified_counts("4 lead-author", ["paper"], sentence) == [2]
    assert qualified_counts("4 conference", ["paper"], sentence) == [11]
    # a count of something else the qualifier also describes is no count of the kind asked
    assert (
        qualified_counts("5+ production", ["app"], "Shipped 9 apps and fixed 3 production incidents.") == []
    )
    assert qualified_counts("5+ production", ["app"], "Shipped 9 apps, 3 in production.") == [3]
    # the noun itself written after the figure qualifies nothing ("1M+ downloads")
    assert qualified_counts("1M+ downloads", ["download"], "Reached 25,000 downloads, 400 in week one.") == []


# A made-up owner: a researcher with eleven papers, two of them as lead author.
RESEARCHER: dict[str, Any] = {
    "basics": {
        "name": "Maren Olvey",
        "label": "Research Engineer",
        "summary": "Research engineer in Bergen.",
    },
    "work": [
        {
            "name": "Skarvik Institute",
            "position": "Research Engineer",
            "startDate": "2019-01",
            "highlights": ["Wrote 11 conference papers, 2 as lead author, on sea-ice radar imaging."],
        }
    ],
}


def _line_status(doc: dict[str, Any], line: str) -> str:
    p = _portfolio(doc)
    report = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)
    return str(report["requirements"][0]["status"])


def test_lead_author_papers_asked_are_not_met_by_the_total() -> None:
    assert _line_status(RESEARCHER, "At least 4 lead-author papers") == "partial"
    assert _line_status(RESEARCHER, "At least 2 lead-author papers") == "matched"
    assert _line_status(RESEARCHER, "At least 8 conference papers") == "matched"
