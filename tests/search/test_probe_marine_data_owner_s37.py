"""A probe owner nobody tuned for (session 37): a marine biologist turned environmental data scientist
(R and Python, species-distribution models, passive acoustic monitoring, research-vessel cruises,
grant-funded projects), asked the way recruiters and hiring managers ask: paraphrases and synonyms that
avoid the content's words, abbreviations, domain jargon, a figure asked by its unit, 'most recent' and
'longest' questions, and questions whose facts sit in two entries. Each answerable question must bring
passages holding all its facts into the top five; each unanswerable one must get nothing, or only
passages marked weak."""

from __future__ import annotations

from typing import Any

import pytest

from tests.probe_owner import ProbeOwner

MARINE_DATA_OWNER: dict[str, Any] = {
    "basics": {
        "name": "Dr. Saoirse Lindqvist-Achebe",
        "label": "Environmental Data Scientist",
        "email": "saoirse@lindqvist-achebe.example.org",
        "url": "https://saoirse-la.example.net",
        "summary": (
            "Marine ecologist by training: eight years at sea and in the lab studying cetaceans and "
            "seabirds, then a move into data science in 2021. I build statistical models that tell "
            "fisheries managers and offshore wind developers where animals are likely to be. Looking for "
            "a lead data scientist role in conservation, climate or ocean tech; based in Galway, Ireland, "
            "happy to work remotely and to travel for fieldwork."
        ),
        "location": {"city": "Galway", "countryCode": "IE", "region": "Connacht"},
        "profiles": [
            {"network": "GitHub", "username": "saoirsela", "url": "https://github.com/saoirsela"},
            {
                "network": "ORCID",
                "username": "0000-0002-1825-0097",
                "url": "https://orcid.org/0000-0002-1825-0097",
            },
        ],
    },
    "work": [
        {
            "name": "Bluewater Analytics",
            "location": "Galway, Ireland (remote-first)",
            "description": "Environmental consultancy serving offshore wind developers, about 60 staff",
            "position": "Senior Environmental Data Scientist",
            "startDate": "2023-04",
            "summary": (
                "I run the statistical modelling for environmental impact assessments of offshore wind farms "
                "off the Irish and Scottish coasts."
            ),
            "highlights": [
                "Built species distribution models in R (mgcv, INLA) for harbour porpoise and minke whale "
                "that informed turbine siting for six wind farms totalling 3.2 GW.",
                "Replaced a manual spreadsheet workflow with a Python and PostGIS pipeline that processes "
                "aerial survey data in hours instead of two weeks.",
                "Lead a team of four analysts and review every model before it goes to the regulator.",
                "Wrote the company's guidance on reproducible analysis with Git, renv and Quarto.",
            ],
        },
        {
            "name": "Marine Institute",
            "location": "Oranmore, Ireland",
            "description": "State agency for marine research",
            "position": "Data Scientist, Ocean Observation",
            "startDate": "2021-02",
            "endDate": "2023-03",
            "summary": "Moved from the survey team into the data science group after a retraining course.",
            "highlights": [
                "Trained a convolutional neural network in TensorFlow that detects dolphin whistles in "
                "hydrophone recordings with 92% precision, replacing weeks of manual listening.",
                "Processed 14 TB of passive acoustic data from 11 moored recorders along the Atlantic shelf.",
                "Built a Shiny dashboard that shows live sea temperature and chlorophyll from buoys to "
                "the public.",
            ],
        },
        {
            "name": "Marine Institute",
            "location": "Oranmore, Ireland",
            "position": "Research Scientist, Marine Mammal Surveys",
            "startDate": "2016-09",
            "endDate": "2021-01",
            "summary": "Led visual and acoustic surveys of whales, dolphins and seabirds.",
            "highlights": [
                "Chief scientist on nine research cruises aboard the RV Celtic Explorer, up to 21 days at sea each.",
                "Coordinated a team of twelve observers on the annual cetacean abundance survey.",
                "Co-wrote the grant proposal that secured €1.8 million from the European Maritime and "
                "Fisheries Fund for a five-year acoustic monitoring programme.",
            ],
        },
        {
            "name": "University of St Andrews",
            "location": "St Andrews, Scotland",
            "position": "Postdoctoral Research Fellow",
            "startDate": "2014-10",
            "endDate": "2016-08",
            "summary": "Sea Mammal Research Unit: tagging studies of grey seals.",
            "highlights": [
                "Deployed GPS tags on 38 grey seals and modelled their foraging trips with hidden Markov models.",
                "Taught the R module of the MRes in Marine Mammal Science.",
            ],
        },
    ],
    "education": [
        {
            "institution": "University College Cork",
            "area": "Zoology and Marine Ecology",
            "studyType": "PhD",
            "startDate": "2010-09",
            "endDate": "2014-09",
            "score": "Thesis: diving behaviour of northern gannets in relation to prey fields",
        },
        {
            "institution": "National University of Ireland, Galway",
            "area": "Marine Science",
            "studyType": "BSc (Hons)",
            "startDate": "2006-09",
            "endDate": "2010-06",
            "score": "First Class Honours",
        },
        {
            "institution": "Springboard+",
            "area": "Data Analytics",
            "studyType": "Higher Diploma",
            "startDate": "2020-01",
            "endDate": "2020-12",
            "score": "Distinction",
        },
    ],
    "awards": [
        {
            "title": "Early Career Scientist Award",
            "date": "2019-11",
            "awarder": "Irish Whale and Dolphin Group",
            "summary": "For the acoustic monitoring programme on the west coast.",
        }
    ],
    "certificates": [
        {
            "name": "Professional Certificate in Machine Learning",
            "date": "2021-06",
            "issuer": "Coursera / DeepLearning.AI",
        },
        {
            "name": "STCW Basic Safety Training",
            "date": "2016-05",
            "issuer": "National Maritime College of Ireland",
        },
        {
            "name": "JNCC Marine Mammal Observer",
            "date": "2015-03",
            "issuer": "Joint Nature Conservation Committee",
        },
    ],
    "publications": [
        {
            "name": "Predicting harbour porpoise hotspots with generalised additive models",
            "publisher": "Journal of Applied Ecology",
            "releaseDate": "2022-05",
            "summary": "Lead author; the model is used by the national parks service.",
        },
        {
            "name": "Deep learning for dolphin whistle detection",
            "publisher": "Ecological Informatics",
            "releaseDate": "2023-02",
            "summary": "Co-author; open dataset of 40,000 labelled whistle clips.",
        },
    ],
    "skills": [
        {
            "name": "Statistics",
            "level": "Expert",
            "keywords": ["R", "GAMs", "Bayesian models", "INLA", "mixed models"],
        },
        {"name": "Programming", "level": "Advanced", "keywords": ["Python", "pandas", "SQL", "Git"]},
        {"name": "Geospatial", "level": "Advanced", "keywords": ["PostGIS", "QGIS", "sf", "raster data"]},
        {
            "name": "Machine learning",
            "level": "Intermediate",
            "keywords": ["TensorFlow", "scikit-learn", "CNNs"],
        },
        {
            "name": "Fieldwork",
            "level": "Expert",
            "keywords": ["vessel surveys", "hydrophones", "animal tagging"],
        },
    ],
    "languages": [
        {"language": "English", "fluency": "Native speaker"},
        {"language": "Irish", "fluency": "Fluent"},
        {"language": "Swedish", "fluency": "Conversational"},
    ],
    "interests": [{"name": "Sea kayaking"}, {"name": "Underwater photography", "keywords": ["scuba diving"]}],
    "references": [
        {
            "name": "Prof. Ciarán Mulcahy, director of ocean science at the Marine Institute",
            "reference": "Saoirse turns messy field data into models a regulator trusts.",
        }
    ],
    "projects": [
        {
            "name": "whistlenet",
            "description": "Open-source Python package for detecting dolphin whistles in audio files",
            "startDate": "2022-01",
            "highlights": ["Used by four research groups; 310 GitHub stars."],
            "keywords": ["Python", "TensorFlow", "bioacoustics"],
        },
        {
            "name": "sdmtools",
            "description": "R package of helpers for fitting and validating species distribution models",
            "startDate": "2019-06",
            "highlights": ["On CRAN since 2020."],
            "keywords": ["R", "ecology"],
        },
    ],
    "volunteer": [
        {
            "organization": "Coastwatch Ireland",
            "position": "Volunteer survey coordinator",
            "startDate": "2015-01",
            "summary": "Organises an annual shoreline litter survey in County Galway.",
        }
    ],
}

