"""A made-up owner whose career began in a retail bank: a cashier, personal banker and branch manager of fourteen
staff, then a business analyst and product owner at a lending-software company who does not write production code,
with a part-time tutoring contract alongside. The job-fit probe postings of
tests/jobfit/test_bank_career_postings_s35.py read her."""

from __future__ import annotations

import datetime as dt
from typing import Any

TODAY = dt.date(2026, 12, 7)

# Facts the probe labels rest on (years to 2026-12):
#   SHOWN: working since 2010-03 (~16.8 years); retail banking at Strathmore Bank 2010-03..2018-02 (8 years): cashier
#     2010-03..2012-08, personal banker 2012-09..2015-05 (mortgage and savings advice), branch manager
#     2015-06..2018-02 (~2.7 years; 14 staff, hired 6, ran yearly appraisals, attained 112% of the branch sales
#     target in 2017); Diploma in Retail Banking (2013); Certified Mortgage Adviser certificate 2013-04, lapsed 2019;
#     software company since 2018-03 (~8.8 years, all of it analysis and product work, none of it writing production
#     code): business analyst at Loanwright 2018-03..2021-06 (requirements workshops, user stories and acceptance
#     criteria in Jira, BPMN process maps, SQL queries for analysis, Power BI dashboards, UAT with lenders); product
#     owner 2021-07..2023-12; senior product owner since 2024-01 (~2.9 years; owns the backlog of Loanwright
#     Originate, a loan-origination product used by 37 lenders, cut approval time from five days to nine hours;
#     works with two Scrum teams of 11 engineers, no reports); product owner or above since 2021-07 (~5.4 years);
#     Certified Scrum Product Owner (CSPO) 2021-09; a three-day Agile Business Analysis course (no certificate);
#     part-time business-analysis tutor at Clydeview Training 2022-09..2024-06 (overlapping); BA (Hons) Economics;
#     SQL Advanced, Python (Jupyter notebooks for analysis only), Power BI, Jira, Confluence, BPMN, Excel; English
#     native; UK right to work, one month's notice, remote or hybrid Glasgow (summary only).
#   NOT SHOWN: production code in any language, Java, Spring, on-call, microservices, Kubernetes, AWS, Tableau,
#     Looker, dbt, a master's degree, an MBA, CBAP/IIBA certification, Certified ScrumMaster (CSM), SAFe, a Scrum
#     master role, P&L ownership, a product budget, managing product managers or engineers, payments products,
#     credit-risk modelling, machine learning.
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Catriona Mbeki-Lindsay",
        "label": "Senior Product Owner",
        "summary": (
            "Former retail-bank branch manager turned business analyst and product owner for lending software. "
            "Eight years in a bank, then eight years turning lenders' needs into product. Based in Glasgow; UK "
            "right to work, no sponsorship needed. Open to remote or hybrid roles; one month's notice."
        ),
    },
    "work": [
        {
            "name": "Loanwright",
            "description": "Lending-software company; loan-origination and servicing software for banks",
            "position": "Senior Product Owner",
            "startDate": "2024-01",
            "highlights": [
                "Own the product backlog of Loanwright Originate, a loan-origination product used by 37 lenders",
                "Cut average loan approval time from five days to nine hours with automated affordability checks",
                "Work with two Scrum teams of 11 engineers and set the sprint goals with them",
                "Write the quarterly roadmap with the head of product",
            ],
        },
        {
            "name": "Loanwright",
            "description": "Lending-software company",
            "position": "Product Owner",
            "startDate": "2021-07",
            "endDate": "2023-12",
            "highlights": [
                "Wrote user stories and acceptance criteria in Jira for the origination workflow",
                "Ran sprint reviews and backlog refinement with the delivery team",
            ],
        },
        {
            "name": "Loanwright",
            "description": "Lending-software company",
            "position": "Business Analyst",
            "startDate": "2018-03",
            "endDate": "2021-06",
            "highlights": [
                "Ran requirements workshops with lenders and underwriters",
                "Mapped the lending processes in BPMN",
                "Wrote SQL queries to analyse application drop-off",
                "Built Power BI dashboards for the lending operations team",
                "Coordinated user acceptance testing (UAT) with lenders",
            ],
        },
        {
            "name": "Clydeview Training",
            "description": "Part-time contract, alongside the product work",
            "position": "Business Analysis Tutor",
            "startDate": "2022-09",
            "endDate": "2024-06",
            "highlights": ["Taught an evening course in business analysis to career changers"],
        },
        {
            "name": "Strathmore Bank",
            "description": "Retail bank",
            "position": "Branch Manager",
            "startDate": "2015-06",
            "endDate": "2018-02",
            "highlights": [
                "Managed a branch of 14 staff; hired six and ran their yearly appraisals",
                "Attained 112% of the branch sales target in 2017",
            ],
        },
        {
            "name": "Strathmore Bank",
            "description": "Retail bank",
            "position": "Personal Banker",
            "startDate": "2012-09",
            "endDate": "2015-05",
            "highlights": ["Advised customers on mortgages and savings"],
        },
        {
            "name": "Strathmore Bank",
            "description": "Retail bank",
            "position": "Cashier",
            "startDate": "2010-03",
            "endDate": "2012-08",
            "highlights": ["Served customers at the counter"],
        },
    ],
    "education": [
        {
            "institution": "University of Stirling",
            "studyType": "Bachelor's",
            "area": "Economics (BA Hons)",
            "startDate": "2006-09",
            "endDate": "2010-06",
        },
        {
            "institution": "Institute of Retail Banking",
            "studyType": "Diploma",
            "area": "Retail Banking",
            "endDate": "2013-06",
        },
        {
            "institution": "Northgate Academy",
            "studyType": "Course",
            "area": "Agile Business Analysis (three-day course)",
            "endDate": "2019-05",
        },
    ],
    "certificates": [
        {"name": "Certified Scrum Product Owner (CSPO)", "date": "2021-09", "issuer": "Scrum Alliance"},
        {
            "name": "Certified Mortgage Adviser (lapsed in 2019)",
            "date": "2013-04",
            "issuer": "Institute of Retail Banking",
        },
    ],
    "skills": [
        {"name": "SQL", "level": "Advanced"},
        {"name": "Python", "keywords": ["Jupyter notebooks for analysis"]},
        {"name": "Business analysis", "keywords": ["requirements workshops", "user stories", "BPMN", "UAT"]},
        {"name": "Product ownership", "keywords": ["backlog", "roadmap", "Scrum"]},
        {"name": "Tools", "keywords": ["Jira", "Confluence", "Power BI", "Excel"]},
    ],
    "languages": [{"language": "English", "fluency": "Native speaker"}],
}
