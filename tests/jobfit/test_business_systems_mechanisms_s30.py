"""The mechanisms behind the business-systems probe postings, each on its own made-up owner: a spreadsheet
product named by a praise word's stem, years of a field dated by the team served, certificate ladders
numbered in Roman numerals, back-office careers before software, and a move offered beside a "no"."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Work
from heyfolio.jobfit.career import is_field_work
from heyfolio.jobfit.served_teams import without_teams_served
from heyfolio.jobfit.tiers import lower_tier_held
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 7)


def _status(doc: dict[str, Any], line: str) -> str:
    return str(assessed({"basics": {"name": "Test Owner"}, **doc}, line, today=TODAY)["status"])


def test_a_capitalised_product_named_like_praise_is_asked_not_skipped() -> None:
    doc = {"skills": [{"name": "Power BI", "level": "Advanced", "keywords": ["DAX"]}]}
    assert _status(doc, "Advanced Excel skills") == "missing"
    assert _status(doc, "Advanced Power BI skills") == "matched"
    assert _status({"skills": [{"name": "Excel", "keywords": ["pivot tables"]}]}, "Excel") == "matched"


def test_the_team_a_line_was_done_for_is_taken_out_of_its_years() -> None:
    assert without_teams_served("Built dashboards for the marketing team in Looker").split() == [
        "Built", "dashboards", "in", "Looker",
    ]  # fmt: skip
    assert without_teams_served("Wrote invoices for customers") == "Wrote invoices for customers"
    doc = {
        "work": [
            {
                "name": "Harbour Tools",
                "position": "Data Engineer",
                "startDate": "2019-01",
                "highlights": ["Built the reporting pipelines for the marketing team"],
            }
        ]
    }
    assert _status(doc, "5+ years of marketing experience") != "matched"
    assert _status(doc, "5+ years of data engineering") == "matched"


def test_a_certificate_ladder_numbered_in_roman_numerals() -> None:
    held = [(7, "Certificate: Salesforce Certified Platform Developer I issued by Salesforce (2020-06)")]
    assert lower_tier_held("Salesforce Platform Developer II certification", held) == 7
    assert lower_tier_held("Salesforce Platform Developer I certification", held) is None
    other = [(3, "Certificate: Salesforce Certified Administrator issued by Salesforce (2017-11)")]
    assert lower_tier_held("Salesforce Platform Developer II certification", other) is None
    doc = {"certificates": [{"name": "Professional Scrum Master I (PSM I)", "issuer": "Scrum.org"}]}
    assert _status(doc, "Professional Scrum Master II (PSM II)") != "matched"


def test_back_office_jobs_before_software_are_another_career() -> None:
    assert not is_field_work(Work(name="Noord Retail", position="Accounts Payable Clerk"))
    assert not is_field_work(Work(name="Lindeboom Verzekeringen", position="Claims Handler"))
    assert not is_field_work(Work(name="Gemeente Zwolle", position="Payroll Officer"))
    assert is_field_work(Work(name="Lindeboom Verzekeringen", position="Payroll Systems Analyst"))
    assert is_field_work(Work(name="Kestrel Foods", position="Salesforce Administrator"))
    doc = {
        "work": [
            {"name": "Dune CRM", "position": "CRM Developer", "startDate": "2020-01"},
            {
                "name": "Noord Retail",
                "position": "Accounts Payable Clerk",
                "startDate": "2010-01",
                "endDate": "2019-12",
            },
        ]
    }
    assert _status(doc, "10+ years of software development experience") == "partial"


def test_a_move_offered_beside_a_no_of_another_clause() -> None:
    doc = {"basics": {"name": "Test Owner", "summary": "No visa sponsorship needed; open to relocation."}}
    assert _status(doc, "Willingness to relocate") == "matched"
    refused = {"basics": {"name": "Test Owner", "summary": "I am not able to relocate."}}
    assert _status(refused, "Willingness to relocate") == "missing"


def test_a_platform_vendor_before_its_feature_is_the_feature_on_that_platform() -> None:
    doc = {
        "skills": [{"name": "Salesforce", "keywords": ["Apex", "Flow"]}, {"name": "ServiceNow"}],
        "work": [{"name": "Tulp CRM", "position": "CRM Developer", "startDate": "2021-01"}],
    }
    assert _status(doc, "Experience with Salesforce Flow") == "matched"
    assert _status(doc, "Salesforce CPQ") == "missing"
    assert _status(doc, "ServiceNow ITSM") == "missing"
    assert _status(doc, "Experience with ServiceNow") == "matched"
