"""Overclaims found with own postings (session 21): a scale written in words ("millions of events per
second") compared with the figures the content gives, and a lead title asked of someone who never held one.
"""

from __future__ import annotations

from heyfolio.jobfit import assess_job
from heyfolio.jobfit.led_groups import from_scratch, group_built, group_lead_asked, team_built_asked
from heyfolio.jobfit.rungs import lead_title_asked, lead_title_held
from heyfolio.jobfit.sizes import sizes_as_figures
from tests.jobfit.conftest import owner


def bullets(*asks: str) -> str:
    return "Platform Engineer — Harrowgate Logistics (hybrid)\n\nYou bring:\n" + "".join(
        f"- {a}\n" for a in asks
    )


def status(name: str, *asks: str) -> dict[str, str]:
    portfolio, chunks = owner(name)
    report = assess_job(bullets(*asks), portfolio, chunks)
    return {r["requirement"]: r["status"] for r in report["requirements"]}


def test_a_size_in_words_is_written_as_the_figure_at_its_low_end() -> None:
    assert sizes_as_figures("ingest millions of events per second") == "ingest 1,000,000 events per second"
    assert sizes_as_figures("tens of thousands of nodes") == "10,000 nodes"
    assert sizes_as_figures("hundreds of millions of users") == "100,000,000 users"
    assert sizes_as_figures("hundreds of repositories") == "100 repositories"
    assert sizes_as_figures("Kafka at 10k events per second") == "Kafka at 10k events per second"
    assert sizes_as_figures("thousands") == "thousands"  # nothing counted after it


def test_a_scale_in_words_above_the_largest_figure_shown_is_partial() -> None:
    # Mira's pipeline runs at 35,000 events per second: millions per second are not shown, tens of
    # thousands are
    got = status(
        "example-owner",
        "Kafka at millions of events per second",
        "Kafka at tens of thousands of events per second",
    )
    assert got["Kafka at millions of events per second"] == "partial"
    assert got["Kafka at tens of thousands of events per second"] == "matched"


def test_a_scale_in_words_is_met_by_a_figure_at_or_above_its_low_end() -> None:
    # Noémie's largest app reached 2.4 million downloads: millions yes, tens of millions no
    got = status("mobile-owner", "Apps with millions of downloads", "Apps with tens of millions of downloads")
    assert got["Apps with millions of downloads"] == "matched"
    assert got["Apps with tens of millions of downloads"] == "partial"


def test_a_lead_title_asked_is_read_from_the_titles_held() -> None:
    assert lead_title_asked("Experience as a Lead SRE") == "SRE"
    assert lead_title_asked("Lead Frontend Engineer experience") == "Frontend Engineer"
    assert lead_title_asked("Lead engineers through a migration") is None  # the verb, a task
    assert lead_title_asked("Lead the platform team") is None
    assert lead_title_held(["Mobile Tech Lead", "Senior Mobile Engineer"])
    assert lead_title_held(["Staff Software Engineer"])
    assert not lead_title_held(["Senior Site Reliability Engineer", "Front Office Manager"])


def test_a_senior_without_a_lead_title_holds_the_adjacent_level() -> None:
    # Odile is a Senior SRE who mentors two: the SRE work is shown, the lead title is not
    assert status("platform-owner", "Experience as a Lead SRE")["Experience as a Lead SRE"] == "partial"
    # Noémie is a Mobile Tech Lead
    got = status("mobile-owner", "Experience as a Lead Mobile Engineer")
    assert got["Experience as a Lead Mobile Engineer"] == "matched"


def test_leading_a_group_is_asked_with_or_without_a_size() -> None:
    assert group_lead_asked("Led a backend team")
    assert group_lead_asked("Experience managing engineers")
    assert group_lead_asked("Team lead experience")
    assert group_lead_asked("Lead engineers through a migration")
    assert not group_lead_asked("Work with a team of designers")
    assert not group_lead_asked("Lead the team's migration to Kubernetes")
    assert not group_lead_asked("Ran workshops for engineers")
    assert not group_lead_asked("Run the team rituals")


def test_a_group_lead_asked_of_someone_who_led_none_at_work_is_not_met() -> None:
    # Seo is a junior backend engineer; the only lead role is of a hackathon team
    got = status("graduate-owner", "Led a backend team", "Kotlin and Spring Boot")
    assert got["Led a backend team"] == "partial"
    assert got["Kotlin and Spring Boot"] == "matched"
    # Leonor leads six engineers
    assert status("frontend-owner", "Led a frontend team")["Led a frontend team"] == "matched"


def test_building_a_team_asks_for_a_team_built_not_only_led() -> None:
    assert team_built_asked("You have built a platform team from scratch.")
    assert team_built_asked("Experience building and managing an AppSec team")
    assert not team_built_asked("Build tooling for product teams")
    assert not team_built_asked("Grow the team through hiring")  # met by hiring, read elsewhere
    assert from_scratch("a data team from the ground up")
    assert group_built(["Led the team", "Grew the data platform team from three to seven engineers"]) == 1
    assert group_built(["Hired to build the application security function"]) == 0
    assert group_built(["Built the team's CI pipeline"]) is None
    # Noémie leads six mobile engineers, hired none and built no team
    got = status("mobile-owner", "Built a mobile platform team from scratch")
    assert got["Built a mobile platform team from scratch"] == "partial"
    # Zofia grew her team from three to seven
    assert status("data-owner", "Build a data platform team")["Build a data platform team"] == "matched"


def test_the_language_a_piece_of_work_is_written_in_must_be_named() -> None:
    # Inés does numerical work in Python, Rust and Numba; she never names CUDA or Julia
    got = status(
        "consultant-owner",
        "Experience with GPU programming in CUDA",
        "Performance work in Julia",
        "Numerical code in Rust",
    )
    assert got["Experience with GPU programming in CUDA"] == "missing"
    assert got["Performance work in Julia"] == "missing"
    assert got["Numerical code in Rust"] == "matched"
