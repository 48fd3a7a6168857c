"""An invented probe owner: a sworn translator and court interpreter turned localisation engineer.

A career none of the tuning owners has (a decade of legal and technical translation, sworn for
Polish and German, with a yearly word count; then i18n pipelines in Python and TypeScript, ICU
message formats and a translation-management-system integration with customer and string counts),
an FAQ-like summary (notice, permit, relocation, salary) and every JSON Resume section, so the
offline answerer is tried on near-miss questions nobody tuned it for
(tests/chat/test_probe_translator.py).
"""

from __future__ import annotations

from typing import Any

PROBE_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Dorota Maciejewska",
        "label": "Localisation Engineer (former sworn translator and court interpreter)",
        "email": "dorota.maciejewska@example.com",
        "url": "https://dorotam.example.com",
        "summary": (
            "Localisation engineer based in Leipzig, Germany. For nine years I worked as a freelance "
            "translator and court interpreter, sworn for Polish and German, translating about 400,000 "
            "words a year. Since 2019 I have built internationalisation pipelines in Python and "
            "TypeScript. I am a Polish citizen with the right to work anywhere in the EU. I work hybrid "
            "or remotely (CET) and would consider relocating to Berlin. My notice period is three months. "
            "I am looking for EUR 75,000 a year."
        ),
        "location": {"city": "Leipzig", "countryCode": "DE", "region": "Saxony"},
        "profiles": [
            {
                "network": "GitHub",
                "username": "dmaciejewska",
                "url": "https://github.example.com/dmaciejewska",
            }
        ],
    },
    "work": [
        {
            "name": "Vendiro",
            "position": "Senior Localisation Engineer",
            "location": "Leipzig, Germany",
            "description": "Online shop builder for small retailers",
            "startDate": "2021-09",
            "summary": (
                "I own the internationalisation pipeline of Vendiro's shop builder, which ships in 24 "
                "locales, in a team of five engineers."
            ),
            "highlights": [
                "Built the Crowdin integration that syncs source strings and translations for 310 customers and 2.4 million strings.",
                "Migrated the front end from string concatenation to ICU MessageFormat, with plural and gender rules for all 24 locales.",
                "Added a pseudo-localisation step to the CI pipeline in Python; untranslated strings shipped per release fell from about 900 to under 20.",
                "Cut the time from a changed source string to a translated release from 12 days to 3 days.",
            ],
        },
        {
            "name": "Tessaro Software",
            "position": "Localisation Engineer",
            "location": "Leipzig, Germany",
            "description": "60-person maker of practice-management software for dental clinics",
            "startDate": "2019-04",
            "endDate": "2021-08",
            "summary": "The company's first localisation hire.",
            "highlights": [
                "Wrote Python scripts that move XLIFF 1.2 files between the build and the translation agency for 11 languages, replacing manual copy and paste.",
                "Introduced a shared translation memory that cut the agency bill by 35%.",
            ],
        },
        {
            "name": "Self-employed",
            "position": "Freelance Translator and Sworn Court Interpreter",
            "location": "Leipzig, Germany",
            "startDate": "2010-01",
            "endDate": "2019-03",
            "summary": (
                "Legal and technical translation from German and English into Polish and from Polish into "
                "German for law firms, notaries and courts; sworn translator and interpreter for Polish "
                "and German."
            ),
            "highlights": [
                "Translated about 400,000 words a year in memoQ.",
                "Interpreted at criminal and family court hearings across Saxony.",
                "Translated the German user manuals of a machine-tool maker into Polish, 1.2 million words over six years.",
            ],
        },
        {
            "name": "Biuro Tłumaczeń Lingua",
            "position": "In-house Translator",
            "location": "Kraków, Poland",
            "description": "Translation agency",
            "startDate": "2007-09",
            "endDate": "2009-12",
            "summary": "Translated contracts and certificates from German and English into Polish.",
        },
    ],
    "volunteer": [
        {
            "organization": "Leipzig Welcome Desk",
            "position": "Volunteer interpreter",
            "startDate": "2015-10",
            "summary": "Advice centre for migrant workers in Leipzig.",
            "highlights": ["Interpreted Polish and German at more than 300 advice sessions."],
        }
    ],
    "education": [
        {
            "institution": "Leipzig University",
            "area": "Legal Translation",
            "studyType": "Postgraduate certificate",
            "startDate": "2012-10",
            "endDate": "2013-07",
        },
        {
            "institution": "Jagiellonian University",
            "area": "Applied Linguistics (German and English)",
            "studyType": "Master of Arts",
            "startDate": "2002-10",
            "endDate": "2007-06",
        },
    ],
    "awards": [
        {
            "title": "First place, Localisation Hackathon",
            "date": "2022-05",
            "awarder": "Leipzig Language Tech Meetup",
            "summary": "A browser extension that pseudo-localises any web page.",
        }
    ],
    "certificates": [
        {"name": "Cambridge C1 Advanced (CAE)", "date": "2006-06", "issuer": "Cambridge Assessment English"},
        {"name": "AWS Certified Cloud Practitioner", "date": "2022-11", "issuer": "Amazon Web Services"},
        {
            "name": "Sworn translator and interpreter for Polish",
            "date": "2011-05",
            "issuer": "Higher Regional Court Dresden",
        },
    ],
    "skills": [
        {
            "name": "Internationalisation",
            "level": "Expert",
            "keywords": ["ICU MessageFormat", "CLDR", "XLIFF", "pseudo-localisation", "Unicode"],
        },
        {
            "name": "Programming",
            "level": "Advanced",
            "keywords": ["Python", "TypeScript", "React", "FastAPI"],
        },
        {
            "name": "Translation tools",
            "level": "Expert",
            "keywords": ["memoQ", "Crowdin", "translation memory", "terminology management"],
        },
        {"name": "DevOps", "level": "Intermediate", "keywords": ["GitHub Actions", "Docker", "AWS"]},
    ],
    "languages": [
        {"language": "Polish", "fluency": "Native speaker"},
        {"language": "German", "fluency": "Full professional proficiency"},
        {"language": "English", "fluency": "Professional working proficiency"},
        {"language": "Czech", "fluency": "Elementary"},
    ],
    "interests": [
        {"name": "Bouldering", "keywords": ["indoor climbing"]},
        {"name": "Choir singing", "keywords": ["alto in a community choir"]},
        {"name": "Cryptic crosswords", "keywords": []},
    ],
    "projects": [
        {
            "name": "plurals-lint",
            "description": "Open-source Python linter that checks ICU MessageFormat strings for missing plural categories in every CLDR locale.",
            "highlights": ["About 1,100 GitHub stars; downloaded about 40,000 times a month from PyPI."],
            "keywords": ["Python", "ICU", "open source"],
            "startDate": "2020-11",
            "roles": ["Creator", "Maintainer"],
        },
        {
            "name": "Termbase Sync",
            "description": "A TypeScript tool that keeps a company glossary in sync between Crowdin and a shared spreadsheet.",
            "keywords": ["TypeScript", "terminology"],
            "startDate": "2023-02",
        },
    ],
}
