"""Session 16 (job fit, partial/missing boundary and reading asks): a tool closing an ask and never named,
a level asked as a requirement line, two asks in one framed sentence, an ask weighted as "important",
and work authorization asked as "authorization to work". Every owner and job here is made up."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job, parse_job
from heyfolio.jobfit.asked import ask_then_years, weighted_ask
from heyfolio.jobfit.levels import only_a_level
from heyfolio.jobfit.nouns import noun_by_suffix
from heyfolio.jobfit.padded import bracketed_after, proper_product
from heyfolio.jobfit.scope import fewer_led
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 4)

# A senior platform engineer: Linux, Kubernetes with Helm, Grafana dashboards; a Swiss citizen who
# needs sponsorship for Canada.
OWNER = {
    "basics": {
        "name": "Tova Test",
        "label": "Senior Platform Engineer",
        "summary": "Platform engineer. Work authorization: Swiss citizen; I would need visa sponsorship "
        "to work in Canada.",
    },
    "work": [
        {
            "name": "Alpwerk",
            "position": "Senior Platform Engineer",
            "startDate": "2018-03",
            "summary": "Runs the Linux fleet and the Kubernetes clusters of a logistics company.",
            "highlights": [
                "Deployed 40 services on Kubernetes with Helm charts.",
                "Built Grafana dashboards for the Linux servers' performance.",
            ],
        }
    ],
    "skills": [{"name": "Platform", "keywords": ["Linux", "Kubernetes", "Helm", "Grafana"]}],
}


def _report(job: Any) -> list[dict[str, Any]]:
    resume, problems = parse_resume(OWNER, "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    return list(assess_job(job, p, chunk_portfolio(p), today=TODAY)["requirements"])


def _status(line: str) -> str:
    return str(_report(f"Requirements:\n- {line}\n")[0]["status"])


def test_a_tool_closing_the_ask_and_never_named_makes_it_missing() -> None:
    # Linux and performance are shown; the work asked is done with a tool the owner never names
    assert _status("Linux server profiling with DTrace") == "missing"
    assert _status("Deploy services on Kubernetes with Helm") == "matched"  # the tool is shown


def test_a_level_asked_as_a_line_is_read_as_the_level() -> None:
    assert only_a_level("Principal-level experience")
    assert only_a_level("Experience at Staff level")
    assert not only_a_level("Staff-level technical leadership across teams")
    # a senior title shown, the principal rung is not: the words "principal" and "level" are not searched
    assert _status("Principal-level experience") == "partial"


def test_a_framed_sentence_asking_a_level_and_years_is_two_asks() -> None:
    assert ask_then_years("senior-level experience and 6+ years of Go") == [
        "senior-level experience",
        "6+ years of Go",
    ]
    assert ask_then_years("5+ years of Go and 3 years of Rust") is None  # years on both sides: as written
    _, reqs = parse_job(
        "Platform Engineer\n\nWe are looking for lead-level experience and 4+ years of Linux.\n"
    )
    assert [r.text for r in reqs] == ["lead-level experience", "4+ years of Linux"]


def test_an_ask_weighted_as_important_after_its_reason_is_kept() -> None:
    assert weighted_ask("Our search runs on Elasticsearch, so experience with it is important.")
    assert not weighted_ask("Our search runs on Elasticsearch.")
    _, reqs = parse_job(
        "Platform Engineer\n\nOur fleet runs partly on Azure, so experience with Azure is important.\n"
        "You have run Kubernetes in production.\n"
    )
    assert any("Azure" in r.text for r in reqs)


def test_authorization_to_work_is_a_work_authorization_ask() -> None:
    assert _status("Authorization to work in Canada") == "missing"  # sponsorship needed there
    assert _status("Permission to work in Canada") == "missing"


def test_leading_fewer_people_than_asked_is_partial() -> None:
    # a team of six led (made up): the size asked is larger, however much larger; managing is another ask
    lead = {
        "basics": {"name": "Ola Test", "summary": "Backend engineer."},
        "work": [
            {
                "name": "Kestrel Freight",
                "position": "Tech Lead",
                "startDate": "2020-01",
                "summary": "I lead a team of six backend engineers.",
                "highlights": ["Led the team through the move of the billing service to Go."],
            }
        ],
    }
    resume, problems = parse_resume(lead, "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)

    def status(line: str) -> str:
        job = f"Requirements:\n- {line}\n"
        return str(assess_job(job, p, chunk_portfolio(p), today=TODAY)["requirements"][0]["status"])

    assert fewer_led("Lead a team of 20+ backend engineers")
    assert not fewer_led("Manage and grow a team of 20 engineers")
    assert status("Lead a team of 20+ backend engineers") == "partial"
    assert status("Lead a team of 5 backend engineers") == "matched"


def test_a_noun_in_ment_says_which_thing_not_how_good() -> None:
    assert noun_by_suffix("department")
    assert noun_by_suffix("deployments")
    assert not noun_by_suffix("efficient")
    # the owner (made up) owns a cloud budget; a department's budget is another budget, never shown
    owner = {
        "basics": {"name": "Ida Test", "summary": "Platform lead."},
        "work": [
            {
                "name": "Brook Labs",
                "position": "Platform Lead",
                "startDate": "2019-01",
                "summary": "Owned the cloud budget of the platform team.",
            }
        ],
    }
    resume, problems = parse_resume(owner, "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    job = "Requirements:\n- Ownership of the department budget\n"
    assert assess_job(job, p, chunk_portfolio(p), today=TODAY)["requirements"][0]["status"] == "missing"


def test_a_product_padded_with_shown_technologies_is_not_shown() -> None:
    assert proper_product(["RiverMesh", "Cloud"])
    assert proper_product(["Quarkflow", "Pipelines"])
    assert not proper_product(["Image", "formats"])
    assert not proper_product(["Kubernetes"])  # one plain word: a technology, whose examples may show it
    # the owner shows Linux, Kubernetes and Helm, never a product called "HelmForge Suite"
    assert _status("HelmForge Suite (Kubernetes, Helm, Linux)") == "missing"
    assert _status("Container orchestration (Kubernetes, Helm)") == "matched"


def test_a_bracket_that_spells_the_name_or_offers_alternatives_is_not_padding() -> None:
    assert bracketed_after("Experience with RiverMesh Cloud (Kubernetes, Helm)", ["RiverMesh", "Cloud"],
                           [["Kubernetes"], ["Helm"]])  # fmt: skip
    assert not bracketed_after(
        "Experience with Quiet Harbour Sync (QHS)", ["Quiet", "Harbour", "Sync"], [["QHS"]]
    )
    assert not bracketed_after("RiverMesh Cloud or Kubernetes", ["RiverMesh", "Cloud"], [["Kubernetes"]])
