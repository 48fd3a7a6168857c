"""An invented probe owner: a construction site manager turned BIM and construction-software developer.

A career none of the tuning owners has (site management of residential and hospital builds with budgets
in millions and crews supervised, a site-safety card, a construction-management diploma; then C# on the
Revit API, IFC, Autodesk Platform Services and a clash-detection product with project and contractor
counts), so questions that name an entry by description ("the hospital build", "the first software
job", "the job in Leeds") or ask a count in other nouns ("how many sites / firms / buildings") are
tried on content nobody tuned for (tests/chat/test_probe_site_manager.py).
"""

from __future__ import annotations

from typing import Any

PROBE_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Declan Hargreaves",
        "label": "BIM Software Developer (former construction site manager)",
        "email": "declan.hargreaves@example.com",
        "url": "https://dhargreaves.example.com",
        "summary": (
            "BIM and construction-software developer based in Manchester, UK. I ran construction sites for "
            "nine years, from housing estates to a hospital wing, before I taught myself C# and moved into "
            "software in 2019. I now build Revit add-ins and IFC tooling that catch design clashes before "
            "they reach site. I can work in the UK without sponsorship, and I am open to hybrid roles in "
            "the North West. My notice period is six weeks."
        ),
        "location": {"city": "Manchester", "countryCode": "GB", "region": "Greater Manchester"},
        "profiles": [
            {
                "network": "GitHub",
                "username": "dhargreaves",
                "url": "https://github.example.com/dhargreaves",
            }
        ],
    },
    "work": [
        {
            "name": "Clashwise",
            "position": "Senior BIM Software Developer",
            "location": "Manchester, UK",
            "description": "Clash-detection software for building contractors",
            "startDate": "2022-01",
            "summary": (
                "I lead development of Clashwise's clash-detection engine, a team of three developers."
            ),
            "highlights": [
                "Built the clash-detection engine in C# on the Revit API and Autodesk Platform Services, now used on 340 projects by 45 contractors.",
                "Cut the time to run a full-model clash check from 40 minutes to 6 minutes.",
                "Added IFC 4 import so the engine reads models from Tekla and ArchiCAD as well as Revit.",
                "The engine flagged about 12,000 clashes in its first year, which contractors estimate saved £2.1 million in rework.",
            ],
        },
        {
            "name": "Northgate Digital Construction",
            "position": "BIM Developer",
            "location": "Leeds, UK",
            "description": "A 60-person BIM consultancy",
            "startDate": "2019-06",
            "endDate": "2021-12",
            "summary": "My first software job: Revit add-ins and Dynamo scripts for the consultancy's clients.",
            "highlights": [
                "Wrote 25 Revit add-ins in C# for 18 architecture and engineering clients.",
                "Automated sheet and schedule generation with Dynamo, saving modellers about 6 hours a week each.",
                "Built a Forge viewer portal so site teams could open models on tablets.",
            ],
        },
        {
            "name": "Halden Construction",
            "position": "Site Manager",
            "location": "Sheffield, UK",
            "description": "A regional main contractor",
            "startDate": "2014-03",
            "endDate": "2019-05",
            "summary": "Ran healthcare and residential builds as the contractor's site manager.",
            "highlights": [
                "Managed the £38 million new wing of Rotherham General Hospital, a 120-bed build delivered two weeks early.",
                "Ran three residential schemes totalling 210 homes, with budgets from £9 million to £15 million.",
                "Supervised crews of up to 85 workers across 14 subcontractors.",
                "Kept a record of 600 days without a reportable accident on the hospital site.",
            ],
        },
        {
            "name": "Brindle Homes",
            "position": "Assistant Site Manager",
            "location": "Bradford, UK",
            "description": "A housebuilder",
            "startDate": "2010-02",
            "endDate": "2014-02",
            "summary": "Assisted the site manager on housing developments.",
            "highlights": [
                "Helped deliver four housing developments of 40 to 70 homes each.",
                "Ran the daily snagging inspections and handovers to buyers.",
            ],
        },
    ],
    "volunteer": [
        {
            "organization": "Habitat for Humanity GB",
            "position": "Volunteer Site Lead",
            "startDate": "2016-05",
            "summary": "Lead volunteer crews on weekend builds.",
            "highlights": ["Led volunteer crews on 9 community builds."],
        }
    ],
    "education": [
        {
            "institution": "Leeds Beckett University",
            "area": "Construction Management",
            "studyType": "Higher National Diploma",
            "startDate": "2007-09",
            "endDate": "2009-06",
        }
    ],
    "certificates": [
        {"name": "CSCS Black Card (Site Management)", "issuer": "CSCS", "date": "2013-04"},
        {"name": "SMSTS (Site Management Safety Training Scheme)", "issuer": "CITB", "date": "2012-10"},
        {
            "name": "Autodesk Certified Professional: Revit for Architectural Design",
            "issuer": "Autodesk",
            "date": "2020-09",
        },
    ],
    "awards": [
        {
            "title": "Site Manager of the Year (Regional)",
            "date": "2018-11",
            "awarder": "NHBC Pride in the Job",
            "summary": "For the Rotherham hospital wing.",
        }
    ],
    "skills": [
        {"name": "Languages", "keywords": ["C#", "Python", "TypeScript", "SQL"]},
        {
            "name": "BIM",
            "keywords": ["Revit API", "IFC", "Dynamo", "Navisworks", "Autodesk Platform Services (Forge)"],
        },
        {
            "name": "Construction",
            "keywords": ["Site management", "Health and safety", "Programme planning", "NEC contracts"],
        },
    ],
    "languages": [{"language": "English", "fluency": "Native speaker"}],
    "interests": [
        {"name": "Fell running", "keywords": ["Peak District", "Three Peaks"]},
        {"name": "Woodworking"},
    ],
    "projects": [
        {
            "name": "ifc-diff",
            "description": "An open-source command-line tool that shows what changed between two IFC models.",
            "highlights": ["1,900 GitHub stars", "Used by two UK tier-one contractors"],
            "url": "https://github.example.com/dhargreaves/ifc-diff",
            "keywords": ["Python", "IFC", "IfcOpenShell"],
        },
        {
            "name": "RevitSheetKit",
            "description": "An open-source C# library for generating Revit sheets from templates.",
            "highlights": ["320 GitHub stars"],
            "url": "https://github.example.com/dhargreaves/revitsheetkit",
            "keywords": ["C#", "Revit API"],
        },
    ],
}
