"""Session 33: overclaims where a named thing is shown only as what the owner took out."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.replaced import named_only_as_removed, removal_asked
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.text import analyze

TODAY = dt.date(2026, 12, 7)


def _status(doc: dict[str, Any], line: str) -> str:
    resume, problems = parse_resume(dict(doc), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    report = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)
    (row,) = report["requirements"]
    return str(row["status"])


def test_a_thing_named_only_as_what_was_taken_out_is_told_apart() -> None:
    gone = "Halved hosting costs by replacing a self-hosted Elasticsearch cluster with Typesense."
    assert named_only_as_removed(analyze("Elasticsearch"), [gone])
    assert not named_only_as_removed(analyze("Typesense"), [gone])  # what replaced it is the work
    assert named_only_as_removed(analyze("Mercurial"), ["Moved the whole team off Mercurial in 2019."])
    assert named_only_as_removed(analyze("Nagios"), ["Retired the Nagios checks and wrote SLO alerts."])
    # the source of the thing replaced is not what went ("exports from MariaDB tables": MariaDB stayed)
    assert not named_only_as_removed(
        analyze("MariaDB"), ["Replaced hourly dumps from 60 MariaDB tables with change data capture."]
    )
    # named elsewhere as used, or also outside the removal, it is shown
    assert not named_only_as_removed(
        analyze("Nagios"), ["Ran Nagios for four years.", "Retired the Nagios checks and wrote SLO alerts."]
    )
    assert not named_only_as_removed(analyze("Nagios"), [])
    assert removal_asked("Migrate our services off Nagios")
    assert removal_asked("Replace legacy Elasticsearch clusters")
    assert not removal_asked("Elasticsearch for product search")


# A made-up owner: a backend developer whose only Elasticsearch sentence is the cluster she took out.
SEARCH_OWNER: dict[str, Any] = {
    "basics": {
        "name": "Ilse Varnhout",
        "label": "Backend Engineer",
        "summary": "Backend engineer in Utrecht.",
    },
    "work": [
        {
            "name": "Tulpwerk Retail",
            "position": "Backend Engineer",
            "startDate": "2021-03",
            "summary": "Product search and catalogue services in Go.",
            "highlights": [
                "Halved hosting costs by replacing a self-hosted Elasticsearch cluster with Typesense search "
                "for the product catalogue.",
                "Wrote the catalogue import service in Go with PostgreSQL.",
            ],
        }
    ],
    "skills": [{"name": "Backend", "level": "Advanced", "keywords": ["Go", "PostgreSQL", "Typesense"]}],
}


def test_a_technology_only_replaced_is_partial_evidence_of_working_with_it() -> None:
    assert _status(SEARCH_OWNER, "Elasticsearch for product search") == "partial"
    # what the owner moved to, and an ask to take the old system out, are met
    assert _status(SEARCH_OWNER, "Typesense for product search") == "matched"
    assert (
        _status(SEARCH_OWNER, "Replace self-hosted Elasticsearch clusters with cheaper search") == "matched"
    )
