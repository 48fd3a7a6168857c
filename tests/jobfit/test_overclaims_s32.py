"""Session 32: overclaims where a level or a qualifier of the ask was not checked against the content."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
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
