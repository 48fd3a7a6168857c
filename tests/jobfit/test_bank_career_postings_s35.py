"""Probe postings a retail-bank branch manager turned business analyst and product owner receives, each
requirement labelled by hand from tests/jobfit/glasgow_owner.py before the matcher ran (analysing, specifying,
testing or owning a product against building it, banking years against software years, a branch's staff against a
software team, a lapsed adviser certificate, a course against a certification, the lending domain shown by the
employer's product)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.jobfit.glasgow_owner import OWNER, TODAY
from tests.probe_owner import ProbeOwner, status_of

SENIOR_BA = """# Senior Business Analyst
Harrowgate Building Society · Edinburgh (hybrid)

## What you'll bring
- 5+ years of business analysis experience
- 7+ years of experience in business analysis or product ownership
- Experience running requirements workshops with stakeholders
- Writing user stories and acceptance criteria
- Process modelling in BPMN
- SQL
- Experience with Tableau or Power BI
- Experience coordinating user acceptance testing
- CBAP or another IIBA certification
- An agile business analysis certification
- Experience in financial services
- Experience with Visio or Lucidchart
- Bachelor's degree
"""

PRODUCT_MANAGER = """# Senior Product Manager, Lending
Quaystone Credit · London or remote (UK)

## Requirements
- 5+ years of product management experience
- 10+ years of experience in financial services
- Experience owning a product roadmap
- Lending or credit domain experience
- Experience with loan origination systems
- A track record of measurable outcomes for customers
- Payments experience
- Experience working with engineering teams in an agile environment
- Strong SQL skills
- Experience writing production code
- Experience managing product managers
- A current mortgage adviser qualification
- MBA
"""

DATA_ANALYST = """# Data Analyst
Pellow Retail Finance · Glasgow (hybrid)

## Requirements
- 3+ years of experience as a data analyst
- Advanced SQL
- Python for data analysis
- pandas
- Power BI
- Tableau
- dbt
- Experience designing A/B tests
- Experience building ETL pipelines
- Excel
- Degree in economics, statistics, mathematics or a related field
"""

SCRUM_MASTER = """# Agile Delivery Lead (Scrum Master)
Kilncroft Digital · Remote (UK)

## Requirements
- 3+ years of experience as a Scrum Master
- Scrum certification (CSM, PSM I or equivalent)
- Certified ScrumMaster (CSM)
- Facilitating Scrum ceremonies (stand-ups, sprint reviews, retrospectives)
- Experience with Jira
- SAFe
- Experience coaching teams in agile practices
- Experience removing impediments and managing delivery risks
- Experience working with two or more teams
- Kanban
"""

HEAD_OF_PRODUCT = """# Head of Product
Tallowmere Fintech · London

## Requirements
- 8+ years of product management experience
- 3+ years managing a team of product managers
- People management experience including hiring and performance reviews
- P&L ownership
- Experience setting product strategy and vision
- Experience managing a product budget
- Fintech or financial services experience
- Experience leading a team of 10 or more
- A commercial track record against revenue targets
- Experience presenting to the board
"""

BACKEND_ENGINEER = """# Backend Engineer (Java)
Ledgerhythm · Glasgow or remote (UK)

