"""A made-up owner whose career began in building architecture: architect, then founder of a small studio, then a
freelance BIM / computational-design developer with a paid Revit plug-in, now a product engineer at a
construction-tech start-up. The job-fit probe postings of tests/jobfit/test_architect_career_postings_s32.py read
her."""

from __future__ import annotations

import datetime as dt
from typing import Any

TODAY = dt.date(2026, 12, 7)

# Facts the probe labels rest on (years to 2026-12):
#   SHOWN: architecture since 2008-09 (architect 2008-09..2013-02: two primary schools, 80 social-housing homes;
#     founder and director of a studio 2013-03..2019-05, ~6.2 years, 6 staff she hired and appraised, fee income of
#     GBP 450,000 a year, the studio's budget and P&L); software since 2019-06 (~7.5 years): freelance BIM developer
#     engagements 2019-06..2021-02 and 2020-09..2022-12 (overlapping; freelance ~3.6 years in all), her Revit
#     plug-in Roomstack 2021-01..2023-03 (SaaS, 35 paying practices); Revit API add-ins in C# 2019-06..2023-03
#     (~3.8 years), Dynamo, Grasshopper/Rhino (Advanced), Python, IFC, Speckle, AutoCAD; Dynamo training for 60
#     architects; product engineer at a construction-tech start-up since 2023-04 (~3.7 years): TypeScript, React,
#     three.js (WebGL) IFC viewer, load time 40 s to 6 s, PostgreSQL/PostGIS, AWS (Lambda, S3, RDS), mentors two
#     junior engineers; computational geometry; MArch Architecture; ARB registration and RIBA chartered membership
#     both lapsed in 2020; English native, French B1; Bristol, British citizen, remote, three months' notice
#     (summary only).
#   NOT SHOWN: Autodesk Platform Services/Forge, Navisworks, Azure DevOps, Ladybug, Karamba3D, Node.js, GraphQL,
#     Kubernetes, GLSL shaders, WebGPU, React Three Fiber, C++, Unreal Engine, Autodesk Construction Cloud,
#     pre-sales, travel, Scrum, a computer-science degree, managing software engineers.
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Tamsin Oyelaran",
        "label": "Product Engineer",
        "summary": (
            "Architect turned software engineer: ten years designing schools and housing, then BIM and "
            "computational-design tools, now 3D web software for construction. Based in Bristol; British citizen, "
            "no visa sponsorship needed in the UK. Open to remote roles; notice period of three months."
        ),
    },
    "work": [
        {
            "name": "Keelframe",
            "description": "Construction-tech start-up, 30 employees",
            "position": "Product Engineer",
            "startDate": "2023-04",
            "highlights": [
                "Built the browser IFC model viewer in TypeScript, React and three.js (WebGL)",
                "Cut the load time of 2-million-element models from 40 seconds to 6 seconds by streaming geometry",
                "Designed the site-boundary and planning-constraint data in PostgreSQL with PostGIS",
                "Run the backend on AWS Lambda, S3 and RDS",
                "Mentor two junior engineers",
            ],
        },
        {
            "name": "Roomstack",
            "description": "Her own SaaS Revit plug-in for room data sheets",
            "position": "Founder and Developer",
            "startDate": "2021-01",
            "endDate": "2023-03",
            "highlights": [
                "Wrote and sold a Revit add-in in C# on the Revit API with a subscription licence; 35 paying architecture practices",
                "Handled the customers' support and onboarding",
            ],
        },
        {
            "name": "Marrow Engineering",
            "description": "Structural and building-services engineers",
            "position": "Freelance BIM Developer",
            "startDate": "2020-09",
            "endDate": "2022-12",
            "highlights": [
                "Revit API add-ins in C# that check model data against the client's BIM standard",
                "Exported IFC models and synced them to Speckle for the design teams",
            ],
        },
        {
            "name": "Halloran Partners",
            "description": "Architecture practice, 120 staff",
            "position": "Freelance Computational Designer",
            "startDate": "2019-06",
            "endDate": "2021-02",
            "highlights": [
                "Grasshopper and Rhino scripts for facade panelisation of three residential towers",
                "Dynamo graphs and Python nodes that automate sheet and room set-up in Revit",
                "Ran in-house Dynamo training for 60 architects",
            ],
        },
        {
            "name": "Oyelaran Studio",
            "description": "Architecture practice for schools and housing",
            "position": "Founding Director and Architect",
            "startDate": "2013-03",
            "endDate": "2019-05",
            "highlights": [
                "Founded and ran an architecture studio of 6 staff: hiring, annual appraisals and the workload plan",
                "Held the studio budget and P&L on fee income of GBP 450,000 a year",
                "Designed four school extensions and a 40-home housing co-operative",
            ],
        },
        {
            "name": "Pellow Burke Architects",
            "description": "Architecture practice",
            "position": "Architect",
            "startDate": "2008-09",
            "endDate": "2013-02",
            "highlights": [
                "Designed two primary schools and a scheme of 80 social-housing homes in AutoCAD and Revit",
            ],
        },
    ],
    "education": [
        {
            "institution": "University of Bath",
            "studyType": "Master's",
            "area": "Architecture (MArch)",
            "startDate": "2006-09",
            "endDate": "2008-07",
        },
    ],
    "certificates": [
        {
            "name": "ARB registered architect (registration lapsed in 2020)",
            "date": "2010-11",
            "issuer": "ARB",
        },
        {"name": "RIBA Chartered Member (lapsed in 2020)", "date": "2010-12", "issuer": "RIBA"},
    ],
    "skills": [
        {
            "name": "BIM development",
            "level": "Expert",
            "keywords": ["Revit API", "C#", "Dynamo", "IFC", "Speckle"],
        },
        {"name": "Computational design", "level": "Advanced", "keywords": ["Grasshopper", "Rhino", "Python"]},
        {"name": "Web", "level": "Advanced", "keywords": ["TypeScript", "React", "three.js", "WebGL"]},
        {"name": "Data and cloud", "keywords": ["PostgreSQL", "PostGIS", "AWS"]},
        {"name": "Computational geometry"},
        {"name": "Architecture", "keywords": ["AutoCAD", "Revit", "schools", "housing"]},
    ],
    "languages": [
        {"language": "English", "fluency": "Native speaker"},
        {"language": "French", "fluency": "B1"},
    ],
}
