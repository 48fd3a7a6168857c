"""An invented probe owner: an air-traffic controller turned aviation-safety software engineer (session 37).

A career none of the tuning owners has (eight years as an en-route area controller and on-the-job
training instructor; then safety-critical software in Ada and C for radar data processing, DO-178C
safety cases, hazard analyses), with stated limits a visitor may ask about (a lapsed licence, a tool
evaluated and not adopted, a team led but not managed, no clearance, no relocation, never Level A), and
near-miss questions that share her words but ask what she never says (tests/chat/test_probe_atc_safety_s37.py).
"""

from __future__ import annotations

from typing import Any

PROBE_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Jorien Valkema",
        "label": "Aviation Safety Software Engineer (former air traffic controller)",
        "email": "jorien.valkema@example.com",
        "url": "https://jvalkema.example.com",
        "summary": (
            "Safety-critical software engineer based in Toulouse, France. I spent eight years as an "
            "en-route air traffic controller before I moved into aviation safety software in 2017. I write "
            "Ada and C for radar data processing systems and build the safety cases that certify them. "
            "I have worked to DO-178C Level B and Level C, never Level A. I am a Dutch citizen with the "
            "right to work anywhere in the EU. I prefer hybrid work in Toulouse; I am not looking for "
            "fully remote roles and I do not want to relocate. I do not hold a security clearance. My "
            "notice period is three months."
        ),
        "location": {"city": "Toulouse", "countryCode": "FR", "region": "Occitanie"},
        "profiles": [
            {
                "network": "GitHub",
                "username": "jvalkema",
                "url": "https://github.example.com/jvalkema",
            }
        ],
    },
    "work": [
        {
            "name": "Skyfold Avionics",
            "position": "Lead Safety Software Engineer",
            "location": "Toulouse, France",
            "description": "Surveillance data processing systems for air navigation service providers",
            "startDate": "2021-01",
            "summary": (
                "I lead the safety case for Skyfold's multi-radar tracker, in a team of six engineers. I do "
                "not manage the team; the engineering manager does."
            ),
            "highlights": [
                "Wrote the DO-178C Level B software accomplishment summary for the multi-radar tracker and took it through certification in 2023.",
                "Rewrote the plot-to-track association in Ada 2012, cutting false tracks by 27%.",
                "Evaluated SPARK Pro for formal proof of the tracker core in 2022; the team chose not to adopt it.",
                "The tracker now processes data from 48 radar stations across four countries.",
            ],
        },
        {
            "name": "Aerosure Engineering",
            "position": "Safety Software Engineer",
            "location": "Bordeaux, France",
            "description": "A 120-person engineering consultancy for avionics and air traffic management systems",
            "startDate": "2017-09",
            "endDate": "2020-12",
            "summary": "Wrote C and Ada for ground-based air traffic management systems and the hazard analyses behind them.",
            "highlights": [
                "Wrote the functional hazard assessment for a conflict alert tool now used at three area control centres.",
                "Compared LDRA and Polyspace for static analysis and adopted Polyspace.",
                "Built a MISRA C checking pipeline with Polyspace that found 340 defects before integration testing.",
            ],
        },
        {
            "name": "Northsea Air Navigation",
            "position": "Area Controller",
            "location": "Amsterdam, Netherlands",
            "description": "Air navigation service provider",
            "startDate": "2009-03",
            "endDate": "2017-07",
            "summary": (
                "Controlled en-route traffic in the upper airspace; on-the-job training instructor from 2013."
            ),
            "highlights": [
                "Handled up to 45 aircraft an hour in the busiest upper sector.",
                "Trained 14 trainee controllers as an on-the-job training instructor.",
                "Took part in the safety review of the new short-term conflict alert.",
            ],
        },
    ],
    "volunteer": [
        {
            "organization": "Aéroclub de Toulouse Vol à Voile",
            "position": "Volunteer safety officer",
            "startDate": "2019-03",
            "summary": "Runs the gliding club's incident reporting and yearly safety briefing.",
            "highlights": ["Reviewed 60 incident reports since 2019."],
        }
    ],
    "education": [
        {
            "institution": "University of York",
            "area": "Safety-Critical Systems Engineering",
            "studyType": "Master of Science",
            "startDate": "2018-10",
            "endDate": "2020-09",
        },
        {
            "institution": "University of Groningen",
            "area": "Mathematics",
            "studyType": "Bachelor of Science",
            "startDate": "2005-09",
            "endDate": "2008-07",
        },
    ],
    "awards": [
        {
            "title": "Skyfold Engineering Excellence Award",
            "date": "2023-12",
            "awarder": "Skyfold Avionics",
            "summary": "For taking the multi-radar tracker through DO-178C certification.",
        }
    ],
    "certificates": [
        {
            "name": "Air Traffic Controller Licence, area radar rating (lapsed in 2018)",
            "date": "2009-02",
            "issuer": "Dutch Human Environment and Transport Inspectorate",
        },
        {"name": "ISTQB Certified Tester Foundation Level", "date": "2019-04", "issuer": "ISTQB"},
    ],
    "publications": [
        {
            "name": "Writing safety cases that reviewers can read",
            "publisher": "Safety-Critical Systems Symposium",
            "releaseDate": "2022-02",
            "summary": "How Goal Structuring Notation arguments go wrong and how to keep them short.",
        }
    ],
    "skills": [
        {
            "name": "Safety engineering",
            "level": "Expert",
            "keywords": [
                "DO-178C",
                "ED-109A",
                "safety cases",
                "Goal Structuring Notation",
                "functional hazard assessment",
                "FMEA",
            ],
        },
        {"name": "Programming", "level": "Advanced", "keywords": ["Ada 2012", "C", "Python"]},
        {"name": "Verification tools", "level": "Advanced", "keywords": ["Polyspace", "GNAT Pro", "Git"]},
        {
            "name": "Surveillance",
            "level": "Advanced",
            "keywords": ["ASTERIX", "multi-radar tracking", "ADS-B"],
        },
    ],
    "languages": [
        {"language": "Dutch", "fluency": "Native speaker"},
        {"language": "English", "fluency": "Full professional"},
        {"language": "French", "fluency": "Professional working"},
    ],
    "interests": [
        {"name": "Gliding", "keywords": ["cross-country"]},
        {"name": "Bouldering", "keywords": []},
    ],
    "projects": [
        {
            "name": "asterix-ada",
            "description": "Open-source Ada library that decodes ASTERIX category 48 radar messages.",
            "highlights": ["About 120 GitHub stars; used by two university research groups."],
            "keywords": ["Ada", "ASTERIX", "open source"],
            "startDate": "2019-05",
            "roles": ["Creator", "Maintainer"],
        }
    ],
}
