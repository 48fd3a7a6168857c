"""An invented probe owner: a merchant-navy deck officer turned port-logistics software developer.

A career none of the tuning owners has (eight and a half years at sea on container feeders and
product tankers, up to chief officer, with a certificate of competency and sea time counted in
months, then Java at a port authority and Kotlin on a berth-planning product with port counts
and tonnage figures, with freelance engagements overlapping the jobs), an FAQ-like summary
(notice, visa, remote, salary) and every JSON Resume section, so the offline answerer is tried on
questions nobody tuned it for (tests/chat/test_probe_deck_officer.py).
"""

from __future__ import annotations

from typing import Any

PROBE_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Maren Kjeldsen",
        "label": "Senior Software Engineer, port logistics (former chief officer)",
        "email": "maren.kjeldsen@example.com",
        "url": "https://marenkjeldsen.example.com",
        "summary": (
            "Software engineer based in Rotterdam, the Netherlands, building port-logistics and "
            "vessel-tracking software in Kotlin and Java. Before software I spent eight and a half years "
            "at sea as a merchant-navy deck officer, 62 months of it on board, rising to chief officer on "
            "product tankers; I hold an STCW certificate of competency as chief mate. I came ashore in 2018. "
            "I am a Danish citizen and can work anywhere in the EU without a visa; for a job in the UK or "
            "the US I would need visa sponsorship. I work remotely or hybrid from Rotterdam (CET) and am "
            "happy to travel to terminals. My notice period is one month. I am looking for EUR 85,000 to "
            "95,000 a year for a permanent role, or EUR 650 a day as a contractor."
        ),
        "location": {"city": "Rotterdam", "countryCode": "NL", "region": "South Holland"},
        "profiles": [
            {"network": "GitHub", "username": "marenkj", "url": "https://github.example.com/marenkj"}
        ],
    },
    "work": [
        {
            "name": "Kaimaster",
            "position": "Senior Software Engineer",
            "location": "Rotterdam, Netherlands",
            "description": "Start-up selling berth-planning software to container and bulk terminals",
            "startDate": "2021-09",
            "summary": (
                "I lead the backend of BerthPlan, Kaimaster's berth-planning product, in Kotlin on the JVM, "
                "in a team of six engineers."
            ),
            "highlights": [
                "Built the BerthPlan scheduler from the first prototype; it now plans berths at 23 ports in 7 countries.",
                "Ingest 40 million AIS position reports a day to predict vessel arrival times to within 30 minutes.",
                "Terminals planning with BerthPlan handled 310 million tonnes of cargo in 2025.",
                "Cut the average time vessels wait at anchor from 14 hours to 5 hours at the pilot terminals.",
            ],
        },
        {
            "name": "Self-employed",
            "position": "Freelance Maritime Software Consultant",
            "location": "Rotterdam, Netherlands",
            "startDate": "2019-06",
            "endDate": "2022-12",
            "summary": "Software for shipping agents, ship managers and small terminals.",
            "highlights": [
                "Built an AIS port-call dashboard for Vlietmond Shipping Agency that cut port-call paperwork by 40%.",
                "Wrote a Java voyage-reporting tool used on a fleet of 12 bulk carriers.",
            ],
        },
        {
            "name": "Maasmond Port Authority",
            "position": "Marine Operations Developer",
            "location": "Rotterdam, Netherlands",
            "description": "Port authority of a port handling 95 million tonnes of cargo a year",
            "startDate": "2019-01",
            "endDate": "2021-08",
            "summary": "Built the harbour master's operational systems in Java and PostgreSQL.",
            "highlights": [
                "Digitised the harbour master's berth log, replacing paper for 2,400 vessel calls a year.",
                "Built the Java service that publishes pilot and tug bookings to 60 shipping agents.",
            ],
        },
        {
            "name": "Laadlijn",
            "position": "Backend Developer",
            "location": "Rotterdam, Netherlands",
            "description": "Freight start-up matching shippers with inland barge operators",
            "startDate": "2018-02",
            "endDate": "2018-12",
            "summary": "First software job after coming ashore: Java services for barge bookings.",
            "highlights": ["Built the booking API that took the first 1,500 barge bookings."],
        },
        {
            "name": "Nordhav Tankers",
            "position": "Chief Officer",
            "location": "Copenhagen, Denmark",
            "description": "Danish operator of 30 product tankers",
            "startDate": "2014-06",
            "endDate": "2017-12",
            "summary": "Chief officer on 45,000 dwt product tankers, responsible for cargo operations and the deck crew.",
            "highlights": [
                "Led a deck crew of 9 and planned cargo operations for up to 6 grades of cargo per voyage.",
                "Ran the ship's safety management system through 3 port state control inspections with no detentions.",
            ],
        },
        {
            "name": "Baltic Feeder Lines",
            "position": "Second Officer",
            "location": "Esbjerg, Denmark",
            "description": "Container feeder operator in the Baltic and the North Sea",
            "startDate": "2009-07",
            "endDate": "2014-05",
            "summary": "Navigating officer on container feeder ships, third officer and then second officer.",
            "highlights": [
                "Planned passages and kept the navigational watch on 1,100 TEU feeder ships.",
                "Promoted from third officer to second officer in 2011.",
            ],
        },
    ],
    "volunteer": [
        {
            "organization": "Sea Cadets Rotterdam",
            "position": "Navigation Instructor",
            "startDate": "2019-03",
            "summary": "Teach chart work and collision rules to teenagers on weekends.",
            "highlights": ["Trained 70 cadets in chart work."],
        }
    ],
    "education": [
        {
            "institution": "Nordsø Maritime Academy",
            "area": "Nautical Science",
            "studyType": "Bachelor",
            "startDate": "2005-08",
            "endDate": "2009-06",
        },
        {
            "institution": "Delta Code Academy",
            "area": "Java Software Development",
            "studyType": "Certificate",
            "startDate": "2017-09",
            "endDate": "2018-01",
        },
    ],
    "awards": [
        {
            "title": "Port Innovation Award",
            "date": "2023-10",
            "awarder": "European Port Technology Forum",
            "summary": "For BerthPlan's arrival-time prediction.",
        }
    ],
    "certificates": [
        {
            "name": "STCW Certificate of Competency, Chief Mate (unlimited)",
            "date": "2014-03",
            "issuer": "Danish Maritime Authority",
        },
        {
            "name": "GMDSS General Operator's Certificate",
            "date": "2009-05",
            "issuer": "Danish Maritime Authority",
        },
        {
            "name": "Oracle Certified Professional: Java SE 11 Developer",
            "date": "2019-04",
            "issuer": "Oracle",
        },
        {
            "name": "AWS Certified Solutions Architect - Associate",
            "date": "2022-11",
            "issuer": "Amazon Web Services",
        },
    ],
    "skills": [
        {"name": "Backend", "level": "Expert", "keywords": ["Kotlin", "Java", "Spring Boot", "PostgreSQL"]},
        {"name": "Streaming", "level": "Advanced", "keywords": ["Kafka", "PostGIS"]},
        {"name": "Cloud", "level": "Intermediate", "keywords": ["AWS", "Kubernetes"]},
        {
            "name": "Maritime",
            "level": "Expert",
            "keywords": ["AIS vessel tracking", "berth planning", "ECDIS", "voyage planning"],
        },
    ],
    "languages": [
        {"language": "Danish", "fluency": "Native speaker"},
        {"language": "English", "fluency": "Fluent"},
        {"language": "Dutch", "fluency": "Professional working proficiency"},
        {"language": "German", "fluency": "Basic"},
    ],
    "interests": [
        {"name": "Sailing", "keywords": ["offshore racing", "North Sea regattas"]},
        {"name": "Open data", "keywords": ["AIS", "maps"]},
    ],
    "projects": [
        {
            "name": "aisparse",
            "description": "Open-source Kotlin library that decodes AIS NMEA messages from vessel-tracking receivers.",
            "highlights": ["1,800 stars on GitHub.", "Used by 3 port authorities."],
            "keywords": ["Kotlin", "AIS", "open source"],
            "startDate": "2019-02",
        },
        {
            "name": "TideWindow",
            "description": "A web app that shows the tidal windows in which deep-draught ships can enter a port.",
            "keywords": ["TypeScript", "side project"],
            "startDate": "2020-05",
        },
        {
            "name": "Watch Log",
            "description": "My first program: a Java app to log bridge watch hours on board.",
            "keywords": ["Java", "first project"],
            "startDate": "2016-11",
        },
    ],
}
