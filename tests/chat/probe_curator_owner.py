"""An invented probe owner: a museum curator turned digital-collections and search engineer.

A career none of the tuning owners has (six years curating a regional art museum's collections,
a start-up she co-founded to digitise small-town archives, a bank, then a search company), written
so that most entries can be named by what they ARE rather than by their names: the employer's own
description says "bank", "museum", "start-up"; each job has a city; projects and talks describe
themselves in words a visitor would paraphrase. Questions about it are in
tests/chat/test_probe_curator.py.
"""

from __future__ import annotations

from typing import Any

PROBE_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Ilse Varga",
        "label": "Senior Search Engineer (former museum curator)",
        "email": "ilse.varga@example.com",
        "url": "https://ilsevarga.example.com",
        "summary": (
            "Search engineer based in Berlin. I spent six years as a curator of digital collections before "
            "moving into software, and I am most at home making messy cultural-heritage records findable: "
            "relevance tuning, multilingual query parsing and linked data. I care about accessible "
            "interfaces and led the museum's move to WCAG 2.1 AA. I am a Swedish citizen with the right to "
            "work in the EU, I work hybrid from Berlin and my notice period is two months."
        ),
        "location": {"city": "Berlin", "countryCode": "DE"},
        "profiles": [
            {"network": "GitHub", "username": "ilsevarga", "url": "https://github.example.com/ilsevarga"}
        ],
    },
    "work": [
        {
            "name": "Lumenary",
            "position": "Senior Search Engineer",
            "location": "Berlin, Germany",
            "description": "Series B start-up selling a hosted search platform to libraries and archives",
            "startDate": "2022-04",
            "summary": "I own relevance and query understanding for the search platform, in a team of six.",
            "highlights": [
                "Raised search click-through by 31% with a learning-to-rank model trained on reading-room logs.",
                "Built query parsing for 14 languages, including compound splitting for German and Swedish.",
                "Cut the nightly index build from 9 hours to 40 minutes.",
                "Cut cloud spend by EUR 180,000 a year by moving vector search onto the existing cluster.",
            ],
        },
        {
            "name": "Hanseatic Mutual",
            "position": "Data Engineer",
            "location": "Hamburg, Germany",
            "description": "Cooperative bank serving small businesses in northern Germany",
            "startDate": "2020-01",
            "endDate": "2022-03",
            "summary": "Built the data pipelines behind fraud alerts and regulatory reporting.",
            "highlights": [
                "Built a Kafka pipeline that screens 2 million card transactions a day for fraud.",
                "Saved EUR 400,000 a year in licence fees by replacing a vendor reporting tool with dbt and SQL.",
            ],
        },
        {
            "name": "Archivo Labs",
            "position": "Co-founder and CTO",
            "location": "Leipzig, Germany",
            "description": "Start-up I co-founded to digitise and publish small-town archives",
            "startDate": "2018-03",
            "endDate": "2019-12",
            "summary": "Led a team of five engineers building scanning, OCR and publishing tools for municipal archives.",
            "highlights": [
                "Digitised 220,000 pages for 35 municipal archives.",
                "Raised EUR 600,000 in seed funding; the company was wound down when the second round fell through.",
            ],
        },
        {
            "name": "Hallberg House",
            "position": "Curator of Digital Collections",
            "location": "Gothenburg, Sweden",
            "description": "Regional museum of art and design",
            "startDate": "2012-02",
            "endDate": "2018-02",
            "summary": "Catalogued the collection and ran the museum's online presence.",
            "highlights": [
                "Catalogued 48,000 objects into the museum's first online collection, which drew 1.2 million visits in its first year.",
                "Rebuilt the collections website to meet WCAG 2.1 AA, writing alt text for 30,000 images.",
                "Curated the exhibition Threads of the North, seen by 85,000 visitors.",
                "Cut digitisation costs by SEK 900,000 by bringing photography in-house.",
            ],
        },
    ],
    "volunteer": [
        {
            "organization": "Open Shelf Foundation",
            "position": "Volunteer Systems Lead",
            "startDate": "2019-06",
            "summary": "Charity that sets up reading rooms in refugee shelters.",
            "highlights": ["Set up library catalogues and lending software in 12 shelters."],
        }
    ],
    "education": [
        {
            "institution": "Rhineland Open University",
            "area": "Computer Science",
            "studyType": "BSc",
            "startDate": "2015-10",
            "endDate": "2019-09",
            "score": "Studied part-time while working",
        },
        {
            "institution": "Uppsala University",
            "area": "Art History",
            "studyType": "MA",
            "startDate": "2009-09",
            "endDate": "2011-06",
        },
    ],
    "awards": [
        {
            "title": "Digital Heritage Award",
            "date": "2017-05",
            "awarder": "Nordic Museums Association",
            "summary": "For the museum's first online collection.",
        },
        {
            "title": "Audience Prize",
            "date": "2019-11",
            "awarder": "Culture Hack Berlin",
            "summary": "For Forgery Finder, built over one weekend.",
        },
    ],
    "publications": [
        {
            "name": "Linked Data for Small Museums",
            "publisher": "Journal of Digital Heritage",
            "releaseDate": "2018-04",
            "summary": "How a museum with no developers can publish its catalogue as linked open data.",
        }
    ],
    "skills": [
        {
            "name": "Search",
            "level": "Expert",
            "keywords": ["Elasticsearch", "OpenSearch", "Solr", "learning to rank"],
        },
        {"name": "Data engineering", "level": "Advanced", "keywords": ["Python", "Kafka", "SQL", "dbt"]},
        {"name": "Collections", "level": "Expert", "keywords": ["cataloguing", "metadata standards", "IIIF"]},
    ],
    "languages": [
        {"language": "Swedish", "fluency": "Native speaker"},
        {"language": "German", "fluency": "Fluent"},
        {"language": "English", "fluency": "Fluent"},
    ],
    "interests": [{"name": "Letterpress printing", "keywords": ["wood type", "bookbinding"]}],
    "projects": [
        {
            "name": "Provenance Graph",
            "description": "Open-source Python library that links museum object records to Wikidata.",
            "highlights": ["3,400 GitHub stars; used by 60 museums."],
            "keywords": ["Python", "linked data", "open source"],
            "startDate": "2017-03",
        },
        {
            "name": "Glossa",
            "description": "Open-source stemmer and synonym toolkit for catalogue search in Nordic languages.",
            "highlights": ["900 GitHub stars."],
            "keywords": ["Python", "search", "open source"],
            "startDate": "2021-02",
        },
        {
            "name": "Forgery Finder",
            "description": "Hackathon entry: a model that flags likely forged signatures on scanned letters.",
            "highlights": ["Won the Audience Prize at Culture Hack Berlin 2019."],
            "keywords": ["computer vision", "hackathon"],
            "startDate": "2019-11",
        },
        {
            "name": "Tidewatch",
            "description": "Side project that maps historic ship logbooks onto weather records.",
            "highlights": ["Transcribed and mapped 120,000 logbook entries with volunteers."],
            "keywords": ["side project", "maps"],
            "startDate": "2020-08",
        },
    ],
}
