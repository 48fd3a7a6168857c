"""An invented probe owner: a newspaper reporter turned data-visualisation developer.

A career none of the tuning owners has (newsrooms, then charts and maps for the web), with an
FAQ-like summary (notice, visa, remote, salary) and every JSON Resume section, so the offline
answerer is tried on questions nobody tuned it for (tests/chat/test_probe_journalist.py).
"""

from __future__ import annotations

from typing import Any

PROBE_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Noor Halvorsen",
        "label": "Data Visualisation Developer (former data journalist)",
        "email": "noor.halvorsen@example.com",
        "url": "https://noorhalvorsen.example.com",
        "summary": (
            "Data visualisation developer based in Bergen, Norway. I spent seven years as a reporter and "
            "data journalist before moving into software in 2019; today I build interactive charts, maps "
            "and dashboards with D3.js, Svelte, TypeScript and Python for climate researchers and "
            "newsrooms. My election-night map was read by 2.1 million people in one evening. "
            "I am a Norwegian citizen with the right to work anywhere in the EU/EEA; for a job in the "
            "United States or Canada I would need visa sponsorship. I work remotely from Bergen and "
            "overlap comfortably with UTC-2 to UTC+4; I am happy to visit an office in Oslo or "
            "Copenhagen once a month, but I am not relocating. My notice period is one month. "
            "I am looking for a salary of NOK 850,000 to 950,000 a year, or the equivalent in EUR."
        ),
        "location": {"city": "Bergen", "countryCode": "NO", "region": "Vestland"},
        "profiles": [
            {"network": "GitHub", "username": "noorhal", "url": "https://github.example.com/noorhal"}
        ],
    },
    "work": [
        {
            "name": "Klimaatlas Foundation",
            "position": "Senior Data Visualisation Engineer",
            "location": "Remote (Amsterdam, Netherlands)",
            "description": "Non-profit that publishes open climate data for European cities",
            "startDate": "2022-09",
            "summary": (
                "I lead the front end of the Klimaatlas city explorer and the charts in its yearly "
                "climate report, in a team of five engineers."
            ),
            "highlights": [
                "Rebuilt the city explorer in Svelte and WebGL: the map now loads in 1.4 seconds instead of 9 seconds on a mid-range phone.",
                "Designed an accessible chart kit (screen-reader tables, colour-blind-safe palettes) used across 31 report pages.",
                "Mentored two junior developers, both promoted within a year.",
            ],
        },
        {
            "name": "Fjordgraph",
            "position": "Data Visualisation Developer",
            "location": "Oslo, Norway",
            "description": "Start-up selling an embeddable chart builder to newsrooms",
            "startDate": "2019-04",
            "endDate": "2022-08",
            "summary": "Built chart types and the rendering engine of the Fjordgraph chart builder.",
            "highlights": [
                "Wrote the map renderer that 140 newsrooms used to publish choropleth maps.",
                "Cut the size of the embed script from 410 KB to 96 KB, which halved time-to-first-chart.",
                "Introduced visual regression tests with Playwright, catching 60 rendering bugs before release.",
            ],
        },
        {
            "name": "Nordlys Kringkasting",
            "position": "Data Journalist",
            "location": "Oslo, Norway",
            "description": "National public broadcaster",
            "startDate": "2016-01",
            "endDate": "2019-03",
            "summary": "Reported stories from public data and built the graphics that went with them.",
            "highlights": [
                "Built the election-night results map for the 2017 parliamentary election, read by 2.1 million people.",
                "Analysed 12 years of hospital waiting-list data with Python and pandas for a series that won the Norwegian Data Journalism Award.",
                "Trained 45 reporters in spreadsheets and basic SQL.",
            ],
        },
        {
            "name": "Vestkyst Tidende",
            "position": "Reporter",
            "location": "Bergen, Norway",
            "description": "Regional daily newspaper",
            "startDate": "2012-08",
            "endDate": "2015-12",
            "summary": "General news reporter covering local politics, health and the harbour.",
            "highlights": [
                "Wrote more than 600 articles, including a series on ferry safety that led to a public inquiry."
            ],
        },
    ],
    "volunteer": [
        {
            "organization": "Hacks/Hackers Bergen",
            "position": "Co-organiser",
            "startDate": "2017-05",
            "summary": "Runs a meetup where journalists and developers build things together.",
            "highlights": ["Grew the meetup to 380 members and ran 24 evening workshops."],
        }
    ],
    "education": [
        {
            "institution": "Lowland University",
            "area": "Information Visualisation",
            "studyType": "MSc",
            "startDate": "2017-09",
            "endDate": "2019-06",
            "score": "Distinction",
            "courses": ["Perception and Colour", "Interactive Graphics", "Statistics for Visualisation"],
        },
        {
            "institution": "Volda University College",
            "area": "Journalism",
            "studyType": "Bachelor",
            "startDate": "2009-08",
            "endDate": "2012-06",
        },
    ],
    "awards": [
        {
            "title": "Norwegian Data Journalism Award",
            "date": "2018-11",
            "awarder": "Norwegian Press Association",
            "summary": "For the hospital waiting-list series at Nordlys Kringkasting.",
        }
    ],
    "certificates": [
        {"name": "Tableau Desktop Specialist", "date": "2019-10", "issuer": "Tableau"},
        {"name": "AWS Certified Cloud Practitioner", "date": "2021-05", "issuer": "Amazon Web Services"},
    ],
    "publications": [
        {
            "name": "Colour Scales That Do Not Lie",
            "publisher": "Visualisation Quarterly",
            "releaseDate": "2021-03",
            "summary": "An essay on choosing perceptually even colour scales for maps.",
        }
    ],
    "skills": [
        {
            "name": "Data visualisation",
            "level": "Expert",
            "keywords": ["D3.js", "Svelte", "WebGL", "Observable Plot"],
        },
        {
            "name": "Front end",
            "level": "Advanced",
            "keywords": ["TypeScript", "JavaScript", "CSS", "Playwright"],
        },
        {"name": "Data analysis", "level": "Advanced", "keywords": ["Python", "pandas", "SQL", "R"]},
    ],
    "languages": [
        {"language": "Norwegian", "fluency": "Native speaker"},
        {"language": "English", "fluency": "Fluent"},
        {"language": "Spanish", "fluency": "Intermediate (B1)"},
    ],
    "interests": [{"name": "Outdoors", "keywords": ["sea kayaking", "mountain hiking"]}],
    "projects": [
        {
            "name": "drawbridge",
            "description": "Open-source TypeScript library of accessible D3 chart components.",
            "highlights": [
                "1,900 GitHub stars and about 30,000 npm downloads a week.",
                "Every chart ships with a screen-reader data table and keyboard navigation.",
            ],
            "keywords": ["TypeScript", "D3.js", "accessibility", "open source"],
            "startDate": "2020-02",
            "roles": ["Creator", "Maintainer"],
        },
        {
            "name": "Pollen Atlas",
            "description": "A daily pollen forecast map for Norway, built with Svelte and open weather data.",
            "highlights": ["About 8,000 visitors a day in the spring season."],
            "keywords": ["Svelte", "maps", "side project"],
            "startDate": "2023-03",
        },
        {
            "name": "Ferry Tracker",
            "description": "A live map of Bergen's harbour ferries, my first coding project, built in 2015 while still a reporter.",
            "keywords": ["JavaScript", "Leaflet"],
            "startDate": "2015-04",
        },
    ],
}
