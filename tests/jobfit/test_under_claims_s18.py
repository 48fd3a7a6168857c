"""Under-claims (session 18): asks the content meets by example or in other words, read as partial or missing,
and the neighbouring asks the same readings must not lift."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from heyfolio.jobfit.activities import activity_hits
from heyfolio.jobfit.evidence import NUMBER, norm_text
from heyfolio.jobfit.performance import asks_people_sense, people_sense_only
from heyfolio.jobfit.teams import leads_teams
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: an engineering manager in Linz who came from firmware for tram doors.
MANAGER: dict[str, Any] = {
    "basics": {"name": "Vera Beispiel", "summary": "Engineering manager for a parcel-delivery platform."},
    "work": [
        {
            "name": "Paketwerk",
            "position": "Engineering Manager",
            "startDate": "2021-05",
            "summary": "Manage the Routing and Depot teams (two teams, 11 engineers) at a parcel courier.",
            "highlights": [
                "Cut the monthly Azure bill from €52,000 to €31,000 by moving batch jobs to spot VMs",
                "Brought regretted attrition in both teams to zero in 2025",
                "Rebuilt our hiring process: structured interviews and a take-home exercise",
                "Reduced on-call pages from 60 to 14 a month by deleting noisy alerts",
                "Run quarterly performance reviews and weekly 1:1s",
            ],
        },
        {
            "name": "Paketwerk",
            "position": "Senior Backend Engineer",
            "startDate": "2018-03",
            "endDate": "2021-04",
            "highlights": [
                "Brought the p99 latency of the tracking API from 900 ms to 120 ms with Redis caching"
            ],
        },
        {
            "name": "Tramtechnik",
            "position": "Firmware Developer",
            "startDate": "2012-09",
            "endDate": "2018-02",
            "summary": "Bare-metal C on STM32 microcontrollers for tram door controllers, to IEC 61508 SIL 2.",
            "highlights": ["Provisioned the test benches with Ansible", "Used Scrum with two-week sprints"],
        },
    ],
    "skills": [{"name": "Secrets", "keywords": ["HashiCorp Vault"]}],
}

# A made-up owner: one team led, work done for many teams, no cost cut and no manager duties.
TEAM_LEAD: dict[str, Any] = {
    "basics": {"name": "Ivo Muster", "summary": "Security engineer in Graz."},
    "work": [
        {
            "name": "Grazer Bank",
            "position": "Security Lead",
            "startDate": "2020-01",
            "highlights": [
                "Lead a team of three security engineers",
                "Introduced code review for nine product teams",
                "Owned the cloud cost dashboard for finance",
            ],
        }
    ],
}


def _status(line: str, doc: dict[str, Any] = MANAGER) -> str:
    item = assessed(doc, line, today=TODAY)
    return str(item["status"])


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("A track record of lowering cloud spend", "matched"),
        ("Cost reduction on Azure", "matched"),
        ("A track record of retaining engineers", "matched"),
        ("Managing multiple teams", "matched"),
        ("Experience managing more than one team", "matched"),
        ("Performance tuning of backend services", "matched"),
        ("Experience in logistics", "matched"),
        ("Experience with safety-critical software", "matched"),
        ("Configuration management", "matched"),
        ("Experience with agile", "matched"),
        ("Built a hiring pipeline", "matched"),
        ("Experience reducing alert fatigue", "matched"),
        ("Secrets management", "matched"),
        ("5+ years of embedded software experience", "matched"),
    ],
)
def test_asks_met_by_example_or_in_other_words(line: str, want: str) -> None:
    assert _status(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Leading several teams", "partial"),  # one team led: the thing at a smaller scope
        ("Managing multiple teams", "missing"),  # and no one managed or hired
        ("Reducing cloud costs", "partial"),  # a cost dashboard owned is no cost cut
        ("Improving retention of engineers", "missing"),
        ("Run performance reviews", "missing"),
    ],
)
def test_neighbouring_asks_stay_unmet(line: str, want: str) -> None:
    assert _status(line, TEAM_LEAD) == want


def test_customer_retention_is_not_people_kept() -> None:
    said = ["Brought regretted attrition in both teams to zero in 2025"]
    assert activity_hits("retain", "Retaining engineers on your team", said) == [0]
    assert activity_hits("retent", "Improve customer retention of our app", said) == []
    assert activity_hits("retent", "Data retention policies for our team", said) == []


def test_a_cost_is_shown_by_a_cut_with_its_money() -> None:
    bill = ["Cut the monthly Azure bill from €52,000 to €31,000"]
    assert activity_hits("spend", "Lowering cloud spend", bill) == [0]
    assert activity_hits("spend", "Lowering cloud spend", ["Cut build time from 20 to 4 minutes"]) == []
    assert activity_hits("cost", "Own the cloud cost dashboard", bill) == []  # no cut asked


def test_teams_led_need_a_count_and_a_leading_verb() -> None:
    assert leads_teams("Manage the Routing and Depot teams (two teams, 11 engineers)")
    assert not leads_teams("Introduced code review for nine product teams")
    assert not leads_teams("Lead a team of three security engineers")
    assert "teamsled" in norm_text("Managing several engineering teams", keep=False)
    assert "teamsled" not in norm_text("Manage two teams", keep=False)  # a count asked is checked as one


def test_performance_in_the_people_sense() -> None:
    assert people_sense_only("Skill: management: hiring, performance reviews, 1:1s")
    assert not people_sense_only("Performance reviews, and p99 performance work on the API")
    assert asks_people_sense("Run performance reviews for your reports")
    assert not asks_people_sense("Performance tuning of backend services")


def test_number_words_are_whole_words() -> None:
    assert re.search(NUMBER + r"\s+engineers", "hiring frontend engineers") is None
    assert re.search(NUMBER + r"\s+engineers", "hiring ten engineers") is not None


# A made-up owner: a mobile and platform engineer in Gdańsk.
MOBILE: dict[str, Any] = {
    "basics": {"name": "Ola Przyklad", "summary": "Mobile and platform engineer."},
    "work": [
        {
            "name": "Jantar Apps",
            "position": "Mobile Engineer",
            "startDate": "2019-02",
            "highlights": [
                "Built the shop app in React Native for iOS and Android",
                "Crash-free sessions went from 97.9% to 99.6% after fixing the top crash reports",
                "Grew the premium subscription conversion from 1.8% to 2.9% with a new paywall",
                "Scaled the API cluster with Karpenter and spot nodes",
                "Cut the p95 latency of the event feed from 700 ms to 90 ms",
                "Brake-controller firmware reviews to ISO 26262 and Automotive SPICE level 2",
            ],
        }
    ],
}


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Cross-platform mobile development", "matched"),
        ("Improving app stability", "matched"),
        ("Subscription growth", "matched"),
        ("Cluster autoscaling", "matched"),
        ("Low-latency event feeds", "matched"),
        ("Functional safety per ISO 26262", "matched"),
        ("ASPICE experience", "matched"),
        ("Interviewing and hiring frontend engineers", "missing"),  # no "ten" engineers asked, none hired
    ],
)
def test_more_asks_met_in_other_words(line: str, want: str) -> None:
    assert _status(line, MOBILE) == want


# A made-up owner: a Django developer in Cork who freelances and once ran a school's science club.
FREELANCER: dict[str, Any] = {
    "basics": {"name": "Aoife Sampla", "summary": "Backend developer. I ran a science club for pupils."},
    "work": [
        {
            "name": "Freelance",
            "position": "Backend Developer (contract)",
            "startDate": "2022-01",
            "highlights": [
                "Moved report generation to Celery workers so month-end runs no longer time out",
                "Wrote an invoice mailer on AWS Lambda and SQS",
                "Anonymised 400,000 stale customer records for GDPR",
                "Set up GitHub Actions CI/CD for two clients",
            ],
        }
    ],
}


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Asynchronous task queues", "matched"),
        ("Serverless experience on AWS", "matched"),
        ("Experience with GDPR and data privacy", "matched"),
        ("CI/CD pipelines with GitHub Actions", "matched"),
        ("Experience with non-technical clients", "matched"),
    ],
)
def test_practices_shown_by_the_tool_or_law_behind_them(line: str, want: str) -> None:
    assert _status(line, FREELANCER) == want


def test_pipelines_alone_ask_for_more_than_a_ci_tool() -> None:
    assert _status("CI/CD pipelines", TEAM_LEAD) != "matched"


# A made-up owner: a data-science tech lead who writes contract tests (and never worked on contract).
DS_LEAD: dict[str, Any] = {
    "basics": {"name": "Lina Esempio", "summary": "Machine learning engineer in Turin."},
    "work": [
        {
            "name": "Torino Retail",
            "position": "Tech lead, data science team",
            "startDate": "2021-01",
            "highlights": [
                "Technical lead of the five-person data science team behind demand forecasting",
                "Wrote consumer-driven contract tests for the forecast API",
            ],
        }
    ],
}


def test_a_team_led_is_not_another_team_worked_with() -> None:
    assert "crossteam" not in norm_text("Tech lead for a data science team", keep=False)
    assert "crossteam" in norm_text("Partner with the data science team", keep=False)
    assert _status("Tech lead experience for a data science team", DS_LEAD) == "matched"


def test_contract_tests_are_no_contract_work() -> None:
    assert _status("Experience working as a contractor", DS_LEAD) == "missing"
