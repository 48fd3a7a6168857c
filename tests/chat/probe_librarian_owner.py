"""An invented probe owner: a public librarian and archivist turned search engineer.

A career none of the tuning owners has (a branch library, a digitisation project with item counts, a
master's in library and information science; then search engineering with Elasticsearch and OpenSearch
in Java and Python, relevance tuning with click-through figures, a catalogue-search product with library
and query counts), an FAQ-like summary (notice, work permit, remote, salary) and every JSON Resume
section, so the offline answerer is tried on near-miss questions nobody tuned it for
(tests/chat/test_probe_librarian.py).
"""

from __future__ import annotations

from typing import Any

PROBE_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Maren Holtby",
        "label": "Search Engineer (former public librarian and archivist)",
        "email": "maren.holtby@example.com",
        "url": "https://mholtby.example.com",
        "summary": (
            "Search engineer based in Leeds, England. I worked for nine years as a public librarian and "
            "archivist before I moved into search engineering in 2019. I build search with Elasticsearch "
            "and OpenSearch in Java and Python, and I care most about relevance. I am a British citizen "
            "and have the right to work in the UK. I am open to hybrid work in Leeds or fully remote "
            "roles. My notice period is two months. I am looking for a salary of £68,000 a year."
        ),
        "location": {"city": "Leeds", "countryCode": "GB", "region": "West Yorkshire"},
        "profiles": [
            {
                "network": "GitHub",
                "username": "mholtby",
                "url": "https://github.example.com/mholtby",
            }
        ],
    },
    "work": [
        {
            "name": "Shelfmark",
            "position": "Senior Search Engineer",
            "location": "Leeds, England",
            "description": "Catalogue search for public and academic libraries",
            "startDate": "2022-01",
            "summary": (
                "I lead relevance for Shelfmark's catalogue-search product, in a team of three search "
                "engineers."
            ),
            "highlights": [
                "Moved the catalogue search from Elasticsearch 7 to OpenSearch 2 with no downtime.",
                "The product now serves 140 library systems and about 2.5 million queries a day.",
                "Raised click-through on the first page of results from 31% to 44% by relevance tuning with learning to rank.",
                "Built a query-suggestion service in Java that cut zero-result searches by 38%.",
            ],
        },
        {
            "name": "Northgate Data",
            "position": "Search Developer",
            "location": "Manchester, England",
            "description": "A 40-person consultancy that builds search for publishers",
            "startDate": "2019-04",
            "endDate": "2021-12",
            "summary": "Built Elasticsearch search and indexing pipelines in Python for publishers' archives.",
            "highlights": [
                "Indexed 12 million newspaper articles for a regional publisher's archive search.",
                "Wrote the synonym and stemming rules the consultancy reused on every project.",
            ],
        },
        {
            "name": "Calderdale Libraries",
            "position": "Branch Librarian and Archivist",
            "location": "Halifax, England",
            "description": "Public library service",
            "startDate": "2010-09",
            "endDate": "2019-03",
            "summary": "Ran a branch library and the local-history archive.",
            "highlights": [
                "Led a digitisation project that scanned and catalogued 85,000 photographs and maps from the local-history archive.",
                "Started a weekly code club for children at the branch.",
            ],
        },
    ],
    "volunteer": [
        {
            "organization": "West Yorkshire Archive Volunteers",
            "position": "Volunteer cataloguer",
            "startDate": "2019-06",
            "summary": "Catalogues parish records for the county archive on weekends.",
            "highlights": ["Transcribed more than 3,000 parish register entries."],
        }
    ],
    "education": [
        {
            "institution": "University of Sheffield",
            "area": "Library and Information Science",
            "studyType": "Master of Arts",
            "startDate": "2008-09",
            "endDate": "2009-09",
        },
        {
            "institution": "University of York",
            "area": "History",
            "studyType": "Bachelor of Arts",
            "startDate": "2005-09",
            "endDate": "2008-06",
        },
    ],
    "awards": [
        {
            "title": "Community Heritage Award",
            "date": "2017-11",
            "awarder": "Yorkshire Heritage Trust",
            "summary": "For the local-history digitisation project.",
        }
    ],
    "certificates": [
        {"name": "Elastic Certified Engineer", "date": "2020-08", "issuer": "Elastic"},
        {
            "name": "AWS Certified Cloud Practitioner",
            "date": "2021-05",
            "issuer": "Amazon Web Services",
        },
        {"name": "Chartered Member of CILIP", "date": "2013-02", "issuer": "CILIP"},
    ],
    "skills": [
        {
            "name": "Search",
            "level": "Expert",
            "keywords": ["Elasticsearch", "OpenSearch", "relevance tuning", "learning to rank"],
        },
        {
            "name": "Programming",
            "level": "Advanced",
            "keywords": ["Java", "Python", "Spring Boot"],
        },
        {
            "name": "Library systems",
            "level": "Advanced",
            "keywords": ["MARC 21", "Dublin Core", "Koha"],
        },
        {"name": "Infrastructure", "level": "Intermediate", "keywords": ["Docker", "Terraform", "AWS"]},
    ],
    "languages": [
        {"language": "English", "fluency": "Native speaker"},
        {"language": "Welsh", "fluency": "Elementary"},
    ],
    "interests": [
        {"name": "Fell running", "keywords": ["Yorkshire Dales"]},
        {"name": "Bookbinding", "keywords": []},
        {"name": "Chess", "keywords": ["club player"]},
    ],
    "projects": [
        {
            "name": "marc2json",
            "description": "Open-source Python library that converts MARC 21 catalogue records to JSON for search indexing.",
            "highlights": ["About 450 GitHub stars; used by six university libraries."],
            "keywords": ["Python", "MARC 21", "open source"],
            "startDate": "2020-02",
            "roles": ["Creator", "Maintainer"],
        },
        {
            "name": "Relevance Notebook",
            "description": "A tool that compares two search rankings side by side on a set of judged queries.",
            "keywords": ["Python", "OpenSearch", "relevance"],
            "startDate": "2023-06",
        },
    ],
}
