"""A made-up owner whose career began in hospitality and retail: restaurant and store manager, then customer
support engineer, technical account manager and support-operations lead at a SaaS company. The job-fit probe
postings of tests/jobfit/test_support_career_postings_s31.py read her."""

from __future__ import annotations

import datetime as dt
from typing import Any

TODAY = dt.date(2026, 12, 7)

# Facts the probe labels rest on (years to 2026-12):
#   SHOWN: hospitality and retail 2011-05..2018-08 (assistant restaurant manager of 12 shift staff 2011-05..2015-05;
#     store manager of 22 staff 2015-06..2018-08 with hiring, rotas, a EUR 600,000 staffing budget and the store
#     P&L on EUR 4.5 million sales); coding bootcamp 2018-09..2018-12; SaaS since 2019-02 (~7.8 years):
#     customer support engineer 2019-02..2021-03, technical account manager 2021-04..2023-08 (~2.4 years, 25
#     enterprise accounts, EUR 3.1 million ARR, 96% renewals, QBRs, onboarding of 14 accounts with data
#     migration), support operations lead since 2023-09 (~3.3 years, 8 direct reports, hiring, one-to-ones,
#     performance reviews); Zendesk (triggers, macros, views, Explore), Jira, Confluence, Postman, Kibana; SQL
#     (PostgreSQL, Intermediate); Python scripts on the Zendesk API; REST APIs, JSON, webhooks; on-call; SLA
#     attainment above 95%; first-response time 9 h to 2 h; CSAT; staff turnover 60% to 35%; point-of-sale
#     software; ITIL 4 Foundation (lapsed 2023); Diploma in Hospitality Management (no degree); English native,
#     Spanish B2; Dublin, Irish citizen, remote or hybrid, one month's notice (summary only).
#   NOT SHOWN: a bachelor's degree, Salesforce, HubSpot, Gainsight, Intercom, Kubernetes, Datadog/Splunk, AWS/Azure/
#     GCP, SSO/SAML, pre-sales, PMP/PRINCE2, workforce-management tools, managing managers, multi-site operations,
#     an MBA, travel.
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Aoife Castellanos",
        "label": "Support Operations Lead",
        "summary": (
            "Support operations lead who came to software after eight years running restaurants and a grocery "
            "store. Based in Dublin; Irish citizen, so no visa sponsorship needed in the EU. Open to remote or "
            "hybrid roles; notice period of one month."
        ),
    },
    "work": [
        {
            "name": "Tallyrock",
            "description": "SaaS scheduling and ordering platform for restaurant chains, 600 employees",
            "position": "Support Operations Lead",
            "startDate": "2023-09",
            "summary": (
                "Lead the EMEA support team of 8 support engineers who report to me: hiring, weekly one-to-ones, "
                "performance reviews and the on-call rota."
            ),
            "highlights": [
                "Cut first-response time from 9 hours to 2 hours and kept SLA attainment above 95% for 12 months",
                "Built the Zendesk triggers, macros and views for 40,000 tickets a year",
                "Rolled out Zendesk Explore dashboards for CSAT, ticket volume and backlog, reported weekly",
                "Own the escalation path from support to engineering in Jira and the on-call escalation of P1 incidents",
                "Wrote Python scripts against the Zendesk API that tag and route tickets",
            ],
        },
        {
            "name": "Tallyrock",
            "description": "SaaS scheduling and ordering platform for restaurant chains, 600 employees",
            "position": "Technical Account Manager",
            "startDate": "2021-04",
            "endDate": "2023-08",
            "highlights": [
                "Technical account manager for 25 enterprise restaurant-chain customers worth EUR 3.1 million in annual recurring revenue, with a 96% renewal rate",
                "Ran quarterly business reviews with the customers' operations directors",
                "Led the onboarding and configuration of 14 new enterprise accounts, including data migration from spreadsheets and CSV imports",
                "Debugged customers' REST API integrations with Postman and the request logs",
            ],
        },
        {
            "name": "Pellwick Software",
            "description": "Point-of-sale software for independent shops",
            "position": "Customer Support Engineer",
            "startDate": "2019-02",
            "endDate": "2021-03",
            "highlights": [
                "Second-line support for the point-of-sale software: investigated issues with SQL queries on PostgreSQL and log searches in Kibana",
                "Reproduced bugs and filed them in Jira for the engineering team",
                "Took part in the weekly on-call rotation",
                "Wrote the knowledge-base articles in Confluence",
            ],
        },
        {
            "name": "Brightmarket Grocers",
            "description": "Grocery chain with 40 stores",
            "position": "Store Manager",
            "startDate": "2015-06",
            "endDate": "2018-08",
            "highlights": [
                "Managed a store of 22 staff with EUR 4.5 million annual sales: hiring, training, weekly rotas and the store P&L",
                "Held the store's staffing budget of EUR 600,000",
                "Cut staff turnover from 60% to 35% in two years",
            ],
        },
        {
            "name": "Harbour & Vine Hotels",
            "description": "Hotel group",
            "position": "Assistant Restaurant Manager",
            "startDate": "2011-05",
            "endDate": "2015-05",
            "summary": "Supervised 12 front-of-house shift staff, planned the rotas and handled guest complaints.",
        },
    ],
    "education": [
        {
            "institution": "Codeclass Academy",
            "studyType": "Bootcamp",
            "area": "Web development (12 weeks): Python, SQL and JavaScript",
            "startDate": "2018-09",
            "endDate": "2018-12",
        },
        {
            "institution": "Shannon Catering College",
            "studyType": "Diploma",
            "area": "Hospitality Management",
            "startDate": "2009-09",
            "endDate": "2011-05",
        },
    ],
    "certificates": [
        {"name": "ITIL 4 Foundation (lapsed in 2023)", "date": "2020-10", "issuer": "AXELOS"},
    ],
    "skills": [
        {
            "name": "Support tooling",
            "level": "Advanced",
            "keywords": ["Zendesk", "Jira", "Confluence", "Postman", "Kibana"],
        },
        {"name": "SQL", "level": "Intermediate", "keywords": ["PostgreSQL"]},
        {"name": "Python", "level": "Intermediate", "keywords": ["scripts", "Zendesk API"]},
        {"name": "APIs", "keywords": ["REST", "JSON", "webhooks"]},
        {"name": "People management", "keywords": ["hiring", "rotas", "performance reviews", "budgets"]},
    ],
    "languages": [
        {"language": "English", "fluency": "Native speaker"},
        {"language": "Spanish", "fluency": "B2"},
    ],
}
