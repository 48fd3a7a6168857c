"""Session 26: overclaims from a scope or a sense the content does not have - years of managing a hotel's
receptionists read as years of managing engineers, the size of an organisation asked with no people noun left
uncounted, a word inside a hyphenated idiom ("capture-the-flag") read in its own sense, a reporting line read
as reporting work, a skill asked at a level shown only by an expired certificate and a lower-rated group,
owning asked where taking part is shown, a field's own work asked where the field was only a client, a team
joined read as a team led ("our own servers" read as owning), peers read as a group led, a founder's or a
project creator's years read as years leading a team."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 6)

# A made-up owner: a restaurant manager in Ghent who retrained as a site reliability engineer.
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Wout Verhaegen",
        "label": "Site Reliability Engineer",
        "summary": "Site reliability engineer for cloud platform infrastructure in Ghent; before that I ran a brasserie's dining room.",
    },
    "work": [
        {
            "name": "Meerlicht Cloud",
            "position": "Site Reliability Engineer",
            "startDate": "2020-03",
            "highlights": [
                "Technical lead of a group of six engineers for the move to Kubernetes.",
                "Built a capture-the-flag lab for the yearly security day.",
                "Kept the storage API at 99.95% availability.",
                "I report to the Head of Infrastructure.",
                "Part of the team that passed the first ISO 27001 audit.",
                "Built an ordering app for a chain of 6 breweries.",
            ],
        },
        {
            "name": "Brasserie Leiezicht",
            "position": "Restaurant Manager",
            "startDate": "2012-01",
            "endDate": "2019-12",
            "highlights": ["Led a team of 20 waiters and cooks."],
        },
    ],
    "skills": [{"name": "Kubernetes", "keywords": ["Helm", "Terraform"]}],
}
# Another: a backend developer whose only Kubernetes is EKS under a group rated Intermediate and a lapsed CKA.
LAPSED: dict[str, Any] = {
    "basics": {"name": "Ines Vandamme", "label": "Backend Developer"},
    "work": [{"name": "Zoutbrug", "position": "Backend Developer", "startDate": "2019-01"}],
    "skills": [{"name": "AWS", "level": "Intermediate", "keywords": ["EKS", "S3"]}],
    "certificates": [{"name": "Certified Kubernetes Administrator (CKA) - expired 2022", "issuer": "CNCF"}],
}


def _report(job: str | dict[str, Any], owner: dict[str, Any] = OWNER) -> dict[str, Any]:
    resume, problems = parse_resume(owner, "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    return assess_job(job, p, chunk_portfolio(p), today=TODAY)


def _status(line: str) -> str:
    return str(_report(f"Requirements:\n- {line}\n")["requirements"][0]["status"])


def test_years_managing_engineers_are_not_met_by_years_managing_waiters() -> None:
    assert _status("5+ years managing platform or infrastructure engineers") == "partial"
    assert _status("5+ years managing infrastructure engineers") == "partial"
    assert _status("5+ years managing people") == "matched"  # the restaurant's eight years


def test_the_size_of_an_organisation_asked_is_counted() -> None:
    assert _status("Led a platform organization of 30+") == "partial"  # six led
    assert _status("Led a team of 5+") == "matched"


def test_a_word_inside_a_hyphenated_idiom_is_not_used_in_its_own_sense() -> None:
    assert _status("Feature flag systems") != "matched"  # a capture-the-flag lab
    assert _status("Capture-the-flag labs") == "matched"  # asked in the same words


def test_a_reporting_line_is_not_reporting_work() -> None:
    assert _status("Infrastructure reporting") != "matched"  # "I report to the Head of Infrastructure"


def test_a_level_asked_is_not_met_by_an_expired_certificate_and_a_lower_rated_group() -> None:
    job = {"title": "Platform Engineer", "skills": [{"name": "Kubernetes", "level": "Advanced"}]}
    assert _report(job, LAPSED)["requirements"][0]["status"] == "partial"
    job = {"title": "Platform Engineer", "skills": [{"name": "Kubernetes", "level": "Beginner"}]}
    assert _report(job, LAPSED)["requirements"][0]["status"] == "matched"


def test_owning_a_piece_of_work_is_not_met_by_taking_part_in_it() -> None:
    assert _status("Experience owning ISO 27001 compliance") == "partial"


def test_a_fields_own_work_is_not_met_by_work_done_for_a_client_in_it() -> None:
    assert _status("Brewery operations management") == "partial"  # an app for a chain of breweries
    assert _status("Ordering apps for breweries") == "matched"


# A third: an engineer who only ever joined teams.
MEMBER: dict[str, Any] = {
    "basics": {"name": "Aurélie Dufays", "label": "Site Reliability Engineer"},
    "work": [
        {
            "name": "Kanaalweg Hosting",
            "position": "Site Reliability Engineer",
            "startDate": "2019-05",
            "highlights": [
                "Joined a five-person SRE team during the move off our own servers to Google Cloud.",
            ],
        }
    ],
}


def test_a_team_joined_is_no_team_led() -> None:
    job = "Requirements:\n- Led a team of 4+ engineers\n"
    assert _report(job, MEMBER)["requirements"][0]["status"] != "matched"


# A fourth: a mobile developer who founded a one-person consultancy, then became a tech lead.
FOUNDER: dict[str, Any] = {
    "basics": {"name": "Joost Lammens", "label": "Mobile Tech Lead"},
    "work": [
        {
            "name": "Spoorlijn Apps",
            "position": "Mobile Tech Lead",
            "startDate": "2025-03",
            "highlights": ["I lead five mobile engineers as a hands-on tech lead."],
        },
        {
            "name": "Lammens Mobile",
            "position": "Founder and Principal Mobile Consultant",
            "startDate": "2022-01",
            "endDate": "2025-02",
            "highlights": ["Built iOS apps for three retailers."],
        },
        {
            "name": "Fietsdelen",
            "position": "Senior Mobile Engineer",
            "startDate": "2018-01",
            "endDate": "2021-12",
            "highlights": ["Led the Android rewrite in Kotlin, shipped with two other developers."],
        },
    ],
}


def test_years_leading_a_team_count_roles_that_lead_people() -> None:
    job = "Requirements:\n- 3+ years leading a mobile team\n"
    assert _report(job, FOUNDER)["requirements"][0]["status"] == "partial"  # tech lead since 2025-03
    job = "Requirements:\n- 1+ years leading a mobile team\n"
    assert _report(job, FOUNDER)["requirements"][0]["status"] == "matched"
