"""An invented probe owner: a chartered town planner at a city council turned civic-tech developer.

A career none of the tuning owners has (a planning consultancy, then a city council's planning
department, then a civic-tech start-up she co-founded, then a permit-tracking product), written so
that visitors name her entries by description ("the council job", "her first start-up", "the job in
Leeds"), ask her counts in other nouns than the content's ("clients" for housebuilders, "cases" for
applications, "customers" for councils) and aim general asks at a topic ("why her for a GIS role?")
(tests/chat/test_probe_planner.py).
"""

from __future__ import annotations

from typing import Any

PROBE_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Rhiannon Achterberg",
        "label": "Civic-tech developer, planning and permit software",
        "email": "rhiannon.achterberg@example.com",
        "summary": (
            "Civic-tech developer in Manchester. I spent eight years as a town planner in consultancy "
            "and local government before I moved into software in 2020. I now build permit and "
            "planning software for councils with TypeScript, Django and PostGIS. I have the right to "
            "work in the UK and I am open to hybrid roles in the North of England."
        ),
        "location": {"city": "Manchester", "countryCode": "GB", "region": "Greater Manchester"},
    },
    "work": [
        {
            "name": "Permitly",
            "position": "Lead Engineer",
            "location": "Manchester",
            "description": "Permit-tracking software for local councils",
            "startDate": "2023-02",
            "summary": "I lead a team of four engineers building the application tracker and its public map.",
            "highlights": [
                "Permitly is used by 27 councils and has tracked over 180,000 planning applications.",
                "Built the application-status map in TypeScript and MapLibre on a PostGIS backend.",
                "Cut the median time to validate an application from 11 days to 3 days.",
                "Permitly won the 2024 GovTech Award for best local government product.",
            ],
        },
        {
            "name": "OpenStreets Lab",
            "position": "Co-founder and CTO",
            "location": "Bristol",
            "description": "Civic-tech start-up building open-data portals for local government",
            "startDate": "2020-04",
            "endDate": "2022-12",
            "summary": "Co-founded the company and wrote most of its Django and CKAN code.",
            "highlights": [
                "Launched open-data portals for 9 local authorities on Django and CKAN.",
                "Raised £450,000 in seed funding.",
                "Grew the company to 6 staff before it was wound down in December 2022.",
            ],
        },
        {
            "name": "Leeds City Council",
            "position": "Senior Planning Officer",
            "location": "Leeds",
            "description": "City council planning department",
            "startDate": "2014-09",
            "endDate": "2020-03",
            "summary": "Decided householder and commercial planning applications against the local plan.",
            "highlights": [
                "Assessed about 350 zoning and planning applications a year.",
                "Cut the planning-permit backlog from 1,200 to 300 in 18 months by triaging householder applications.",
                "Wrote the council's first Python scripts to check applications against the zoning map.",
            ],
        },
        {
            "name": "Hartwell & Moss",
            "position": "Planning Assistant",
            "location": "York",
            "description": "Planning consultancy",
            "startDate": "2012-07",
            "endDate": "2014-08",
            "summary": "Prepared planning applications and site appraisals for housing developers.",
            "highlights": [
                "Prepared 60 planning applications for 25 housebuilders.",
            ],
        },
    ],
    "volunteer": [
        {
            "organization": "Code for Leeds",
            "position": "Organiser",
            "startDate": "2016-01",
            "summary": "Runs the monthly civic hack night.",
            "highlights": ["About 40 regular attendees come to the monthly hack night."],
        }
    ],
    "education": [
        {
            "institution": "University of Sheffield",
            "area": "Town and Regional Planning",
            "studyType": "MA",
            "startDate": "2011-09",
            "endDate": "2012-06",
        },
        {
            "institution": "University of Leeds",
            "area": "Geography",
            "studyType": "BSc",
            "startDate": "2008-09",
            "endDate": "2011-06",
        },
    ],
    "certificates": [
        {
            "name": "Chartered Member of the Royal Town Planning Institute (MRTPI)",
            "date": "2015-05",
            "issuer": "Royal Town Planning Institute",
        },
    ],
    "awards": [
        {
            "title": "GovTech Award, best local government product",
            "date": "2024-11",
            "awarder": "GovTech Awards",
            "summary": "Awarded to Permitly.",
        }
    ],
    "skills": [
        {"name": "Frontend", "level": "Advanced", "keywords": ["TypeScript", "React", "MapLibre"]},
        {"name": "Backend", "level": "Advanced", "keywords": ["Python", "Django", "Node.js"]},
        {"name": "Spatial data", "level": "Expert", "keywords": ["PostGIS", "QGIS", "GDAL"]},
        {
            "name": "Town planning",
            "level": "Expert",
            "keywords": ["zoning", "development management", "local plans"],
        },
    ],
    "languages": [
        {"language": "English", "fluency": "Native speaker"},
        {"language": "Dutch", "fluency": "Conversational"},
    ],
    "interests": [{"name": "Cycling", "keywords": ["audax", "bike touring"]}],
    "projects": [
        {
            "name": "plan-diff",
            "description": "Open-source tool that compares two versions of a local plan's zoning map.",
            "highlights": ["1,400 GitHub stars."],
            "keywords": ["TypeScript", "PostGIS", "open source"],
            "startDate": "2021-05",
        },
        {
            "name": "councilbot",
            "description": "A Slack bot that posts new planning applications near you.",
            "highlights": ["About 200 GitHub stars.", "Used by 5 residents' associations."],
            "keywords": ["Node.js", "open source"],
            "startDate": "2022-02",
        },
        {
            "name": "Leeds Trees",
            "description": "A volunteer-run web map of 30,000 street trees in Leeds.",
            "keywords": ["MapLibre", "side project"],
            "startDate": "2019-04",
        },
    ],
}
