"""An invented probe owner: a hotel operations manager turned backend developer on a hotel-booking platform.

A career none of the tuning owners has (a front office and a night shift at two hotels, then Go and
PostgreSQL services for a booking platform, with freelance work for small guesthouses overlapping
both), an unfinished distance-learning degree next to a bootcamp and a hospitality diploma, and an
FAQ-like summary holding notice, visa, remote and salary (tests/chat/test_probe_hotelier.py).
"""

from __future__ import annotations

from typing import Any

PROBE_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Anders Lykke",
        "label": "Backend Developer, hotel distribution and pricing",
        "email": "anders.lykke@example.com",
        "summary": (
            "Backend developer in Valencia, Spain. I spent seven years in hotel operations, first on the "
            "front desk of a boutique hotel in Copenhagen and then as night manager of a 180-room hotel "
            "in Valencia, before moving into software in 2020. I now write Go and PostgreSQL services for "
            "a hotel-booking platform. I am a Danish citizen and can work anywhere in the EU without a "
            "visa; for the UK or the US I would need sponsorship. I am open to remote roles within CET "
            "plus or minus two hours, or hybrid in Valencia. My notice period is six weeks. My salary "
            "expectation is EUR 55,000 to 62,000 a year."
        ),
        "location": {"city": "Valencia", "countryCode": "ES", "region": "Valencian Community"},
    },
    "work": [
        {
            "name": "Roomfinch",
            "position": "Backend Developer",
            "location": "Valencia, Spain",
            "description": "Hotel-booking platform for independent hotels in Southern Europe",
            "startDate": "2021-04",
            "summary": "I build the Go and PostgreSQL services behind the booking engine in a team of five.",
            "highlights": [
                "Built the channel-manager integration that syncs rates and availability for 2,300 "
                "properties with Booking.com and Expedia; it processes 45,000 bookings a month.",
                "Wrote the pricing service that suggests nightly rates from occupancy and competitor "
                "prices; hotels using it raised revenue per available room by 8%.",
                "Cut the p95 latency of the availability API from 900 ms to 150 ms with partial "
                "indexes in PostgreSQL and a Redis cache.",
            ],
        },
        {
            "name": "Hostal Las Dunas",
            "position": "Freelance Backend Developer",
            "location": "Alicante, Spain",
            "description": "Family-run guesthouse with 14 rooms",
            "startDate": "2021-09",
            "endDate": "2022-03",
            "summary": "Evening and weekend freelance work next to my job at Roomfinch.",
            "highlights": [
                "Connected the guesthouse's room calendar to Airbnb and Booking.com through iCal sync, "
                "ending double bookings.",
            ],
        },
        {
            "name": "Casa Azahar",
            "position": "Freelance Web Developer",
            "location": "Valencia, Spain",
            "description": "Guesthouse with 9 rooms in the old town",
            "startDate": "2020-06",
            "endDate": "2021-05",
            "summary": "Built a direct-booking website with a small Go backend.",
            "highlights": [
                "Direct bookings rose from 10% to 28% of stays in the first year.",
            ],
        },
        {
            "name": "Hotel Mirador del Puerto",
            "position": "Night Manager",
            "location": "Valencia, Spain",
            "description": "Four-star city hotel with 180 rooms",
            "startDate": "2016-05",
            "endDate": "2020-03",
            "summary": "Ran the hotel overnight and led the night audit.",
            "highlights": [
                "Led a night team of 5 auditors and porters.",
                "Kept occupancy at 87% through 2019 and raised the guest score on Booking.com from 8.1 "
                "to 8.9.",
                "Wrote Excel VBA macros that cut the night audit from 3 hours to 45 minutes.",
            ],
        },
        {
            "name": "Hotel Nordlys",
            "position": "Front Office Supervisor",
            "location": "Copenhagen, Denmark",
            "description": "Boutique hotel with 64 rooms",
            "startDate": "2013-08",
            "endDate": "2016-04",
            "summary": "Ran the front desk: check-in, reservations and guest complaints.",
            "highlights": [
                "Supervised a front desk of 8 receptionists.",
                "Introduced an upselling script that brought in DKK 400,000 of room upgrades in one year.",
            ],
        },
    ],
    "education": [
        {
            "institution": "Universitat Oberta de Catalunya",
            "area": "Computer Science",
            "studyType": "Bachelor (not completed, distance learning)",
            "startDate": "2019-09",
            "endDate": "2022-06",
            "courses": ["Databases", "Algorithms and Data Structures", "Operating Systems"],
        },
        {
            "institution": "Codepier Bootcamp",
            "area": "Full-Stack Web Development",
            "studyType": "Bootcamp",
            "startDate": "2020-04",
            "endDate": "2020-06",
        },
        {
            "institution": "Copenhagen Hospitality College",
            "area": "Hotel and Tourism Management",
            "studyType": "Diploma",
            "startDate": "2011-08",
            "endDate": "2013-06",
        },
    ],
    "certificates": [
        {"name": "Certified Hospitality Supervisor", "date": "2015-05", "issuer": "AHLEI"},
        {"name": "PostgreSQL Associate Certification", "date": "2022-11", "issuer": "EDB"},
    ],
    "skills": [
        {"name": "Backend", "level": "Advanced", "keywords": ["Go", "PostgreSQL", "Redis", "gRPC", "Docker"]},
        {"name": "Integrations", "level": "Advanced", "keywords": ["REST APIs", "webhooks", "OTA XML"]},
        {
            "name": "Hospitality",
            "level": "Expert",
            "keywords": ["revenue management", "property management systems", "night audit"],
        },
        {
            "name": "Operations",
            "level": "Intermediate",
            "keywords": ["Kubernetes", "Prometheus", "GitHub Actions"],
        },
    ],
    "languages": [
        {"language": "Danish", "fluency": "Native speaker"},
        {"language": "English", "fluency": "Fluent"},
        {"language": "Spanish", "fluency": "Professional working proficiency"},
        {"language": "German", "fluency": "Basic"},
    ],
    "interests": [
        {"name": "Cycling", "keywords": ["road cycling", "Sierra Calderona climbs"]},
    ],
    "projects": [
        {
            "name": "otaxml-go",
            "description": "Open-source Go library that reads and writes OpenTravel (OTA) XML messages.",
            "highlights": ["640 GitHub stars; used by 3 channel managers in production."],
            "keywords": ["Go", "open source", "hotel distribution"],
            "startDate": "2021-11",
        },
        {
            "name": "Night Audit Helper",
            "description": "Excel add-in that balances the night audit and flags rate mismatches.",
            "highlights": ["Shared with night auditors at 12 hotels."],
            "keywords": ["Excel", "VBA", "side project"],
            "startDate": "2018-02",
        },
    ],
}
