"""Table postings read with their row labels (session 23): a one-word cell under a category label
("| Certification | AWS |") is the ask, not the label alone; a group column saying the row is a credential
keeps that word on the ask; a management row with a years cell counts years of managing people."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job, parse_job
from heyfolio.jobfit.managing import management_years_asked
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 6)


def _cloud_engineer() -> dict[str, Any]:
    return {
        "basics": {"name": "Tomasz Velde", "label": "Cloud Engineer", "summary": "I run cloud platforms."},
        "work": [
            {
                "name": "Ostrand Logistics",
                "position": "Team Lead, Cloud Platform",
                "startDate": "2024-06",
                "highlights": ["Manage three engineers: weekly one-to-ones and yearly reviews."],
            },
            {
                "name": "Ostrand Logistics",
                "position": "Cloud Engineer",
                "startDate": "2015-03",
                "endDate": "2024-05",
                "highlights": ["Moved 40 services to Kubernetes on AWS with Terraform."],
            },
        ],
        "education": [
            {
                "institution": "Open Polytechnic",
                "studyType": "Postgraduate Certificate (in progress)",
                "area": "Cloud",
            }
        ],
        "certificates": [
            {"name": "AWS Certified Solutions Architect - Associate (expired 2021)", "date": "2018-05"},
            {"name": "Certified Functional Safety Engineer - expired 2023-01", "date": "2020-01"},
        ],
        "skills": [{"name": "Cloud", "level": "Advanced", "keywords": ["AWS", "Kubernetes", "Terraform"]}],
    }


def _statuses(job: str) -> dict[str, str]:
    resume, problems = parse_resume(_cloud_engineer(), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    report = assess_job(job, p, chunk_portfolio(p), today=TODAY)
    return {r["requirement"]: r["status"] for r in report["requirements"]}


def test_a_one_word_cell_under_a_category_label_is_the_ask() -> None:
    # read as "Certification" alone, any certificate (one in progress) met it; the AWS one has expired
    job = "Senior Cloud Engineer\n| Requirement | Details |\n|---|---|\n| Certification | AWS |\n| Cloud | GCP |\n"
    got = _statuses(job)
    assert set(got) == {"Certification: AWS", "Cloud: GCP"}
    assert got["Certification: AWS"] != "matched" and got["Cloud: GCP"] != "matched"


def test_a_label_that_is_a_word_keeps_its_cell_as_written() -> None:
    # a one-word cell that is no name stays a comment on the row's thing
    (req,) = parse_job("Cloud Engineer\n\n| Skill | Notes |\n|---|---|\n| Terraform | preferably |\n")[1]
    assert req.text == "Terraform"


def test_a_credential_group_column_stays_on_the_ask() -> None:
    job = (
        "Safety Engineer\n\n| Category | Requirement |\n|---|---|\n"
        "| Certification | Functional Safety Engineer |\n| Cloud | Kubernetes on AWS |\n"
    )
    got = _statuses(job)
    assert got["Certification: Functional Safety Engineer"] == "partial"  # held, but expired
    assert got["Kubernetes on AWS"] == "matched"


def test_management_named_before_its_years_counts_years_managing_people() -> None:
    assert management_years_asked("People management: 5+ years")
    assert not management_years_asked("Incident management: 5+ years")
    job = "Cloud Lead\n\n| Skill | Years |\n|---|---|\n| People management | 5+ |\n"
    # eleven years of work, about two of them managing: not five years of people management
    assert _statuses(job)["People management: 5+ years"] != "matched"


def test_how_well_a_language_is_spoken_stays_on_its_row() -> None:
    (native, fluent, cefr, plain) = parse_job(
        "Support Engineer\n\n| Language | Level |\n|---|---|\n| Spanish | Native |\n| German | Fluent |\n"
        "| French | B2 or better |\n| Kotlin | Advanced |\n"
    )[1]
    assert (native.text, fluent.text, cefr.text) == (
        "Spanish (Native)",
        "German (Fluent)",
        "French (B2 or better)",
    )
    assert plain.text == "Kotlin"  # a skill's level is checked as a level, not written on the ask


def test_a_category_label_with_a_plain_word_is_read_with_it() -> None:
    job = "Cloud Engineer\n\n| Requirement | Details |\n|---|---|\n| Industry | Automotive |\n| Seniority | Staff |\n"
    got = _statuses(job)
    assert set(got) == {"Industry: Automotive", "Seniority: Staff"}
    assert "matched" not in got.values()  # logistics, and no staff rung: the labels alone were met


def test_a_degree_labelled_with_its_field_needs_that_field() -> None:
    # a bachelor in tourism: any degree met "Degree: Computer Science", the field after the label unread
    resume = _cloud_engineer()
    resume["education"] = [
        {"institution": "Lakeside University", "studyType": "Bachelor", "area": "Tourism Management"}
    ]
    parsed, problems = parse_resume(resume, "resume.json")
    assert parsed is not None, problems
    p = Portfolio(resume=parsed)
    job = "Requirements:\n- Degree: Computer Science or related field\n- Degree: Tourism Management\n"
    got = {
        r["requirement"]: r["status"]
        for r in assess_job(job, p, chunk_portfolio(p), today=TODAY)["requirements"]
    }
    assert got == {
        "Degree: Computer Science or related field": "missing",
        "Degree: Tourism Management": "matched",
    }
