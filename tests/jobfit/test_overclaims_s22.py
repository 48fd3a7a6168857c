"""Overclaims found with own postings (session 22): the owner's own hiring ("Second hire on the platform
team") read as hiring done by the owner; a product's name cut to its first words ("Google Play Billing"
shown by Google Play); bracketed examples written as plain capitalised names ("Apple Pay").
"""

from __future__ import annotations

import datetime as dt

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.own_hire import only_hired_themselves
from heyfolio.jobfit.weak_heads import head_nouns_after
from heyfolio.search.chunks import chunk_portfolio
from tests.jobfit.conftest import assessed, owner

TODAY = dt.date(2026, 12, 6)


def bullets(*asks: str) -> str:
    return "Senior Engineer — Kestrelwood Systems (remote)\n\nWhat you bring:\n" + "".join(
        f"- {a}\n" for a in asks
    )


def status(name: str, *asks: str) -> dict[str, str]:
    portfolio, chunks = owner(name)
    report = assess_job(bullets(*asks), portfolio, chunks, today=TODAY)
    return {r["requirement"]: r["status"] for r in report["requirements"]}


def test_the_owner_as_the_hire_is_no_hiring() -> None:
    assert only_hired_themselves("Second hire on the platform team; stayed through the acquisition.")
    assert only_hired_themselves("First dedicated security hire.")
    assert only_hired_themselves("Hired as the first data engineer at a 20-person start-up.")
    assert only_hired_themselves("I was recruited by the CTO to rebuild the billing system.")
    assert only_hired_themselves("Joined through the 2023 graduate hiring programme.")
    assert only_hired_themselves("Happy to do a pairing interview; available for interviews on Fridays.")
    assert not only_hired_themselves("Hired four engineers and ran 60 interviews.")
    assert not only_hired_themselves("First hire of the team; later hired three engineers myself.")
    assert not only_hired_themselves("Built the service in Go.")  # no such word: nothing to say


def test_hiring_asked_of_someone_who_was_only_hired_is_missing() -> None:
    doc = {
        "basics": {"name": "Ines Varga", "label": "Platform Engineer"},
        "work": [
            {
                "name": "Quillfeather",
                "position": "Platform Engineer",
                "startDate": "2021-02",
                "summary": "Founding hire on the infrastructure team of a 15-person start-up.",
                "highlights": ["Moved 40 services onto Kubernetes with Terraform."],
            }
        ],
    }
    assert assessed(doc, "Experience hiring engineers", today=TODAY)["status"] == "missing"
    assert assessed(doc, "Run interviews for the platform team", today=TODAY)["status"] == "missing"
    # the same line with hiring done by the owner is hiring
    doc["work"][0]["highlights"].append("Hired three engineers and ran the interview loop.")
    assert assessed(doc, "Experience hiring engineers", today=TODAY)["status"] == "matched"


def test_a_product_name_is_not_shown_by_its_first_words() -> None:
    doc = {
        "basics": {"name": "Tomasz Lind", "label": "Android Engineer"},
        "work": [
            {
                "name": "Parsnip Apps",
                "position": "Android Engineer",
                "startDate": "2020-05",
                "highlights": ["Published four apps on Google Play with 300,000 installs in total."],
            }
        ],
    }
    assert assessed(doc, "Google Play Billing", today=TODAY)["status"] == "missing"
    assert assessed(doc, "Google Play", today=TODAY)["status"] == "matched"
    # a generic last word still names the same product
    assert assessed(doc, "Google Play Platform", today=TODAY)["status"] == "matched"


def test_capitalised_names_in_brackets_say_which_kind_is_asked() -> None:
    doc = {
        "basics": {"name": "Ada Kowal", "label": "Mobile Engineer"},
        "work": [
            {
                "name": "Brightmoor Bank",
                "position": "Mobile Engineer",
                "startDate": "2019-01",
                "highlights": [
                    "Integrated the card payment flow of the banking app with our payment gateway."
                ],
            }
        ],
    }
    got = assessed(doc, "Payment integration (Apple Pay, Google Pay)", today=TODAY)
    assert got["status"] == "partial"  # payments shown, neither wallet named
    doc["work"][0]["highlights"].append("Added Apple Pay to the checkout.")
    assert assessed(doc, "Payment integration (Apple Pay, Google Pay)", today=TODAY)["status"] == "matched"


def _lead_level(titles: list[str], highlight: str) -> str:
    work = [
        {
            "name": f"Firm {i}",
            "position": t,
            "startDate": f"{2012 + 3 * i}-01",
            "endDate": f"{2014 + 3 * i}-12",
        }
        for i, t in enumerate(titles)
    ]
    work[-1].pop("endDate")
    work[-1]["highlights"] = [highlight]
    resume, problems = parse_resume({"basics": {"name": "Rui Samaras"}, "work": work}, "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    job = {"title": "Lead Engineer", "experience": "Lead", "skills": [{"name": "Go"}]}
    report = assess_job(job, p, chunk_portfolio(p), today=TODAY)
    return next(r["status"] for r in report["requirements"] if r["requirement"] == "Lead")


def test_a_lead_level_is_a_title_held_not_a_lead_line_under_another_title() -> None:
    technical_lead = "Technical lead of the gateway rewrite with four engineers, no direct reports."
    assert _lead_level(["Software Engineer", "Senior Software Engineer"], technical_lead) == "partial"
    assert _lead_level(["Software Engineer", "Tech Lead"], "Shipped the gateway in Go.") == "matched"
    assert _lead_level(["Software Engineer", "Engineering Manager"], "Grew the team to nine.") == "matched"
    # managing a hotel's front office is no rung of the engineering ladder
    assert _lead_level(["Front Office Manager", "Senior Software Engineer"], technical_lead) == "partial"


def test_a_kind_named_by_its_generic_head_needs_the_head_shown_with_it() -> None:
    assert head_nouns_after("Experience with battery management systems", "battery") == ["management system"]
    assert head_nouns_after("Build our booking platform", "booking") == ["platform"]
    assert head_nouns_after("Payment systems", "Payment") == []  # "systems" alone names no kind
    doc = {
        "basics": {"name": "Lena Ostrova", "label": "Firmware Engineer"},
        "work": [
            {
                "name": "Voltkraft",
                "position": "Firmware Engineer",
                "startDate": "2018-03",
                "highlights": [
                    "Doubled the battery life of a handheld scanner by reworking its sleep modes."
                ],
            }
        ],
    }
    # battery life is another thing than a battery management system: nothing supports the kind (session 23)
    assert assessed(doc, "Experience with battery management systems", today=TODAY)["status"] == "missing"
    doc["work"][0]["highlights"].append("Wrote the cell-balancing firmware of a battery management system.")
    assert assessed(doc, "Experience with battery management systems", today=TODAY)["status"] == "matched"


def test_a_thing_joined_by_and_never_shown_leaves_the_ask_partial() -> None:
    doc = {
        "basics": {"name": "Oskar Brandt", "label": "Backend Engineer"},
        "work": [
            {
                "name": "Keelhaul Data",
                "position": "Backend Engineer",
                "startDate": "2017-06",
                "highlights": ["Designed and implemented the ingestion service and its retry queue in Go."],
            }
        ],
    }
    assert assessed(doc, "Design and implement ingestion services", today=TODAY)["status"] == "matched"
    assert assessed(doc, "Design and implement ingestion and deduplication services", today=TODAY)[
        "status"
    ] == ("partial")
