"""A made-up owner whose career began in accountancy: a chartered accountant (ACA) who spent six years in audit at a
large firm, then built finance systems and data platforms, freelanced alongside, and is now a senior engineer at a
fintech. The job-fit probe postings of tests/jobfit/test_accountant_career_postings_s33.py read him."""

from __future__ import annotations

import datetime as dt
from typing import Any

TODAY = dt.date(2026, 12, 7)

# Facts the probe labels rest on (years to 2026-12):
#   SHOWN: professional since 2011-09 (~15.3 years); audit at Harrowgate Mercer 2011-09..2017-08 (6 years): audit
#     associate and senior 2011-09..2015-08 (led fieldwork teams of 3, no management), audit manager 2015-09..2017-08
#     (2 years managing audit teams of up to 8 with staffing plans and annual appraisals); ACA qualified 2014-10
#     (~12 years post-qualification); ICAEW practising certificate lapsed 2019; software/data work since 2017-09
#     (~9.3 years): finance systems engineer 2017-09..2021-05 (SQL, Python, dbt, Snowflake, Power BI, NetSuite and
#     SAP S/4HANA integrations, the Tally reconciliation tool used by 40 finance staff saving 120 hours a month,
#     month-end close cut from 8 to 4 working days, IFRS 16 lease schedules); freelance finance data consultant
#     2020-03..2022-06 (overlapping both jobs; 2.3 years; NetSuite and dbt for clients); NetSuite and dbt in all
#     2017-09..2022-06 (~4.8 years, not the 6 years the two spans add up to); senior software engineer at a fintech
#     (FCA-authorised e-money institution) since 2021-06 (~5.5 years): Python, PostgreSQL, AWS, Airflow, payments
#     reconciliation and ledger, tech lead of a four-engineer squad (no reports), interviewed 12 and helped hire 3,
#     mentors two; SnowPro Core expired 2024-03; MSc Accounting and Finance, BSc Economics; SQL Expert, Python
#     Advanced, dbt Advanced; Leeds, British citizen, no sponsorship, remote or hybrid, one month's notice (summary).
#   NOT SHOWN: Looker, Fivetran, Kafka, Go, Kubernetes, SuiteScript, US GAAP, Workday, Microsoft Dynamics, FP&A
#     (budgeting/forecasting), Anaplan, a budget owned, Scrum, travel, German, a computer-science degree, managing
#     engineers, a NetSuite certification.
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Callum Adeyemi-Ross",
        "label": "Senior Software Engineer",
        "summary": (
            "Chartered accountant turned finance-systems and data engineer: six years in audit, then nine years "
            "building finance data platforms and reconciliation software. Based in Leeds; British citizen, no visa "
            "sponsorship needed in the UK. Open to remote or hybrid roles; notice period of one month."
        ),
    },
    "work": [
        {
            "name": "Ledgerkite",
            "description": "Fintech, an FCA-authorised e-money institution",
            "position": "Senior Software Engineer",
            "startDate": "2021-06",
            "highlights": [
                "Build the payments reconciliation service in Python on PostgreSQL and AWS",
                "Schedule the ledger pipelines in Airflow",
                "Tech lead of the four-engineer reconciliation squad",
                "Interviewed 12 engineering candidates and helped hire 3",
                "Mentor two junior engineers",
            ],
        },
        {
            "name": "Adeyemi Data",
            "description": "Freelance practice",
            "position": "Freelance Finance Data Consultant",
            "startDate": "2020-03",
            "endDate": "2022-06",
            "highlights": [
                "Built NetSuite-to-Snowflake pipelines in dbt for three scale-up clients",
                "Power BI management packs for the clients' CFOs",
            ],
        },
        {
            "name": "Orrin Retail Group",
            "description": "Retailer, 3,000 staff",
            "position": "Finance Systems Engineer",
            "startDate": "2017-09",
            "endDate": "2021-05",
            "highlights": [
                "Built Tally, a Python and SQL reconciliation tool used by 40 finance staff, saving 120 hours a month",
                "Integrated NetSuite and SAP S/4HANA with Snowflake and modelled the general ledger in dbt",
                "Cut the month-end close from 8 working days to 4",
                "Automated the IFRS 16 lease schedules",
                "Power BI dashboards for the CFO",
            ],
        },
        {
            "name": "Harrowgate Mercer LLP",
            "description": "Audit and advisory, one of the ten largest UK accountancy firms",
            "position": "Audit Manager",
            "startDate": "2015-09",
            "endDate": "2017-08",
            "highlights": [
                "Managed audit teams of up to 8: staffing plans and annual appraisals",
                "Audited IFRS financial statements of retail and manufacturing groups",
            ],
        },
        {
            "name": "Harrowgate Mercer LLP",
            "description": "Audit and advisory",
            "position": "Audit Associate, then Audit Senior",
            "startDate": "2011-09",
            "endDate": "2015-08",
            "highlights": [
                "Led fieldwork teams of 3 as audit senior",
                "Qualified as a chartered accountant (ACA) in 2014",
            ],
        },
    ],
    "education": [
        {
            "institution": "University of Leeds",
            "studyType": "Master's",
            "area": "Accounting and Finance (MSc)",
            "startDate": "2010-09",
            "endDate": "2011-08",
        },
        {
            "institution": "University of Sheffield",
            "studyType": "Bachelor's",
            "area": "Economics (BSc)",
            "startDate": "2007-09",
            "endDate": "2010-06",
        },
    ],
    "certificates": [
        {"name": "ACA, Chartered Accountant", "date": "2014-10", "issuer": "ICAEW"},
        {"name": "ICAEW practising certificate (lapsed in 2019)", "date": "2016-01", "issuer": "ICAEW"},
        {"name": "SnowPro Core Certification (expired 2024-03)", "date": "2022-03", "issuer": "Snowflake"},
    ],
    "skills": [
        {"name": "SQL", "level": "Expert"},
        {"name": "Python", "level": "Advanced"},
        {
            "name": "Data engineering",
            "level": "Advanced",
            "keywords": ["dbt", "Snowflake", "Airflow", "PostgreSQL"],
        },
        {"name": "Finance systems", "keywords": ["NetSuite", "SAP S/4HANA", "Power BI"]},
        {"name": "Cloud", "keywords": ["AWS"]},
        {"name": "Accounting", "keywords": ["IFRS", "IFRS 16", "month-end close", "external audit"]},
    ],
    "languages": [{"language": "English", "fluency": "Native speaker"}],
}