## Requirements
- 5+ years of software engineering experience
- Java
- Spring Boot
- Experience building REST APIs
- Strong SQL
- Experience participating in an on-call rotation
- Kafka
- Experience writing automated tests
- Experience in the lending or financial services domain
- Bachelor's degree in Computer Science or a related field
"""

PRODUCT_OWNER_JSON: dict[str, Any] = {
    "title": "Product Owner, Payments",
    "company": "Fernbrook Pay",
    "experience": "4+ years of product ownership experience",
    "responsibilities": [
        "Own and prioritise the product backlog",
        "Write user stories with clear acceptance criteria",
        "Run discovery workshops with customers",
        "Lead a team of six engineers",
        "Build payment integrations in Java",
    ],
    "qualifications": [
        "Experience with card payments or open banking",
        "Certified Scrum Product Owner or similar",
        "A banking background",
        "Bachelor's degree",
    ],
    "skills": [
        {"name": "SQL", "level": "Advanced"},
        {"name": "Python", "level": "Advanced"},
        {"name": "Confluence"},
        {"name": "BPMN"},
    ],
    "tools": ["Jira"],
}

# Every label below was written from the owner's facts before the matcher ran (the file as first written is
# kept beside the session's notes). Twenty-one statuses read otherwise at first; eight were fixed by mechanisms
# (tests in tests/jobfit/test_bank_career_mechanisms_s35.py): a branch manager's, a business analyst's and a
# product owner's years read as years of software engineering; "automated tests" met by a coordinated user
# acceptance test; a lapsed adviser certificate met "a current ... qualification"; a three-day course met "an
# agile business analysis certification"; two years teaching business analysis counted as years of it; and a
# product owner's years were no years of product management (three asks). Where the matcher still reads a label
# otherwise, the status asserted is the matcher's, with the label in a comment and in _READ_OTHERWISE.
POSTINGS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "senior-ba": (
        SENIOR_BA,
        [
            ("5+ years of business analysis experience", "partial"),
            ("7+ years of experience in business analysis or product ownership", "matched"),
            ("Experience running requirements workshops with stakeholders", "matched"),
            ("Writing user stories and acceptance criteria", "matched"),
            ("Process modelling in BPMN", "partial"),  # labelled matched
            ("SQL", "matched"),
            ("Experience with Tableau or Power BI", "matched"),
            ("Experience coordinating user acceptance testing", "matched"),
            ("CBAP or another IIBA certification", "missing"),
            ("An agile business analysis certification", "partial"),
            ("Experience in financial services", "matched"),
            ("Experience with Visio or Lucidchart", "missing"),
            ("Bachelor's degree", "matched"),
        ],
    ),
    "product-manager": (
        PRODUCT_MANAGER,
        [
            ("5+ years of product management experience", "matched"),
            ("10+ years of experience in financial services", "matched"),
            ("Experience owning a product roadmap", "matched"),
            ("Lending or credit domain experience", "matched"),
            ("Experience with loan origination systems", "matched"),
            ("A track record of measurable outcomes for customers", "missing"),  # labelled matched
            ("Payments experience", "missing"),
            ("Experience working with engineering teams in an agile environment", "matched"),
            ("Strong SQL skills", "matched"),
            ("Experience writing production code", "missing"),
            ("Experience managing product managers", "missing"),
            ("A current mortgage adviser qualification", "partial"),
            ("MBA", "missing"),
        ],
    ),
    "data-analyst": (
        DATA_ANALYST,
        [
            ("3+ years of experience as a data analyst", "missing"),  # labelled partial
            ("Advanced SQL", "matched"),
            ("Python for data analysis", "partial"),  # labelled matched
            ("pandas", "missing"),
            ("Power BI", "matched"),
            ("Tableau", "missing"),
            ("dbt", "missing"),
            ("Experience designing A/B tests", "missing"),
            ("Experience building ETL pipelines", "missing"),
            ("Excel", "matched"),
            ("Degree in economics, statistics, mathematics or a related field", "matched"),
        ],
    ),
    "scrum-master": (
        SCRUM_MASTER,
        [
            ("3+ years of experience as a Scrum Master", "missing"),  # labelled partial
            ("Scrum certification (CSM, PSM I or equivalent)", "partial"),  # labelled matched
            ("Certified ScrumMaster (CSM)", "missing"),
            (
                "Facilitating Scrum ceremonies (stand-ups, sprint reviews, retrospectives)",
                "missing",
            ),  # labelled partial
            ("Experience with Jira", "matched"),
            ("SAFe", "missing"),
            ("Experience coaching teams in agile practices", "matched"),  # labelled missing
            ("Experience removing impediments and managing delivery risks", "missing"),
            ("Experience working with two or more teams", "matched"),
            ("Kanban", "missing"),
        ],
    ),
    "head-of-product": (
        HEAD_OF_PRODUCT,
        [
            ("8+ years of product management experience", "partial"),
            ("3+ years managing a team of product managers", "missing"),
            ("People management experience including hiring and performance reviews", "matched"),
            ("P&L ownership", "missing"),
            ("Experience setting product strategy and vision", "missing"),  # labelled partial
            ("Experience managing a product budget", "missing"),
            ("Fintech or financial services experience", "matched"),
            ("Experience leading a team of 10 or more", "matched"),
            ("A commercial track record against revenue targets", "missing"),  # labelled matched
            ("Experience presenting to the board", "missing"),
        ],
    ),
    "backend-engineer": (
        BACKEND_ENGINEER,
        [
            ("5+ years of software engineering experience", "missing"),
            ("Java", "missing"),
            ("Spring Boot", "missing"),
            ("Experience building REST APIs", "missing"),
            ("Strong SQL", "matched"),
            ("Experience participating in an on-call rotation", "missing"),
            ("Kafka", "missing"),
            ("Experience writing automated tests", "missing"),
            ("Experience in the lending or financial services domain", "matched"),
            ("Bachelor's degree in Computer Science or a related field", "missing"),
        ],
    ),
    "product-owner-json": (
        json.dumps(PRODUCT_OWNER_JSON),
        [
            ("4+ years of product ownership experience", "matched"),
            ("Own and prioritise the product backlog", "partial"),  # labelled matched
            ("Write user stories with clear acceptance criteria", "matched"),
            ("Run discovery workshops with customers", "missing"),  # labelled matched
            ("Lead a team of six engineers", "partial"),
            ("Build payment integrations in Java", "missing"),
            ("Experience with card payments or open banking", "missing"),
            ("Certified Scrum Product Owner or similar", "matched"),
            ("A banking background", "matched"),
            ("Bachelor's degree", "matched"),
            ("SQL", "matched"),
            ("Python", "matched"),  # labelled partial
            ("Confluence", "matched"),
            ("BPMN", "matched"),
        ],
    ),
}


PROBE = ProbeOwner(OWNER)


@pytest.mark.parametrize("name", sorted(POSTINGS))
def test_each_requirement_of_a_bank_career_posting(name: str) -> None:
    job, labelled = POSTINGS[name]
    wrong = PROBE.wrong_labels(job, labelled, TODAY)
    assert not wrong, wrong


# Labels given before the matcher ran that it still reads otherwise. Overclaims: coaching teams in agile
# practices met by Scrum teams worked with and an evening course taught (the coaching only partly shown, its
# objects shown elsewhere); "Python" at Advanced met by a Python skill listed without a level, used only in
# notebooks. Underclaims: years "as a data analyst" or "as a Scrum Master" with the work shown under another
# title (read as nothing, not as related work); a Scrum certificate against "(CSM, PSM I or equivalent)" read as
# the kind and not the one named; ceremonies half shown (sprint reviews, refinement) read as none; a branch
# sales target attained not read as a commercial track record; an approval time cut not read as an outcome;
# workshops with lenders not read as discovery; "prioritise" not read from owning the backlog; "Python for data
# analysis" against notebooks for analysis; "process modelling" against process maps in BPMN.
_READ_OTHERWISE = [
    ("scrum-master", "Experience coaching teams in agile practices", "missing"),
    ("product-owner-json", "Python", "partial"),
    ("data-analyst", "3+ years of experience as a data analyst", "partial"),
    ("scrum-master", "3+ years of experience as a Scrum Master", "partial"),
    ("scrum-master", "Scrum certification (CSM, PSM I or equivalent)", "matched"),
    ("scrum-master", "Facilitating Scrum ceremonies (stand-ups, sprint reviews, retrospectives)", "partial"),
    ("head-of-product", "A commercial track record against revenue targets", "matched"),
    ("head-of-product", "Experience setting product strategy and vision", "partial"),
    ("product-manager", "A track record of measurable outcomes for customers", "matched"),
    ("product-owner-json", "Run discovery workshops with customers", "matched"),
    ("product-owner-json", "Own and prioritise the product backlog", "matched"),
    ("data-analyst", "Python for data analysis", "matched"),
    ("senior-ba", "Process modelling in BPMN", "matched"),
]


@pytest.mark.xfail(strict=True, reason="pre-run labels the matcher still reads otherwise")
@pytest.mark.parametrize(("name", "text", "label"), _READ_OTHERWISE)
def test_labels_the_matcher_reads_otherwise(name: str, text: str, label: str) -> None:
    assert status_of(PROBE.statuses(POSTINGS[name][0], TODAY), text) == label
