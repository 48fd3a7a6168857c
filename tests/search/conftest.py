"""Fixtures for the search tests: a small hand-made portfolio and the paths of real content."""

from __future__ import annotations

from pathlib import Path

import pytest

from heyfolio.content.model import (
    Award,
    Basics,
    Certificate,
    Education,
    Faq,
    FaqEntry,
    Interest,
    Language,
    Location,
    PartialDate,
    Portfolio,
    Post,
    Profile,
    Project,
    Publication,
    Reference,
    Resume,
    ResumeProject,
    Skill,
    Volunteer,
    Work,
)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SAMPLE_RESUME = PROJECT_ROOT.parent / "shared" / "fixtures" / "jsonresume" / "sample.resume.json"
EXAMPLE_CONTENT = PROJECT_ROOT / "content"

LONG_BODY = (
    "The scheduler started as a weekend experiment.\n\n"
    "## Why\n\n"
    "Cron jobs on **forty** machines drifted apart, and nobody knew which one had run. "
    + "We needed one place to see every job. "
    * 12
    + "\n\n## How it works\n\n"
    "A leader elected through etcd hands out leases; workers renew them every five seconds. "
    + "Leases expire when a worker dies, and the job moves on. "
    * 10
    + "\n\n```go\nfunc renew(lease Lease) error { return nil }\n```\n\n"
    "## Results\n\n"
    + "Missed runs went from 3 a week to zero, and the p99 start delay is 400 ms. " * 6
    + "\n\n## Results\n\nA second results section, to test repeated anchors.\n"
)


def d(raw: str) -> PartialDate:
    parts = [int(p) for p in raw.split("-")]
    return PartialDate(raw=raw, year=parts[0], month=parts[1] if len(parts) > 1 else None)


def make_portfolio() -> Portfolio:
    """Ada Quill, a fictional engineer with one of everything."""
    resume = Resume(
        basics=Basics(
            name="Ada Quill",
            label="Platform Engineer",
            email="ada@example.org",
            phone="+31 6 1234 5678",
            url="https://ada.example.org",
            summary="Platform engineer who builds *reliable* schedulers and [queues](https://q.example.org).",
            location=Location(
                address="12 Canal Street",
                postal_code="1011 AB",
                city="Utrecht",
                country_code="NL",
                region="Utrecht",
            ),
            profiles=(Profile(network="GitHub", username="adaquill", url="https://github.com/adaquill"),),
        ),
        work=(
            Work(
                name="Ledgerline",
                position="Staff Engineer",
                location="Amsterdam",
                start_date=d("2021-03"),
                summary="Runs the payments platform team.",
                highlights=("Moved 40 services to Kubernetes", "Cut cloud spend by 30%"),
                url="https://ledgerline.example.com",
            ),
            Work(
                name="Parcelfox",
                position="Backend Developer",
                start_date=d("2016-01"),
                end_date=d("2021-02"),
                highlights=("Wrote the route optimiser in Golang",),
            ),
        ),
        volunteer=(
            Volunteer(organization="Code Club", position="Mentor", summary="Teaches children to code."),
        ),
        education=(
            Education(
                institution="Utrecht University",
                area="Computer Science",
                study_type="Master",
                start_date=d("2012-09"),
                end_date=d("2014-08"),
                score="8.5",
                courses=("Distributed Systems",),
            ),
        ),
        awards=(Award(title="Open Source Prize", awarder="FOSDEM", date=d("2022-02")),),
        certificates=(
            Certificate(name="Certified Kubernetes Administrator", issuer="CNCF", date=d("2020-05")),
        ),
        publications=(
            Publication(name="Leases over locks", publisher="ACM Queue", release_date=d("2023-04")),
        ),
        skills=(Skill(name="Languages", level="Expert", keywords=("Go", "Python", "C++", "Node.js")),),
        languages=(
            Language(language="Dutch", fluency="Native"),
            Language(language="English", fluency="Fluent"),
        ),
        interests=(Interest(name="Rowing", keywords=("sculling", "regattas")),),
        references=(
            Reference(name="Bo Lind", reference="Ada made our on-call rotation boring, in the best way."),
        ),
        projects=(ResumeProject(name="tickd", description="A tiny cron replacement", keywords=("Rust",)),),
    )
    return Portfolio(
        resume=resume,
        projects=(
            Project(
                slug="lease-scheduler",
                title="Lease scheduler",
                summary="A job scheduler built on leases instead of locks.",
                body=LONG_BODY,
                topics=("scheduling", "distributed systems"),
                languages=("Go",),
                repo="adaquill/lease-scheduler",
            ),
            Project(
                slug="tiny", title="Tiny", summary="A small thing.", body="Just a paragraph about SQLite."
            ),
        ),
        posts=(
            Post(
                slug="leases",
                title="Why leases beat locks",
                summary="Locks outlive their owners; leases do not.",
                body="Short post body about fencing tokens.",
                date=d("2023-05"),
                tags=("distributed-systems",),
            ),
        ),
        faq=Faq(
            availability="From March 2027.",
            remote="Remote-first; happy to visit Amsterdam weekly.",
            work_authorization="EU citizen; no visa sponsorship needed in the EU.",
            notice_period="One month.",
            links=(Profile(network="Mastodon", username="ada", url="https://social.example.org/@ada"),),
            entries=(
                FaqEntry(
                    key="salary",
                    question="What are Ada's salary expectations?",
                    answer="Discussed after a first call.",
                ),
                FaqEntry(key="availability", question="When can Ada start?", answer="From March 2027."),
                FaqEntry(key="salary", question="Does Ada negotiate?", answer="Yes, politely."),
            ),
        ),
    )


@pytest.fixture
def portfolio() -> Portfolio:
    return make_portfolio()
