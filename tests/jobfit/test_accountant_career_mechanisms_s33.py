"""Mechanisms for owners who came to software from accountancy, each over a small made-up owner: audit and tax
grades are another career's years, appraisals are performance reviews, a lapsed practising certificate is not
held because the body issued another one, teams managed in another trade are not engineers managed, "teams of up
to 8" is a group led, lower-case tool names date their years, years after qualifying count from the
qualification, and time saved is no budget."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio, Work
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.career import is_field_work
from heyfolio.jobfit.post_qualification import asks_post_qualification, qualified_since
from heyfolio.jobfit.stack import lower_case_names, named_tools
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 7)

# A made-up owner: tax associate and tax manager at an accountancy firm 2012-09..2018-08 (managed a team, with
# yearly appraisals, from 2016-09), CPA since 2014-06, a lapsed state practising licence, then an analytics
# engineer at a software company since 2018-09 (~8.3 years of software work).
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Marit Oyelowo-Haas",
        "label": "Analytics Engineer",
        "summary": "Tax adviser turned engineer.",
    },
    "work": [
        {
            "name": "Quarrybook",
            "description": "Accounting software company",
            "position": "Analytics Engineer",
            "startDate": "2018-09",
            "highlights": [
                "Model the billing data in dbt on BigQuery",
                "Built a churn dashboard, saving the finance team 30 hours a month",
            ],
        },
        {
            "name": "Pell & Amundsen",
            "description": "Accountancy firm",
            "position": "Tax Manager",
            "startDate": "2016-09",
            "endDate": "2018-08",
            "highlights": [
                "Managed tax teams of up to 6, with yearly appraisals",
                "Used dbt to tidy the tax data",
            ],
        },
        {
            "name": "Pell & Amundsen",
            "description": "Accountancy firm",
            "position": "Tax Associate",
            "startDate": "2012-09",
            "endDate": "2016-08",
            "highlights": ["Prepared corporate tax returns"],
        },
    ],
    "certificates": [
        {"name": "CPA", "date": "2014-06", "issuer": "Ohio Board of Accountancy"},
        {
            "name": "Ohio Board of Accountancy practising permit (lapsed in 2018)",
            "date": "2015-01",
            "issuer": "Ohio Board of Accountancy",
        },
    ],
    "skills": [{"name": "Analytics", "keywords": ["dbt", "BigQuery", "SQL"]}],
}


def _statuses(*asks: str, owner: dict[str, Any] = OWNER) -> dict[str, str]:
    resume, problems = parse_resume(dict(owner), "resume.json")
    assert resume is not None, problems
    portfolio = Portfolio(resume=resume)
    job = "# Engineer\nAcme Ledger\n\n## Requirements\n" + "".join(f"- {a}\n" for a in asks)
    report = assess_job(job, portfolio, chunk_portfolio(portfolio), today=TODAY)
    return {str(r["requirement"]): str(r["status"]) for r in report["requirements"]}


def test_audit_and_tax_grades_are_another_career() -> None:
    assert not is_field_work(Work(name="Big firm", position="Audit Senior"))
    assert not is_field_work(Work(name="Pell & Amundsen", description="Accountancy firm", position="Manager"))
    assert is_field_work(Work(name="Big firm", position="IT Audit Manager"))
    got = _statuses(
        "10+ years of software engineering experience", "8+ years of software engineering experience"
    )
    assert got["10+ years of software engineering experience"] == "partial"
    assert got["8+ years of software engineering experience"] == "matched"


def test_appraisals_show_performance_reviews_not_speed() -> None:
    got = _statuses("Experience running performance reviews", "Performance tuning of SQL queries")
    assert got["Experience running performance reviews"] == "matched"
    assert got["Performance tuning of SQL queries"] != "matched"


def test_a_lapsed_practising_permit_is_not_held_for_the_body_s_other_credential() -> None:
    got = _statuses("Current Ohio Board of Accountancy practising permit", "CPA")
    assert got["Current Ohio Board of Accountancy practising permit"] == "partial"
    assert got["CPA"] == "matched"


def test_people_managed_in_another_trade_are_not_engineers_managed() -> None:
    got = _statuses(
        "Experience managing a team of data engineers", "3+ years of people management experience"
    )
    assert got["Experience managing a team of data engineers"] == "partial"
    assert got["3+ years of people management experience"] == "partial"


def test_teams_of_up_to_n_are_a_group_led() -> None:
    got = _statuses("Experience leading a team of 5 or more", "Experience leading a team of 8 or more")
    # the tax manager's "teams of up to 6": six people led at most
    assert got["Experience leading a team of 5 or more"] == "matched"
    assert got["Experience leading a team of 8 or more"] == "partial"


def test_lower_case_names_listed_as_skills_date_their_years() -> None:
    listed = lower_case_names(["dbt", "BigQuery", "SQL", "data modelling", "and"])
    assert listed == frozenset({"dbt"})
    assert "dbt" in named_tools("Model the billing data in dbt on BigQuery", listed)
    assert "dbt" not in named_tools("Model the billing data in dbt on BigQuery")
    got = _statuses("8+ years of experience with dbt", "10+ years of experience with dbt")
    # dbt in the tax manager's bullets (2016-09) and the analytics role: ~10.3 years
    assert got["8+ years of experience with dbt"] == "matched"


def test_years_after_qualifying_count_from_the_qualification() -> None:
    assert asks_post_qualification("5+ years' post-qualification experience")
    assert asks_post_qualification("3 years PQE")
    assert not asks_post_qualification("5+ years of experience with qualifications data")
    got = _statuses(
        "10+ years of post-qualification experience", "15+ years of post-qualification experience"
    )
    assert got["10+ years of post-qualification experience"] == "matched"
    assert got["15+ years of post-qualification experience"] == "partial"
    # the lapsed permit dates no qualification; a sentence saying when one qualified does
    assert (
        qualified_since([(0, "certificate", "Certificate: permit (lapsed in 2018) issued by X (2015-01)")])
        is None
    )
    assert qualified_since([(3, "work", "Qualified as a solicitor in 2016")]) == (2016.0, 3)


def test_time_saved_is_no_budget() -> None:
    got = _statuses("Ownership of a team budget")
    assert got["Ownership of a team budget"] == "missing"
    spender = dict(OWNER)
    spender["work"] = [
        {**OWNER["work"][0], "highlights": ["Cut the BigQuery bill from $9,000 to $4,000 a month"]},
        *OWNER["work"][1:],
    ]
    assert _statuses("Ownership of a team budget", owner=spender)["Ownership of a team budget"] == "partial"


# A made-up owner who integrated an ERP and wrote lease schedules under one accounting standard.
_LEDGER_OWNER: dict[str, Any] = {
    "basics": {"name": "Ines Vardakis", "label": "Finance Systems Engineer"},
    "work": [
        {
            "name": "Brindle Foods",
            "position": "Finance Systems Engineer",
            "startDate": "2020-01",
            "highlights": [
                "Synced Odoo invoices into PostgreSQL for the finance team",
                "Automated the IFRS 16 lease schedules",
            ],
        }
    ],
}


def test_an_erp_is_shown_by_the_one_integrated() -> None:
    got = _statuses("Experience with ERP systems", "Microsoft Dynamics 365", owner=_LEDGER_OWNER)
    assert got["Experience with ERP systems"] == "matched"
    assert got["Microsoft Dynamics 365"] == "missing"  # another ERP is another product


def test_an_accounting_standard_is_named_by_its_number() -> None:
    got = _statuses(
        "Experience with IFRS 9", "Experience with IFRS 16", "IFRS 9 or IFRS 16", owner=_LEDGER_OWNER
    )
    assert got["Experience with IFRS 9"] == "missing"
    assert got["Experience with IFRS 16"] == "matched"
    assert got["IFRS 9 or IFRS 16"] == "matched"