OWNER = ProbeOwner(MARINE_DATA_OWNER)

# (question, facts): written from the content alone, before any of them was searched.
ANSWERABLE: list[tuple[str, tuple[str, ...]]] = [
    ("what's her current job title", ("Senior Environmental Data Scientist",)),
    ("who employs her at the moment", ("Bluewater Analytics",)),
    ("headcount of her current employer", ("about 60 staff",)),
    ("has she done habitat suitability modelling", ("species distribution models",)),
    ("SDMs?", ("species distribution models",)),
    ("which animals did she model for the wind farms", ("harbour porpoise and minke whale",)),
    ("how many gigawatts of offshore wind has her work fed into", ("3.2 GW",)),
    ("how much capacity do the wind farms have", ("3.2 GW",)),
    ("EIA experience", ("environmental impact assessments",)),
    ("renewables experience", ("offshore wind",)),
    ("does she do spatial databases", ("PostGIS",)),
    ("how much faster did she make the survey processing", ("hours instead of two weeks",)),
    ("drone or plane survey data", ("aerial survey data",)),
    ("does she have people management experience", ("Lead a team of four analysts",)),
    ("how big is her team", ("four analysts",)),
    ("reproducible research practices", ("reproducible analysis",)),
    ("has she used quarto", ("Quarto",)),
    ("dolphin call detection", ("dolphin whistles",)),
    ("bioacoustics", ("bioacoustics",)),
    ("how much audio data has she handled", ("14 TB",)),
    ("how many underwater microphones were deployed", ("11 moored recorders",)),
    ("precision of the whistle detector", ("92% precision",)),
    ("deep learning framework", ("TensorFlow",)),
    ("r shiny", ("Shiny dashboard",)),
    ("oceanographic buoy data", ("sea temperature and chlorophyll",)),
    ("time at sea", ("21 days at sea",)),
    ("ship time / research cruises", ("nine research cruises",)),
    ("which research vessel", ("RV Celtic Explorer",)),
    ("was she the PI on cruises", ("Chief scientist",)),
    ("how much grant funding has she won", ("€1.8 million",)),
    ("who funded the acoustic programme", ("European Maritime and Fisheries Fund",)),
    ("EMFF", ("European Maritime and Fisheries Fund",)),
    ("how many observers did she coordinate", ("twelve observers",)),
    ("whale and dolphin abundance surveys", ("cetacean abundance survey",)),
    ("postdoc", ("Postdoctoral Research Fellow",)),
    ("how many seals did she tag", ("38 grey seals",)),
    ("HMMs", ("hidden Markov models",)),
    ("teaching experience", ("Taught the R module",)),
    ("what is her doctorate in", ("Zoology and Marine Ecology",)),
    ("phd thesis topic", ("diving behaviour of northern gannets",)),
    ("undergrad degree", ("Marine Science",)),
    ("degree classification", ("First Class Honours",)),
    ("did she retrain in data", ("Data Analytics",)),
    ("awards", ("Early Career Scientist Award",)),
    ("is she a qualified MMO", ("Marine Mammal Observer",)),
    ("sea survival training", ("STCW Basic Safety Training",)),
    ("ML certification", ("Professional Certificate in Machine Learning",)),
    ("papers in journals", ("Journal of Applied Ecology",)),
    ("GAM paper", ("generalised additive models",)),
    ("does she speak gaelic", ("Irish",)),
    ("what languages", ("English", "Irish", "Swedish")),
    ("CRAN package", ("sdmtools",)),
    ("open-source audio tool", ("whistlenet",)),
    ("hobbies", ("Sea kayaking",)),
    ("does she dive", ("scuba diving",)),
    ("beach clean-ups", ("shoreline litter survey",)),
    ("where is she based", ("Galway",)),
    ("would she relocate or work remote", ("work remotely",)),
    ("what's she looking for next", ("lead data scientist role",)),
    ("orcid", ("orcid.org/0000-0002-1825-0097",)),
    ("geospatial tools", ("QGIS",)),
    ("bayesian stats", ("Bayesian models",)),
    ("most recent job before her current one", ("Data Scientist, Ocean Observation",)),
    ("her longest job", ("Research Scientist, Marine Mammal Surveys",)),
    ("what was she doing in 2018", ("Research Scientist, Marine Mammal Surveys",)),
    ("when did she switch from biology to data science", ("2021",)),
    ("what did she study before her phd", ("Marine Science",)),
    # multi-hop: facts in two entries
    (
        "which of her packages is written in her expert-level language and where is it published",
        ("sdmtools", "CRAN"),
    ),
    (
        "what journal published the research behind her open-source whistle detector",
        ("Ecological Informatics",),
    ),
    (
        "the award was for which programme, and how much funding did that programme get",
        ("acoustic monitoring programme", "€1.8 million"),
    ),
]

# Missed, left for a later session: an acronym of the field ("PAM", passive acoustic monitoring) whose
# phrase the content never writes whole ("passive acoustic data", "acoustic monitoring programme" in two
# entries), so its initials spell no run of the content's words; a field's word for what the content
# says by its instrument ("telemetry" for "GPS tags", "animal tagging"): no table relates them.
KNOWN_MISSES: list[tuple[str, tuple[str, ...]]] = [
    ("PAM experience", ("passive acoustic",)),
    ("telemetry experience", ("GPS tags",)),
]

UNANSWERABLE: list[str] = [
    "does she know Julia",
    "has she worked in Australia",
    "what's her salary expectation",
    "does she have a driving licence",
    "does she speak Japanese",
    "has she used AWS SageMaker",
    "is she a certified commercial diver",
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
