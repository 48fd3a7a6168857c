"""A made-up owner whose career began outside software: accounts payable, then Salesforce admin, developer and
business-systems lead. The job-fit probe postings of tests/jobfit/test_business_systems_postings_s30.py read her."""

from __future__ import annotations

import datetime as dt
from typing import Any

TODAY = dt.date(2026, 12, 7)

# Facts the probe labels rest on (years to 2026-12):
#   SHOWN: accounts payable 2009-06..2017-02 (~7.7 years, finance operations); Salesforce since 2017-03
#     (admin 2017-03..2019-08, ~2.4 years; developer 2019-09..2022-05; lead since 2023-05, ~3.6 years);
#     Apex/LWC since 2019-09; insurance 2019-09..2022-05 (~2.7 years); ServiceNow since 2024-02 (~2.8 years);
#     NetSuite integration; Platform Events; REST and SOAP; Sales Cloud and Service Cloud; Flows;
#     procure-to-pay, three-way match, month-end close, accruals; leads four engineers without reports;
#     Salesforce Administrator and Platform Developer I (active), ServiceNow CSA (lapsed 2023);
#     Bachelor of Business Administration (Accounting); career break 2022-06..2023-04;
#     EU citizen, open to relocation, one month's notice (summary only).
#   NOT SHOWN: CPQ, Marketing Cloud, MuleSoft, Boomi, Pardot, ITIL, ITSM, Python, Excel, CPA/ACCA,
#     Platform Developer II, Application Architect, Advanced Administrator, Master's degree, CS degree,
#     line management, hiring.
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Agnieszka Veldkamp",
        "label": "Lead Business Systems Engineer",
        "summary": (
            "Business systems engineer who came to Salesforce from accounts payable, so I speak both finance "
            "and Apex. Based in Utrecht. EU citizen, no visa sponsorship needed; open to relocation; notice "
            "period of one month. I took a career break from June 2022 to April 2023 to care for family."
        ),
    },
    "work": [
        {
            "name": "Fernhill Logistics",
            "description": "Freight brokerage with 1,200 employees",
            "position": "Lead Business Systems Engineer",
            "startDate": "2023-05",
            "summary": "Technical lead of the business-systems team of four engineers; the team reports to the IT director.",
            "highlights": [
                "Built the Salesforce-to-NetSuite invoice integration on REST APIs and Platform Events",
                "Replaced 40 Process Builder processes with record-triggered Flows",
                "Automated the procure-to-pay approvals for the finance team in ServiceNow with Flow Designer (since 2024-02)",
                "Migrated 2.3 million records from a legacy CRM into Salesforce Sales Cloud",
            ],
        },
        {
            "name": "Brightwater Insurance",
            "description": "Home and car insurer",
            "position": "Salesforce Developer",
            "startDate": "2019-09",
            "endDate": "2022-05",
            "highlights": [
                "Wrote Apex classes, triggers and SOQL for claims case management in Salesforce Service Cloud",
                "Built Lightning Web Components for the claims handlers' console",
                "Integrated Salesforce with the policy administration system over SOAP and REST",
            ],
        },
        {
            "name": "Kestrel Foods",
            "description": "Food wholesaler",
            "position": "Salesforce Administrator",
            "startDate": "2017-03",
            "endDate": "2019-08",
            "highlights": [
                "Managed profiles, permission sets and sharing rules for 300 Salesforce users",
                "Built the sales reports and dashboards for the regional managers",
            ],
        },
        {
            "name": "Kestrel Foods",
            "description": "Food wholesaler",
            "position": "Accounts Payable Specialist",
            "startDate": "2012-01",
            "endDate": "2017-02",
            "highlights": [
                "Processed 1,800 supplier invoices a month with three-way matching against purchase orders and goods receipts",
                "Ran the accounts-payable side of the month-end close, including accruals",
            ],
        },
        {
            "name": "Noord Kantoorartikelen",
            "description": "Office supplies retailer",
            "position": "Accounts Payable Clerk",
            "startDate": "2009-06",
            "endDate": "2011-12",
            "summary": "Entered supplier invoices and payment runs.",
        },
    ],
    "education": [
        {
            "institution": "Hogeschool Rijnveld",
            "studyType": "Bachelor",
            "area": "Business Administration (Accounting)",
            "startDate": "2005-09",
            "endDate": "2009-06",
        }
    ],
    "certificates": [
        {"name": "Salesforce Certified Administrator", "date": "2017-11", "issuer": "Salesforce"},
        {"name": "Salesforce Certified Platform Developer I", "date": "2020-06", "issuer": "Salesforce"},
        {
            "name": "ServiceNow Certified System Administrator (lapsed in 2023)",
            "date": "2021-02",
            "issuer": "ServiceNow",
        },
    ],
    "skills": [
        {
            "name": "Salesforce",
            "level": "Advanced",
            "keywords": ["Apex", "SOQL", "Lightning Web Components", "Flow", "Platform Events"],
        },
        {"name": "ServiceNow", "level": "Intermediate", "keywords": ["Flow Designer"]},
        {"name": "Workday", "level": "Beginner", "keywords": ["supplier invoices"]},
        {"name": "Integration", "keywords": ["REST", "SOAP", "NetSuite"]},
        {"name": "JavaScript", "level": "Intermediate"},
        {"name": "SQL", "level": "Intermediate"},
        {
            "name": "Finance operations",
            "keywords": ["procure-to-pay", "accounts payable", "three-way match", "month-end close"],
        },
    ],
    "languages": [
        {"language": "Polish", "fluency": "Native speaker"},
        {"language": "English", "fluency": "C1"},
        {"language": "Dutch", "fluency": "B1"},
    ],
}
