"""Session 26: met asks read as partial or missing (a cloud by its full name, a maker in the possessive, a
level asked of an abbreviation in capitals, years "in total", a move the owner offers, trips to an office,
"direct" line management)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 6)

# A made-up engineering manager with a firmware past: eleven years of work, four of them managing people,
# AWS written by its initials, the vehicle bus in an Expert group, and a summary offering a move abroad.
RESUME: dict[str, Any] = {
    "basics": {
        "name": "Test Owner",
        "label": "Engineering Manager",
        "summary": (
            "Engineering manager in Gdańsk. I am looking for a hybrid role in Gdańsk, or relocation to "
            "Singapore with visa sponsorship; otherwise remote with an office visit about once a month."
        ),
        "location": {"city": "Gdańsk", "countryCode": "PL"},
    },
    "work": [
        {
            "name": "Harbor Freight Tech",
            "position": "Engineering Manager",
            "startDate": "2022-10",
            "summary": "Manage the routing team of nine engineers; run weekly 1:1s and yearly reviews.",
            "highlights": ["Moved the routing services onto AWS with Terraform."],
        },
        {
            "name": "Baltic Body Electronics",
            "position": "Firmware Engineer",
            "startDate": "2015-11",
            "endDate": "2022-09",
            "summary": "Wrote CAN and LIN drivers in C for body control modules.",
            "highlights": ["Shipped over-the-air updates with TestFlight for the diagnostics app."],
        },
    ],
    "skills": [
        {"name": "Automotive networks", "level": "Expert", "keywords": ["CAN", "LIN", "UDS"]},
        {"name": "Cloud", "level": "Intermediate", "keywords": ["AWS", "Terraform"]},
        {"name": "Tooling", "level": "Intermediate", "keywords": ["Next.js", "Burp Suite"]},
    ],
}


def _portfolio() -> Portfolio:
    parsed, problems = parse_resume(dict(RESUME), "resume.json")
    assert parsed is not None, problems
    return Portfolio(resume=parsed)


def ask(line: str) -> str:
    p = _portfolio()
    (item,) = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)["requirements"]
    return str(item["status"])


def skill(name: str) -> str:
    p = _portfolio()
    job = {"title": "Engineer", "skills": [{"name": name, "keywords": []}]}
    reqs = assess_job(job, p, chunk_portfolio(p), today=TODAY)["requirements"]
    (item,) = [r for r in reqs if r["requirement"].startswith(name)]
    return str(item["status"])


def test_a_cloud_by_its_full_name_is_the_one_written_by_its_initials() -> None:
    assert skill("Amazon Web Services") == "matched"
    assert ask("Experience with Amazon Web Services") == "matched"
    assert skill("Google Cloud Platform") == "missing"  # never written, by either name


def test_a_maker_in_the_possessive_is_whose_product_follows() -> None:
    assert ask("Experience with Apple's TestFlight") == "matched"
    assert ask("Experience with Vercel's Next.js") == "matched"
    assert ask("Experience with PortSwigger Burp Suite") == "matched"
    assert ask("Experience with Vercel's Remix") == "missing"  # the product is not the owner's


def test_a_level_asked_of_an_abbreviation_in_capitals_reads_it_as_the_abbreviation() -> None:
    assert ask("Expert knowledge of CAN") == "matched"  # a keyword of an Expert group, not the verb "can"
    assert ask("Expert knowledge of CAN and LIN") == "matched"
    assert ask("Expert knowledge of Terraform") == "partial"  # listed at Intermediate


def test_years_in_total_are_the_career() -> None:
    assert ask("10+ years of total experience") == "matched"
    assert ask("10+ years of experience in total") == "matched"
    assert ask("15+ years of total experience") != "matched"


def test_a_move_the_owner_offers_to_the_place_asked() -> None:
    assert ask("Willing to relocate to Singapore") == "matched"
    assert ask("Willing to relocate to Tokyo") == "partial"  # a move, not there


def test_trips_to_an_office_are_the_office_visits_the_owner_offers() -> None:
    assert ask("Comfortable working remotely with occasional trips to the office") == "matched"
    assert ask("Weekly visits to the office") == "partial"  # once a month is offered


def test_direct_line_management_is_line_management() -> None:
    assert ask("Direct line management experience") == ask("Line management experience")
    assert ask("3+ years of direct line management") == "matched"
    assert ask("6+ years of direct line management") == "partial"  # about four years managing


# A made-up firmware engineer whose summary states the years of work on a platform, and a research tech
# lead whose team is named by its work.
PLATFORM: dict[str, Any] = {
    "basics": {
        "name": "Test Owner",
        "label": "Firmware Engineer",
        "summary": "Firmware engineer with eleven years of bare-metal work on ARM Cortex-M and RISC-V boards.",
    },
    "work": [
        {
            "name": "Pulse Devices",
            "position": "Senior Firmware Engineer",
            "startDate": "2021-01",
            "summary": "Tech lead of the four-person sensor research team; no direct reports.",
            "highlights": ["Wrote the Cortex-M4 bootloader."],
        },
        {
            "name": "Lumo Labs",
            "position": "Firmware Developer",
            "startDate": "2015-09",
            "endDate": "2020-12",
            "summary": "Wrote C firmware for battery-powered sensors.",
        },
    ],
}


def ask_of(line: str, resume: dict[str, Any]) -> str:
    parsed, problems = parse_resume(dict(resume), "resume.json")
    assert parsed is not None, problems
    p = Portfolio(resume=parsed)
    (item,) = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)["requirements"]
    return str(item["status"])


def test_years_of_work_on_a_platform_are_years_on_it() -> None:
    assert ask_of("8+ years of firmware development on ARM Cortex-M", PLATFORM) == "matched"
    assert ask_of("8+ years with ARM Cortex-M", PLATFORM) == "matched"
    assert ask_of("12+ years with ARM Cortex-M", PLATFORM) == "partial"  # eleven stated


def test_a_team_named_by_its_work_is_of_the_people_doing_it() -> None:
    assert ask_of("Tech lead of a team of 3+ researchers", PLATFORM) == "matched"  # the research team of four
    assert ask_of("Led a team of 3 designers", PLATFORM) == "partial"  # no design team


def statuses(text: str, resume: dict[str, Any]) -> dict[str, str]:
    parsed, problems = parse_resume(dict(resume), "resume.json")
    assert parsed is not None, problems
    p = Portfolio(resume=parsed)
    reqs = assess_job(text, p, chunk_portfolio(p), today=TODAY)["requirements"]
    return {r["requirement"]: str(r["status"]) for r in reqs}


LINGUIST: dict[str, Any] = {
    **RESUME,
    "languages": [
        {"language": "Polish", "fluency": "Native speaker"},
        {"language": "German", "fluency": "Elementary (A2)"},
    ],
}


def test_names_after_a_lead_of_ad_words_are_each_asked() -> None:
    got = statuses("You'll need solid Terraform, AWS, Kafka and Rust. You'll lead a squad.", RESUME)
    assert got["Terraform"] == "matched" and got["AWS"] == "matched"  # not held back by the unshown ones
    assert got["Kafka"] == "missing" and got["Rust"] == "missing"


def test_a_bare_list_of_languages_asks_each() -> None:
    got = statuses("| Area | Requirement |\n|---|---|\n| Spoken languages | Polish and German |\n", LINGUIST)
    assert got == {"Polish": "matched", "German": "partial"}
    got = statuses("Requirements:\n- Polish or German\n- Fluent Polish and German\n", LINGUIST)
    assert set(got) == {"Polish or German", "Fluent Polish and German"}  # a choice, and a level of both


def test_years_then_a_background_are_two_asks() -> None:
    text = (
        "Ideally you have at least 3 years of experience as an engineering manager and a background in "
        "backend development with Terraform or Pulumi."
    )
    got = statuses(text, RESUME)
    assert got == {
        "at least 3 years of experience as an engineering manager": "matched",
        "a background in backend development with Terraform or Pulumi": got[
            "a background in backend development with Terraform or Pulumi"
        ],
    }
    got = statuses("You have 5 years of experience with Terraform and AWS.", RESUME)
    assert list(got) == ["You have 5 years of experience with Terraform and AWS."]  # one ask of two names


def test_according_to_a_standard_is_wording_like_per() -> None:
    safety: dict[str, Any] = {
        **RESUME,
        "skills": [{"name": "Functional safety", "level": "Advanced", "keywords": ["ISO 26262"]}],
    }
    assert ask_of("Functional safety according to ISO 26262", safety) == "matched"
    assert ask_of("Software development in accordance with ISO 26262", safety) == "matched"
    assert ask_of("Functional safety according to IEC 61508", safety) != "matched"  # another standard
