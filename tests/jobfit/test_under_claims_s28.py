"""Session 28: met asks read as partial or missing (a country or one of several places to live in, a word of
leave closing an ask, the teams counted before "and their leads", leads asked beside managers, a library still
maintained, a present-tense mentoring duty, a maker of two words or in a company's name, a product spelled out
after its maker, a community's size counted by its members)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 6)

# A made-up engineering manager in Porto with an accessibility library she still maintains, Ansible,
# Loki and dbt written by their own names, Dataproc without Google's cloud, EKS by its initials.
RESUME: dict[str, Any] = {
    "basics": {
        "name": "Test Owner",
        "label": "Engineering Manager",
        "summary": "Engineering manager for backend services in Porto; open to hybrid roles in Porto or remote roles in Europe.",
        "location": {"city": "Porto", "countryCode": "PT"},
    },
    "work": [
        {
            "name": "Ribeira Freight",
            "position": "Engineering Manager",
            "startDate": "2022-05",
            "summary": "Manage the Routing and Billing teams (two teams, 12 engineers in total).",
            "highlights": [
                "Hired 7 people, two of them engineering leads.",
                "Run weekly 1:1s and yearly reviews for both teams.",
                "Mentor three junior engineers.",
                "Rewrote the billing jobs in PySpark on Dataproc and modelled the warehouse in dbt.",
            ],
        },
        {
            "name": "Douro Hosting",
            "position": "Platform Engineer",
            "startDate": "2017-03",
            "endDate": "2022-04",
            "summary": "Ran Linux servers and the logging stack; co-organised the Porto Go meetup.",
            "highlights": [
                "Automated provisioning with Ansible.",
                "Moved 80 services to Amazon EKS.",
                "Shipped the log search on Loki and Grafana.",
                "Grew the Porto Go meetup from 30 to over 900 members.",
            ],
        },
    ],
    "projects": [
        {
            "name": "contrast-lint",
            "description": "Open-source linter that checks colour contrast for accessibility.",
            "startDate": "2019-06-15",
            "roles": ["Creator", "Maintainer"],
            "keywords": ["accessibility", "TypeScript"],
        },
        {
            "name": "Harbour hackathon map",
            "description": "A one-day hackathon map of ferry timetables.",
            "startDate": "2018-10-06",
            "keywords": ["Leaflet"],
        },
    ],
    "skills": [
        {"name": "Cloud", "level": "Advanced", "keywords": ["AWS", "EKS", "Terraform"]},
        {"name": "Data", "level": "Intermediate", "keywords": ["dbt", "PySpark", "Dataproc"]},
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


def test_a_country_to_live_in_is_the_country_of_the_location() -> None:
    assert ask("Based in Portugal") == "matched"
    assert ask("Based in Portugal or Spain") == "matched"  # one of the places offered
    assert ask("Based in Lisbon or Porto") == "matched"
    assert ask("Based in Spain") != "matched"
    assert ask("Based in Lisbon and Madrid") != "matched"  # both asked, neither is home


def test_living_within_commuting_distance_is_residence() -> None:
    assert ask("Must live within commuting distance of Porto") == "matched"
    assert ask("Must live within commuting distance of Berlin") != "matched"


def test_a_word_of_leave_closing_an_ask_is_not_looked_for() -> None:
    assert ask("Remote from Portugal is fine") == "matched"


def test_the_teams_counted_before_and_their_leads() -> None:
    assert ask("Manage two backend teams and their leads") == "matched"
    assert ask("Manage four backend teams and their leads") != "matched"


def test_leads_asked_beside_managers_are_met_by_leads_managed() -> None:
    assert ask("Experience managing managers or engineering leads") == "matched"
    assert ask("Experience managing engineering managers") == "partial"  # leads are the rung below


def test_a_maintained_project_dated_to_the_day_runs_to_today() -> None:
    assert ask("7+ years of accessibility work") == "matched"  # contrast-lint since 2019-06
    assert ask("5+ years with Leaflet") != "matched"  # a one-day hackathon, no maintainer


def test_a_present_tense_mentoring_duty_holds_for_the_role() -> None:
    assert ask("4+ years of mentoring") == "matched"
    assert ask("6+ years of mentoring") == "partial"


def test_a_maker_of_two_words_or_with_a_company_word() -> None:
    assert ask("Red Hat's Ansible") == "matched"
    assert ask("Grafana Labs' Loki") == "matched"
    assert ask("dbt Labs' dbt") == "matched"
    assert ask("Red Hat's OpenShift") == "missing"


def test_a_product_spelled_out_after_its_maker_is_its_initials() -> None:
    assert ask("AWS Elastic Kubernetes Service") == "matched"
    assert ask("Amazon Elastic Kubernetes Service") == "matched"


def test_a_communitys_size_is_counted_by_its_members_not_the_group_led() -> None:
    assert ask("Grew a meetup to 500+ members") == "matched"
    assert ask("Grew a meetup to 2,000+ members") == "partial"
