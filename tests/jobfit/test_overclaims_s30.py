"""Session 30: overclaims where what the content wrote was not read against the whole ask - a version of a
technology or standard ("TLS 1.3" met by a gateway moved to TLS 1.2), and a named part the ask includes
("Threat modelling, including STRIDE" met by threat models of another method)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.versions import version_below
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 6)

# A made-up owner: a web developer at a ferry operator who lists WCAG 2.2 among her skills.
WEB_OWNER: dict[str, Any] = {
    "basics": {"name": "Tova Brennick", "label": "Senior Web Developer", "summary": "Web developer in Cork."},
    "work": [
        {
            "name": "Harbourline Ferries",
            "position": "Senior Web Developer",
            "startDate": "2019-01",
            "highlights": [
                "Brought the booking site to WCAG 2.1 AA conformance.",
                "Moved the API gateway to TLS 1.2 across all services.",
                "Upgraded the ticketing services from Python 3.8 to Python 3.10.",
                "Ran Kafka 2.5 million events a day through the fare engine.",
            ],
        }
    ],
    "skills": [{"name": "Accessibility", "level": "Advanced", "keywords": ["WCAG 2.2", "ARIA"]}],
}


def _status(doc: dict[str, Any], line: str) -> str:
    resume, problems = parse_resume(dict(doc), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    report = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)
    return str(report["requirements"][0]["status"])


def test_an_older_version_shown_is_the_thing_at_a_lower_level() -> None:
    assert _status(WEB_OWNER, "TLS 1.3") == "partial"
    assert _status(WEB_OWNER, "Experience with Python 3.12") == "partial"


def test_the_version_asked_or_a_later_one_meets_it() -> None:
    assert _status(WEB_OWNER, "TLS 1.2") == "matched"
    assert _status(WEB_OWNER, "Python 3") == "matched"
    assert _status(WEB_OWNER, "WCAG 2.2") == "matched"


def test_version_below_reads_versions_not_amounts_or_standard_numbers() -> None:
    content = [
        "Ran Kafka 2.5 million events a day.",
        "Passed the ISO 27001 audit.",
        "Moved the billing API to Java 17.",
    ]
    assert version_below("Kafka 3.x", content) is None  # 2.5 million is an amount
    assert version_below("ISO 27002", content) is None  # a standard's number is no version
    assert version_below("Java 11+", content) is None  # a later version meets a floor
    assert version_below("Java 21", content) == "Java 21"
    assert version_below("Go 1.22", content) is None  # the thing is never written with a version


def test_a_language_level_or_a_letter_with_a_number_is_no_version() -> None:
    content = ["Languages: English (native), German C1.", "Stored the backups in Amazon S3."]
    assert version_below("English C2", content) is None
    assert version_below("German C2", content) is None  # a level is read by the language rules
    assert version_below("Amazon S4", content) is None


def test_including_names_a_part_of_the_ask() -> None:
    assert _status(SEC_OWNER, "Threat modelling, including STRIDE") == "partial"
    assert _status(SEC_OWNER, "Kubernetes security, including OPA Gatekeeper") == "partial"
    assert _status(SEC_OWNER, "Kubernetes security, including hardened clusters") == "matched"  # plain words
    assert _status(SEC_OWNER, "Kubernetes security, including network policies") == "matched"
    assert _status(SEC_OWNER, "Cloud security, including AWS and Kubernetes") == "matched"


# A made-up owner: a security engineer at a bank who hardened clusters but never wrote an admission controller.
SEC_OWNER: dict[str, Any] = {
    "basics": {
        "name": "Rhea Talbot",
        "label": "Security Engineer",
        "summary": "Security engineer in Bristol.",
    },
    "work": [
        {
            "name": "Quillbank",
            "position": "Senior Security Engineer",
            "startDate": "2018-01",
            "highlights": [
                "Hardened our Kubernetes clusters: network policies and pod security standards.",
                "Ran threat models for the card platform.",
            ],
        }
    ],
    "skills": [
        {"name": "Platform security", "level": "Advanced", "keywords": ["AWS", "Kubernetes", "Vault"]}
    ],
}


def test_versions_written_on_after_a_version_count_as_shown() -> None:
    # a migration writes the new version without the name again
    assert version_below("React 18", ["Upgraded the web app from React 16 to 18."]) is None
    assert version_below("Java 17", ["Kept the services on Java 8/11/17."]) is None
    migrated = ["Skill: Python 3.11", "Moved the billing service in production from Python 2.7 to 3.11."]
    assert version_below("Experience with Python 3.x in production", migrated) is None
