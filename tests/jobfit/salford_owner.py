"""A made-up owner who was a quantity surveyor at a cost consultancy and then a contractor, and became a developer
and then a senior engineer at a construction cost-estimating software vendor (C#, SQL Server, BIM quantity take-off,
a cost-estimation API). The job-fit probe postings of tests/jobfit/test_quantity_surveyor_career_postings_s37.py
read her."""

from __future__ import annotations

import datetime as dt
from typing import Any

TODAY = dt.date(2026, 12, 7)

# Facts the probe labels rest on (years to 2026-12):
#   SHOWN: working since 2010-09 (~16.2 years); quantity surveying 2010-09..2018-06 (~7.8 years): assistant QS then
#     QS at Harrowgate Cost Consultants 2010-09..2015-08 (bills of quantities and cost plans for hospitals and
#     schools up to GBP 60 million; measured to NRM2; interim valuations and final accounts; negotiated variations;
#     benchmarked cost plans against tender returns), senior QS at Tollbridge Construction (a main contractor)
#     2015-09..2018-06 (~2.8 years; commercial management of three residential schemes; Excel VBA take-off tools from
#     Revit schedules; managed two assistant QSs); software development since 2018-07 (~8.4 years) at Costwright
#     (construction cost-estimating software): software developer 2018-07..2021-12 (~3.5 years; C# .NET pricing
#     services, SQL Server stored procedures, rate-library schema, a Revit API take-off plug-in, NUnit tests), senior
#     software engineer since 2022-01 (~4.9 years; designed and built the ASP.NET Core cost-estimation REST API used
#     by 300+ contractors; leads a squad of four developers: code reviews, sprint planning, mentors two graduates;
#     moved services to Azure App Service and Azure SQL, CI/CD in Azure DevOps; IFC take-off with xBIM; works with
#     QS customers on measurement rules); BSc (Hons) Quantity Surveying 2007-2010; MSc Software Development
#     (part-time) 2016-2018; MRICS since 2014; AZ-204 Azure Developer Associate 2023; skills C# Expert, SQL Advanced,
#     TypeScript Beginner, Excel VBA, Revit API, IFC, Navisworks, Git; English native, Irish conversational.
#   NOT SHOWN: Java, Python, AWS, Kubernetes, React, Dynamo or Grasshopper, NEC contracts, Power BI, Azure Data
#     Factory, Snowflake, Kafka or Service Bus, a PhD, hiring, a driving licence.
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Orla Kavanagh-Boateng",
        "label": "Senior Software Engineer",
        "summary": (
            "Chartered quantity surveyor turned software engineer: eight years measuring and pricing buildings, then "
            "eight years building the estimating software quantity surveyors use. Based in Salford."
        ),
    },
    "work": [
        {
            "name": "Costwright",
            "description": "Construction cost-estimating software",
            "position": "Senior Software Engineer",
            "startDate": "2022-01",
            "highlights": [
                "Designed and built the cost-estimation REST API (ASP.NET Core) used by more than 300 contractors",
                "Lead a squad of four developers: code reviews, sprint planning, and mentoring two graduates",
                "Moved the estimating services to Azure App Service and Azure SQL and set up CI/CD pipelines in "
                "Azure DevOps",
                "Extract quantities from IFC models with the xBIM toolkit",
                "Work with quantity surveyors at customer firms to turn measurement rules into product features",
            ],
        },
        {
            "name": "Costwright",
            "description": "Construction cost-estimating software",
            "position": "Software Developer",
            "startDate": "2018-07",
            "endDate": "2021-12",
            "highlights": [
                "Built C# .NET services that price bills of quantities against the company's rate library",
                "Designed the rate library's SQL Server schema and wrote its stored procedures",
                "Developed a quantity take-off plug-in for Autodesk Revit using the Revit API",
                "Wrote unit tests with NUnit",
            ],
        },
        {
            "name": "Tollbridge Construction",
            "description": "Main contractor",
            "position": "Senior Quantity Surveyor",
            "startDate": "2015-09",
            "endDate": "2018-06",
            "highlights": [
                "Ran the commercial management of three residential schemes",
                "Built Excel VBA tools that took off quantities from Revit schedules",
                "Managed two assistant quantity surveyors",
            ],
        },
        {
            "name": "Harrowgate Cost Consultants",
            "description": "Cost consultancy",
            "position": "Quantity Surveyor",
            "startDate": "2010-09",
            "endDate": "2015-08",
            "highlights": [
                "Prepared bills of quantities and cost plans for hospital and school projects worth up to "
                "GBP 60 million",
                "Measured works to NRM2",
                "Valued interim payments and agreed final accounts",
                "Negotiated variations with contractors",
                "Benchmarked cost plans against past tender returns",
            ],
        },
    ],
    "education": [
        {
            "institution": "Pennine Open University",
            "studyType": "Master",
            "area": "Software Development (MSc, part-time)",
            "startDate": "2016-09",
            "endDate": "2018-06",
        },
        {
            "institution": "University of Northgate",
            "studyType": "Bachelor",
            "area": "Quantity Surveying (BSc Hons)",
            "startDate": "2007-09",
            "endDate": "2010-06",
        },
    ],
    "certificates": [
        {
            "name": "Member of the Royal Institution of Chartered Surveyors (MRICS)",
            "date": "2014-03",
            "issuer": "RICS",
        },
        {
            "name": "Microsoft Certified: Azure Developer Associate (AZ-204)",
            "date": "2023-05",
            "issuer": "Microsoft",
        },
    ],
    "skills": [
        {"name": "C#", "level": "Expert", "keywords": [".NET", "ASP.NET Core", "LINQ"]},
        {"name": "SQL", "level": "Advanced", "keywords": ["SQL Server", "T-SQL", "stored procedures"]},
        {"name": "TypeScript", "level": "Beginner"},
        {"name": "BIM", "keywords": ["Revit API", "IFC", "xBIM", "Navisworks"]},
        {"name": "Cost estimating", "keywords": ["NRM1", "NRM2", "bills of quantities", "cost plans"]},
        {"name": "Azure", "keywords": ["App Service", "Azure SQL", "Azure DevOps"]},
        {"name": "Excel VBA"},
        {"name": "Git"},
    ],
    "languages": [
        {"language": "English", "fluency": "Native speaker"},
        {"language": "Irish", "fluency": "Conversational"},
    ],
}
