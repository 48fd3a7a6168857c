"""A made-up owner whose career began on the claims desk: a field and then senior property and auto claims adjuster
at an insurer, then the claims systems analyst on its ClaimCenter roll-out, then a Guidewire ClaimCenter developer
(Gosu configuration, claim workflows and rules, vendor integrations) and now the technical lead of a small
Guidewire team at a consultancy. The job-fit probe postings of tests/jobfit/test_insurance_career_postings_s37.py
read her."""

from __future__ import annotations

import datetime as dt
from typing import Any

TODAY = dt.date(2026, 12, 7)

# Facts the probe labels rest on (years to 2026-12):
#   SHOWN: insurance since 2012-07 (~14.4 years); claims handling at Harbourline Mutual 2012-07..2018-03 (~5.7
#     years): field claims adjuster 2012-07..2015-06, senior claims adjuster 2015-07..2018-03 (property and auto
#     claims, a caseload of 140 open claims, settlement authority up to $250,000, hurricane catastrophe claims,
#     set reserves, trained 6 new adjusters - no one reported to her); claims systems analyst on the insurer's
#     ClaimCenter roll-out 2018-04..2019-12 (~1.7 years; user stories, UAT, SQL queries of claims data, specified
#     the claim search screens; no code); Guidewire ClaimCenter developer at Corvane Consulting 2020-01..2022-12
#     (Gosu configuration, PCF screens, claim workflows and activities, more than 60 validation and assignment
#     rules, REST and SOAP integrations with 5 payment, fraud-scoring and document vendors in Gosu and Java, a REST
#     API of claim status for an insurer's customer portal, 2 ClaimCenter implementations, automated assignment
#     cut auto claim cycle time from 21 to 14 days); technical lead since 2023-01 (~3.9 years; leads 4 developers,
#     code reviews, mentoring, upgraded ClaimCenter 9 to 10, Jenkins pipelines, GUnit tests, refinement sessions
#     with insurers' claims managers, interviewed and helped hire 2 developers, Scrum Master of the team);
#     software development since 2020-01 (~6.9 years); Guidewire ACE ClaimCenter Configuration certificate 2020;
#     Professional Scrum Master I 2021; Associate in Claims (AIC) 2016; Texas All-Lines Adjuster License 2013,
#     expired 2018; BSc Risk Management and Insurance; Gosu Advanced, Java Intermediate, SQL Intermediate (SQL
#     Server, Oracle), XML, IBM MQ, Git, Jenkins, GUnit, Jira, Excel; English native, Spanish conversational.
#   NOT SHOWN: Go, Kotlin, Spring, Kafka, Docker, Kubernetes, AWS, PostgreSQL, Python, R, Tableau, Power BI,
#     Salesforce, Apex, JavaScript, Lightning Web Components, PolicyCenter, BillingCenter, Guidewire Cloud,
#     Integration Gateway, MuleSoft, Boomi, Postman, microservices, CPCU, SAFe, direct reports, performance
#     reviews, budgets, research, statistics, actuarial work, a computer-science degree, a master's.
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Marisol Adebayo-Quinn",
        "label": "Guidewire Technical Lead",
        "summary": (
            "Former property and auto claims adjuster who moved into claims systems: I now lead a Guidewire "
            "ClaimCenter team, writing Gosu, shaping claim workflows and building the integrations insurers "
            "rely on. Based in Columbus, Ohio."
        ),
    },
    "work": [
        {
            "name": "Corvane Consulting",
            "description": "Guidewire implementation partner",
            "position": "Technical Lead, Guidewire ClaimCenter",
            "startDate": "2023-01",
            "highlights": [
                "Lead a team of 4 ClaimCenter developers: code reviews, mentoring and sprint planning",
                "Upgraded a regional insurer from ClaimCenter 9 to ClaimCenter 10",
                "Set up Jenkins build pipelines and GUnit test suites for the team",
                "Run refinement sessions with insurers' claims managers",
                "Interviewed candidates and helped hire 2 developers",
                "Act as the team's Scrum Master",
            ],
        },
        {
            "name": "Corvane Consulting",
            "description": "Guidewire implementation partner",
            "position": "Guidewire ClaimCenter Developer",
            "startDate": "2020-01",
            "endDate": "2022-12",
            "highlights": [
                "Configured ClaimCenter in Gosu: PCF screens, claim workflows and activities",
                "Built more than 60 claim validation and assignment rules in Gosu",
                "Built REST and SOAP integrations with 5 payment, fraud-scoring and document vendors in Gosu and "
                "Java",
                "Exposed claim status as a REST API for an insurer's customer portal",
                "Took part in 2 ClaimCenter implementations for regional insurers",
                "Automated claim assignment, which cut the average auto claim cycle time from 21 to 14 days",
            ],
        },
        {
            "name": "Harbourline Mutual",
            "description": "Property and casualty insurer",
            "position": "Claims Systems Analyst",
            "startDate": "2018-04",
            "endDate": "2019-12",
            "highlights": [
                "Wrote user stories and ran user acceptance testing for the ClaimCenter roll-out",
                "Wrote SQL queries against claims data to check migrated claims",
                "Specified the claim search screens adjusters use",
            ],
        },
        {
            "name": "Harbourline Mutual",
            "description": "Property and casualty insurer",
            "position": "Senior Claims Adjuster",
            "startDate": "2015-07",
            "endDate": "2018-03",
            "highlights": [
                "Handled property and auto claims with a caseload of 140 open claims",
                "Settled claims with authority up to $250,000 and set reserves",
                "Worked hurricane catastrophe claims on deployment in 2017",
                "Trained 6 new adjusters",
            ],
        },
        {
            "name": "Harbourline Mutual",
            "description": "Property and casualty insurer",
            "position": "Field Claims Adjuster",
            "startDate": "2012-07",
            "endDate": "2015-06",
            "highlights": ["Inspected property and vehicle damage and wrote estimates"],
        },
    ],
    "education": [
        {
            "institution": "Scioto Valley University",
            "studyType": "Bachelor of Science",
            "area": "Risk Management and Insurance",
            "startDate": "2008-09",
            "endDate": "2012-05",
        }
    ],
    "certificates": [
        {
            "name": "Guidewire ACE - ClaimCenter Configuration Developer",
            "date": "2020-09",
            "issuer": "Guidewire",
        },
        {"name": "Professional Scrum Master I (PSM I)", "date": "2021-04", "issuer": "Scrum.org"},
        {"name": "Associate in Claims (AIC)", "date": "2016-03", "issuer": "The Institutes"},
        {
            "name": "Texas All-Lines Adjuster License (expired 2018)",
            "date": "2013-02",
            "issuer": "Texas Department of Insurance",
        },
    ],
    "skills": [
        {"name": "Gosu", "level": "Advanced"},
        {"name": "Guidewire ClaimCenter", "keywords": ["PCF", "rules", "workflows", "upgrades"]},
        {"name": "Java", "level": "Intermediate"},
        {"name": "SQL", "level": "Intermediate", "keywords": ["SQL Server", "Oracle"]},
        {"name": "Web services", "keywords": ["REST", "SOAP", "XML", "IBM MQ"]},
        {"name": "Build and test", "keywords": ["Git", "Jenkins", "GUnit"]},
        {"name": "Agile", "keywords": ["Scrum", "Jira"]},
        {"name": "Excel"},
    ],
    "languages": [
        {"language": "English", "fluency": "Native speaker"},
        {"language": "Spanish", "fluency": "Conversational"},
    ],
}
