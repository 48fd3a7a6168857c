"""An invented probe owner: a firefighter and 911 dispatcher turned GIS and dispatch-software developer.

A career none of the tuning owners has (an engine company, then a 911 centre, then county GIS and
computer-aided dispatch), with content that deliberately leaves things out (no salary, no head
count of any employer, no dates on some figures, an associate degree and entry-level certificates
only), so the offline answerer is tried on near-miss questions the content cannot answer
(tests/chat/test_probe_firefighter.py).
"""

from __future__ import annotations

from typing import Any

PROBE_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Marcus Lindqvist",
        "label": "Senior GIS Developer, computer-aided dispatch",
        "email": "marcus.lindqvist@example.com",
        "summary": (
            "GIS and dispatch-software developer in Denver, Colorado. I spent eight years in emergency "
            "services, five as a firefighter-EMT and three as a 911 dispatcher, before moving into "
            "software in 2019. I now build the mapping and routing behind computer-aided dispatch (CAD) "
            "systems with Python, PostGIS and ArcGIS. I am a US citizen and open to remote work within "
            "the US. I can start four weeks after an offer."
        ),
        "location": {"city": "Denver", "countryCode": "US", "region": "Colorado"},
    },
    "work": [
        {
            "name": "Beacon Dispatch Systems",
            "position": "Senior GIS Developer",
            "location": "Denver, CO",
            "description": "Computer-aided dispatch software used by 40 emergency communication centers",
            "startDate": "2022-01",
            "summary": "I own the geocoding and routing services in a team of five developers.",
            "highlights": [
                "Built a drive-time routing service on PostGIS and pgRouting that recommends the closest unit in under 200 ms.",
                "Cut address-match failures from 9% to 1.5% by rebuilding the geocoder in Python.",
                "Moved the map tiles from ArcGIS Server to a vector-tile pipeline on AWS.",
            ],
        },
        {
            "name": "Front Range County",
            "position": "GIS Analyst",
            "location": "Golden, CO",
            "description": "County government",
            "startDate": "2019-06",
            "endDate": "2021-12",
            "summary": "Maintained the county's address points and road centerlines for the 911 system in ArcGIS Pro.",
            "highlights": [
                "Automated the nightly sync of 310,000 address points to the dispatch system with Python and ArcPy.",
                "Mapped the response zones of 12 fire stations.",
            ],
        },
        {
            "name": "Front Range County Emergency Communications",
            "position": "911 Dispatcher",
            "location": "Golden, CO",
            "startDate": "2016-05",
            "endDate": "2019-05",
            "summary": "Answered 911 calls and dispatched fire, EMS and police units.",
            "highlights": [
                "Handled about 60 emergency calls per shift.",
                "Trained 8 new call-takers.",
            ],
        },
        {
            "name": "Golden Fire Department",
            "position": "Firefighter/EMT",
            "location": "Golden, CO",
            "startDate": "2011-03",
            "endDate": "2016-04",
            "summary": "Firefighter and EMT on an engine company.",
            "highlights": [
                "Responded to structure fires, vehicle accidents and medical calls.",
                "Led the station's hydrant-mapping project with handheld GPS units.",
            ],
        },
    ],
    "education": [
        {
            "institution": "Red Rocks Community College",
            "area": "Fire Science",
            "studyType": "Associate",
            "startDate": "2009-08",
            "endDate": "2011-05",
        },
        {
            "institution": "Penn State World Campus",
            "area": "Geographic Information Systems",
            "studyType": "Graduate Certificate",
            "startDate": "2018-01",
            "endDate": "2019-05",
        },
    ],
    "certificates": [
        {"name": "Esri ArcGIS Desktop Associate", "date": "2020-08", "issuer": "Esri"},
        {"name": "Emergency Medical Technician (EMT-Basic)", "date": "2010-12", "issuer": "NREMT"},
        {
            "name": "Firefighter I",
            "date": "2011-02",
            "issuer": "Colorado Division of Fire Prevention and Control",
        },
        {"name": "Public Safety Telecommunicator", "date": "2016-06", "issuer": "APCO International"},
    ],
    "skills": [
        {
            "name": "GIS",
            "level": "Expert",
            "keywords": ["ArcGIS Pro", "ArcPy", "PostGIS", "pgRouting", "QGIS"],
        },
        {"name": "Backend", "level": "Advanced", "keywords": ["Python", "FastAPI", "PostgreSQL"]},
        {"name": "Cloud", "level": "Intermediate", "keywords": ["AWS", "Docker"]},
        {
            "name": "Public safety",
            "level": "Expert",
            "keywords": ["computer-aided dispatch", "NG911", "geocoding"],
        },
    ],
    "languages": [
        {"language": "English", "fluency": "Native speaker"},
        {"language": "Spanish", "fluency": "Conversational"},
    ],
    "interests": [
        {"name": "Trail running", "keywords": ["ultramarathons", "mountain races"]},
        {"name": "Amateur radio", "keywords": ["licensed ham operator", "emergency nets"]},
    ],
    "projects": [
        {
            "name": "openhydrant",
            "description": "Open-source Python tool that checks hydrant locations against road centerlines.",
            "highlights": ["Used by three fire departments in Colorado."],
            "keywords": ["Python", "PostGIS", "open source"],
            "startDate": "2020-09",
        },
        {
            "name": "Station Finder",
            "description": "A web map that shows the nearest fire station to any address.",
            "keywords": ["JavaScript", "Leaflet", "side project"],
            "startDate": "2021-03",
        },
    ],
}
