"""A made-up owner whose career began on a warehouse floor: a shift supervisor and then the site operations manager
of a third-party logistics warehouse, then an implementation consultant and a solutions consultant at a
warehouse-management-software vendor who configures, demonstrates, trains and tests the product but does not write
production code, with a part-time supply-chain lecturing contract alongside. The job-fit probe postings of
tests/jobfit/test_logistics_career_postings_s36.py read him."""

from __future__ import annotations

import datetime as dt
from typing import Any

TODAY = dt.date(2026, 12, 7)

# Facts the probe labels rest on (years to 2026-12):
#   SHOWN: working since 2011-03 (~15.8 years); warehouse operations at Kempenlink Fulfilment (a 3PL) 2011-03..
#     2018-02 (7 years): shift supervisor 2011-03..2014-02 (shifts of 18 pickers), site operations manager
#     2014-03..2018-02 (4 years; a 40,000 m2 site and 60 staff, hired 25, wrote the rotas, ran yearly appraisals;
#     pick accuracy 98.1% to 99.7%; 85 to 120 orders per hour; owned the site's operating budget of EUR 3.2 million,
#     no P&L named); forklift licence 2011; CILT Certificate in Logistics and Transport 2015, lapsed 2020;
#     WMS vendor Stowlogic since 2018-03 (~8.8 years, none of it writing production code): implementation consultant
#     2018-03..2021-08 (~3.5 years; configured Stowlogic WMS for 14 clients across 31 warehouse sites, ran process
#     workshops, led 9 go-lives, trained 400+ warehouse users, wrote SQL reports, tested carrier and ERP
#     integrations with Postman, Python scripts for data migration only); solutions consultant since 2021-09
#     (~5.3 years; presales demos and proofs of concept, RFP answers, 40+ demos a year, helped win 11 new clients,
#     works with the account executives); customer-facing since 2018-03 (~8.8 years); Stowlogic Certified WMS
#     Consultant 2018-09;
#     part-time supply-chain management lecturer at Hogeschool Dommelvallei 2019-09..2023-06 (overlapping);
#     BBA Business and Logistics Management; SQL Intermediate, Python Beginner (scripts), Postman, REST APIs (as a
#     tester), Excel, Power BI, Lean; Dutch native, English C1, German B2; EU citizen, one month's notice, open to
#     remote or hybrid Tilburg (summary only).
#   NOT SHOWN: production code in any language, Java, Spring, on-call, Kubernetes, AWS, a computer-science degree,
#     a master's, an MBA, APICS/CSCP or CPIM, PMP or PRINCE2, Manhattan/SAP EWM/Blue Yonder, Tableau, dbt, Airflow,
#     machine learning, P&L ownership, managing managers, managing engineers, quota-carrying sales.
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Joost Vermeulen-Adeyemi",
        "label": "Solutions Consultant",
        "summary": (
            "Former warehouse operations manager turned WMS implementation and solutions consultant: seven years "
            "running a fulfilment site, then nearly nine years putting warehouse-management software live for "
            "clients and showing it to prospects. Based in Tilburg; EU citizen. Open to remote or hybrid roles; "
            "one month's notice."
        ),
    },
    "work": [
        {
            "name": "Stowlogic",
            "description": "Warehouse-management software vendor (Stowlogic WMS)",
            "position": "Solutions Consultant",
            "startDate": "2021-09",
            "highlights": [
                "Run presales demos and proofs of concept of Stowlogic WMS for prospects, over 40 demos a year",
                "Answer RFPs with the account executives and helped win 11 new clients",
                "Map prospects' warehouse processes to the product's standard configuration",
            ],
        },
        {
            "name": "Hogeschool Dommelvallei",
            "description": "University of applied sciences, part-time contract",
            "position": "Lecturer in Supply Chain Management (part-time)",
            "startDate": "2019-09",
            "endDate": "2023-06",
            "highlights": ["Taught warehousing and inventory management to second-year logistics students"],
        },
        {
            "name": "Stowlogic",
            "description": "Warehouse-management software vendor",
            "position": "Implementation Consultant",
            "startDate": "2018-03",
            "endDate": "2021-08",
            "highlights": [
                "Configured Stowlogic WMS for 14 clients across 31 warehouse sites",
                "Ran process workshops with client operations teams and led 9 go-lives",
                "Trained more than 400 warehouse users and key users",
                "Wrote SQL reports for clients' inventory and picking performance",
                "Tested the carrier and ERP integrations with Postman before each go-live",
                "Wrote Python scripts to migrate item and location data from clients' old systems",
            ],
        },
        {
            "name": "Kempenlink Fulfilment",
            "description": "Third-party logistics (3PL) provider",
            "position": "Site Operations Manager",
            "startDate": "2014-03",
            "endDate": "2018-02",
            "highlights": [
                "Ran a 40,000 m2 fulfilment site with 60 staff; hired 25, wrote the shift rotas, ran yearly "
                "appraisals",
                "Raised pick accuracy from 98.1% to 99.7% and throughput from 85 to 120 orders per hour",
                "Owned the site's operating budget of EUR 3.2 million",
            ],
        },
        {
            "name": "Kempenlink Fulfilment",
            "description": "Third-party logistics (3PL) provider",
            "position": "Warehouse Shift Supervisor",
            "startDate": "2011-03",
            "endDate": "2014-02",
            "highlights": ["Supervised night shifts of 18 pickers and forklift drivers"],
        },
    ],
    "education": [
        {
            "institution": "Fontwerk University of Applied Sciences",
            "studyType": "Bachelor",
            "area": "Business and Logistics Management (BBA)",
            "startDate": "2007-09",
            "endDate": "2011-02",
        }
    ],
    "certificates": [
        {"name": "Stowlogic Certified WMS Consultant", "date": "2018-09", "issuer": "Stowlogic"},
        {
            "name": "CILT Certificate in Logistics and Transport (lapsed in 2020)",
            "date": "2015-05",
            "issuer": "Chartered Institute of Logistics and Transport",
        },
        {"name": "Counterbalance Forklift Licence", "date": "2011-04", "issuer": "Kempenlink Fulfilment"},
    ],
    "skills": [
        {"name": "WMS configuration", "keywords": ["Stowlogic WMS", "go-lives", "user training"]},
        {"name": "SQL", "level": "Intermediate"},
        {"name": "Python", "level": "Beginner", "keywords": ["data migration scripts"]},
        {"name": "API testing", "keywords": ["Postman", "REST APIs"]},
        {"name": "Presales", "keywords": ["demos", "proofs of concept", "RFPs"]},
        {"name": "Warehouse operations", "keywords": ["Lean", "pick accuracy", "labour planning"]},
        {"name": "Excel"},
        {"name": "Power BI"},
    ],
    "languages": [
        {"language": "Dutch", "fluency": "Native speaker"},
        {"language": "English", "fluency": "C1"},
        {"language": "German", "fluency": "B2"},
    ],
}
