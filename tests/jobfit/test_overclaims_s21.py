"""Overclaims found with own postings (session 21): a scale written in words ("millions of events per
second") compared with the figures the content gives, and a lead title asked of someone who never held one.
"""

from __future__ import annotations

from heyfolio.jobfit import assess_job
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
