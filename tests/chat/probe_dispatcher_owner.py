"""An invented probe owner: an airline flight dispatcher turned backend engineer for flight operations.

A career none of the tuning owners has (an airline operations room, then Kotlin services for
flight planning), with an FAQ-like summary that deliberately leaves things out (no salary, no
head counts of employers, no dates on some figures), so the offline answerer is tried on near-miss
questions the content cannot answer (tests/chat/test_probe_dispatcher.py).
"""

from __future__ import annotations

from typing import Any

PROBE_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Ilse Marchetti",
        "label": "Senior Backend Engineer, flight operations software",
        "email": "ilse.marchetti@example.com",
        "summary": (
            "Backend engineer in Toulouse, France. I worked six years as a licensed flight dispatcher "
            "before moving into software in 2018, and I now build Kotlin and Spring Boot services that "
            "plan fuel, routes and crew for airlines. I am an Italian citizen and can work anywhere in "
            "the EU. I work hybrid, two days a week in the office. My notice period is two months."
        ),
        "location": {"city": "Toulouse", "countryCode": "FR", "region": "Occitanie"},
    },
    "work": [
        {
            "name": "Aerowave",
            "position": "Senior Backend Engineer",
            "location": "Toulouse, France",
            "description": "Maker of flight-planning software for airlines",
            "startDate": "2021-10",
            "summary": "I lead the fuel-planning service in a team of six engineers.",
            "highlights": [
                "Moved the flight-plan pipeline to Kafka Streams; it now handles 12,000 flights a day.",
                "Cut the latency of the delay-prediction API from 800 ms to 120 ms.",
                "Runs the services on AWS ECS and Lambda, with all infrastructure in Terraform.",
            ],
        },
        {
            "name": "Skyroute Systems",
            "position": "Software Engineer",
            "location": "Milan, Italy",
            "description": "Crew-scheduling software used by 17 regional airlines",
            "startDate": "2018-03",
            "endDate": "2021-09",
            "summary": "Built the rostering engine in Java and PostgreSQL.",
            "highlights": [
                "Rewrote the pairing optimiser, cutting the nightly roster run from 5 hours to 40 minutes.",
                "Introduced contract tests between the rostering and payroll services.",
            ],
        },
        {
            "name": "Alpina Air",
            "position": "Flight Dispatcher",
            "location": "Bergamo, Italy",
            "description": "Regional airline",
            "startDate": "2012-02",
            "endDate": "2018-02",
            "summary": "Planned and released flights, watched weather and NOTAMs, and supported crews in the air.",
            "highlights": [
                "Trained 14 new dispatchers in the operations control centre.",
                "Wrote the spreadsheet macros the dispatch desk used to check fuel policy.",
            ],
        },
    ],
    "education": [
        {
            "institution": "Politecnico di Torino",
            "area": "Aerospace Engineering",
            "studyType": "Bachelor",
            "startDate": "2008-09",
            "endDate": "2011-07",
        }
    ],
    "certificates": [
        {"name": "EASA Flight Dispatcher Licence", "date": "2011-12", "issuer": "ENAC"},
        {"name": "AWS Certified Developer - Associate", "date": "2022-06", "issuer": "Amazon Web Services"},
    ],
    "skills": [
        {"name": "Backend", "level": "Expert", "keywords": ["Kotlin", "Java", "Spring Boot", "PostgreSQL"]},
        {"name": "Streaming", "level": "Advanced", "keywords": ["Kafka", "Kafka Streams"]},
        {"name": "Cloud", "level": "Advanced", "keywords": ["AWS", "ECS", "Lambda", "Terraform"]},
        {"name": "Aviation", "level": "Expert", "keywords": ["flight planning", "NOTAMs", "crew rostering"]},
    ],
    "languages": [
        {"language": "Italian", "fluency": "Native speaker"},
        {"language": "French", "fluency": "Fluent"},
        {"language": "English", "fluency": "Fluent"},
    ],
    "interests": [
        {"name": "Gliding", "keywords": ["sailplane pilot", "cross-country flights"]},
        {"name": "Running", "keywords": ["marathons", "trail running"]},
    ],
    "projects": [
        {
            "name": "notamparse",
            "description": "Open-source Kotlin library that parses NOTAM messages into typed objects.",
            "highlights": ["1,200 GitHub stars; used by two flight-planning start-ups."],
            "keywords": ["Kotlin", "open source", "aviation"],
            "startDate": "2020-05",
        },
        {
            "name": "Thermal Log",
            "description": "A web app where glider pilots log flights and share thermals on a map.",
            "keywords": ["Kotlin", "PostgreSQL", "side project"],
            "startDate": "2022-04",
        },
    ],
}
