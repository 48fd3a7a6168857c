"""A probe owner nobody tuned for: a small-animal veterinarian who co-owned her clinic, turned
machine-learning engineer for veterinary imaging (PyTorch, DICOM, radiograph classifiers, MLOps on
GCP, an X-ray triage product), asked the way recruiters, hiring managers and chat visitors ask
(paraphrases that avoid the content's words, typos, bare keywords, chat shorthand, superlatives,
dates, screening, the small sections). Each answerable question must bring a passage holding all
its facts into the top five; each unanswerable one must get nothing, or only passages marked weak."""

from __future__ import annotations

from typing import Any

import pytest

from tests.probe_owner import ProbeOwner

VETERINARY_IMAGING_OWNER: dict[str, Any] = {
    "basics": {
        "name": "Dr. Ingrid Baptiste-Holloway",
        "label": "Machine Learning Engineer — veterinary imaging",
        "email": "ingrid@baptiste-holloway.example.com",
        "url": "https://ingrid-bh.example.dev",
        "summary": (
            "Eleven years as a small-animal vet, six of them as co-owner of a busy clinic, taught me what a "
            "radiograph looks like at 2 a.m. with a collapsing dog on the table. Since 2020 I have built the "
            "deep-learning models that read those images for clinics without a radiologist on call. I am "
            "after a senior or staff ML role in medical or veterinary imaging; based in Bristol, UK, open "
            "to hybrid or fully remote work, with one month's notice."
        ),
        "location": {"city": "Bristol", "countryCode": "GB", "region": "England"},
        "profiles": [
            {"network": "GitHub", "username": "ingridbh", "url": "https://github.com/ingridbh"},
            {
                "network": "LinkedIn",
                "username": "ingrid-baptiste-holloway",
                "url": "https://linkedin.com/in/ingrid-baptiste-holloway",
            },
        ],
    },
    "work": [
        {
            "name": "Radivet",
            "location": "Bristol, UK (hybrid)",
            "description": "AI radiology start-up for veterinary practices, about 35 staff",
            "position": "Senior Machine Learning Engineer",
            "startDate": "2022-03",
            "summary": (
                "I lead the modelling work behind XRayTriage, a tool that flags urgent findings on dog and "
                "cat radiographs within a minute of upload, now used by 420 clinics in the UK and Ireland."
            ),
            "highlights": [
                "Trained a thoracic radiograph classifier in PyTorch on 180,000 labelled studies that detects "
                "pleural effusion with 94% sensitivity and 91% specificity.",
                "Built the DICOM ingestion service that pulls studies from practice X-ray machines, "
                "anonymises them and queues them for inference.",
                "Moved training and serving to Google Cloud (Vertex AI, GKE, BigQuery), cutting the time "
                "from a new labelled batch to a deployed model from three weeks to two days.",
                "Set up model monitoring that catches drift when a clinic changes X-ray equipment.",
                "Mentor three ML engineers and work with a panel of five board-certified radiologists on "
                "labelling guidelines.",
            ],
        },
        {
            "name": "Petscan Analytics",
            "location": "Cambridge, UK",
            "description": "Research spin-out building imaging tools for animal hospitals",
            "position": "Machine Learning Engineer",
            "startDate": "2020-06",
            "endDate": "2022-02",
            "summary": "Joined as the first ML hire after a year-long data science bootcamp and part-time MSc.",
            "highlights": [
                "Built a hip dysplasia scoring model from pelvic radiographs that agreed with specialist "
                "scores in 87% of cases.",
                "Wrote the labelling tool that vets used to annotate 40,000 images.",
                "Cut inference cost by 60% by converting models to ONNX and serving them on CPUs.",
            ],
        },
        {
            "name": "Harbourside Veterinary Clinic",
            "location": "Bristol, UK",
            "description": "Independent small-animal practice",
            "position": "Veterinary Surgeon and Co-owner",
            "startDate": "2014-01",
            "endDate": "2020-05",
            "summary": (
                "Co-owned and ran the practice with one business partner: 22 staff, about 6,500 registered "
                "patients and an out-of-hours emergency service."
            ),
            "highlights": [
                "Grew annual turnover from £0.9M to £2.1M over six years.",
                "Set up the clinic's digital radiography suite and ran its in-house dental X-ray service.",
                "Performed around 1,200 soft-tissue and orthopaedic surgeries.",
                "Trained four new graduate vets through their first year in practice.",
            ],
        },
        {
            "name": "Medivet Group",
            "location": "London, UK",
            "description": "Network of veterinary hospitals",
            "position": "Small Animal Veterinarian",
            "startDate": "2009-08",
            "endDate": "2013-12",
            "summary": "First-opinion vet in a busy 24-hour hospital in south London.",
            "highlights": ["Worked night shifts in the emergency and critical care unit for two years."],
        },
    ],
    "volunteer": [
        {
            "organization": "StreetVet",
            "position": "Volunteer vet",
            "startDate": "2017-05",
            "summary": "Free veterinary care for dogs of people experiencing homelessness in Bristol, one Sunday a month.",
        }
    ],
    "education": [
        {
            "institution": "Royal Veterinary College, University of London",
            "area": "Veterinary Medicine",
            "studyType": "Bachelor of Veterinary Medicine (BVetMed), equivalent to a DVM",
            "startDate": "2004-09",
            "endDate": "2009-06",
            "score": "Graduated with Merit",
        },
        {
            "institution": "University of Bath",
            "area": "Artificial Intelligence",
            "studyType": "MSc (part-time)",
            "startDate": "2019-09",
            "endDate": "2021-09",
            "score": "Distinction; dissertation on few-shot learning for rare canine cardiac findings",
        },
    ],
    "awards": [
        {
            "title": "Innovation in Veterinary Practice Award",
            "date": "2023-05",
            "awarder": "British Small Animal Veterinary Association (BSAVA)",
            "summary": "Awarded to XRayTriage for shortening emergency triage at night.",
        }
    ],
    "certificates": [
        {
            "name": "Member of the Royal College of Veterinary Surgeons (MRCVS), licence to practise",
            "date": "2009-07",
            "issuer": "Royal College of Veterinary Surgeons",
        },
        {
            "name": "Google Cloud Professional Machine Learning Engineer",
            "date": "2023-01",
            "issuer": "Google Cloud",
        },
        {
            "name": "Certificate in Advanced Veterinary Practice (Small Animal Medicine)",
            "date": "2015-11",
            "issuer": "British Small Animal Veterinary Association",
        },
    ],
    "publications": [
        {
            "name": "Deep learning detection of pleural effusion on canine thoracic radiographs",
            "publisher": "Veterinary Radiology & Ultrasound",
            "releaseDate": "2023-09",
            "summary": "First-author paper validating the classifier against three specialist readers.",
        },
        {
            "name": "Shipping a medical imaging model to 400 clinics",
            "publisher": "PyData London",
            "releaseDate": "2024-06",
            "summary": "Conference talk on MLOps for regulated imaging models.",
        },
    ],
    "skills": [
        {
            "name": "Machine learning",
            "level": "Expert",
            "keywords": ["PyTorch", "computer vision", "CNNs", "few-shot learning", "ONNX"],
        },
        {
            "name": "Medical imaging",
            "level": "Expert",
            "keywords": ["DICOM", "PACS", "radiography", "image annotation"],
        },
        {
            "name": "MLOps",
            "level": "Advanced",
            "keywords": ["Google Cloud", "Vertex AI", "Kubernetes", "MLflow", "Docker"],
        },
        {"name": "Programming", "level": "Advanced", "keywords": ["Python", "SQL", "FastAPI"]},
        {
            "name": "Clinical",
            "level": "Expert",
            "keywords": ["small animal medicine", "surgery", "emergency care", "practice management"],
        },
    ],
    "languages": [
        {"language": "English", "fluency": "Native speaker"},
        {"language": "French", "fluency": "Professional working proficiency"},
        {"language": "Haitian Creole", "fluency": "Conversational"},
    ],
    "interests": [
        {"name": "Trail running", "keywords": ["ultramarathons"]},
        {"name": "Fostering rescue greyhounds"},
    ],
    "references": [
        {
            "name": "Dr. Paul Ashdown, head of radiology at Radivet",
            "reference": "Ingrid reads a radiograph like a clinician and builds a model like an engineer.",
        }
    ],
    "projects": [
        {
            "name": "dicomslice",
            "description": "Open-source Python library for turning DICOM studies into PyTorch-ready tensors",
            "startDate": "2021-02",
            "highlights": ["On PyPI; 540 GitHub stars; used by two university vet schools."],
            "keywords": ["Python", "DICOM", "PyTorch"],
            "url": "https://github.com/ingridbh/dicomslice",
        },
        {
            "name": "VetNotes summariser",
            "description": "A side project that summarises clinical notes into discharge letters with a small language model",
            "startDate": "2024-01",
            "keywords": ["NLP", "LLMs", "Hugging Face"],
        },
    ],
}

OWNER = ProbeOwner(VETERINARY_IMAGING_OWNER)

# (question, facts): written from the content alone, before any of them was searched.
ANSWERABLE: list[tuple[str, tuple[str, ...]]] = [
    ("what does she do now", ("Senior Machine Learning Engineer",)),
    ("who's she working for rn", ("Radivet",)),
    ("how big is radivet", ("about 35 staff",)),
    ("is she actually a vet?", ("Veterinary Surgeon",)),
    ("was she a real veterinarian", ("Small Animal Veterinarian",)),
    ("did she own a business", ("Co-owner",)),
    ("how many employees did her practice have", ("22 staff",)),
    ("how many patients did the clinic have", ("6,500 registered patients",)),
    ("how much did she grow the practice", ("£0.9M to £2.1M",)),
    ("revenue growth", ("£2.1M",)),
    ("how many operations has she done", ("1,200",)),
    ("is she licensed to practise", ("MRCVS",)),
    ("rcvs registration?", ("Royal College of Veterinary Surgeons",)),
    ("does she have a DVM", ("BVetMed",)),
    ("vet degree", ("Veterinary Medicine",)),
    ("where did she go to vet school", ("Royal Veterinary College",)),
    ("when did she qualify as a vet", ("2009",)),
    ("does she have a masters", ("MSc",)),
    ("what was her dissertation on", ("few-shot learning for rare canine cardiac findings",)),
    ("msc grade", ("Distinction",)),
    ("pytorch?", ("PyTorch",)),
    ("does she know dicom", ("DICOM",)),
    ("pacs experience", ("PACS",)),
    ("how accurate is her model", ("94% sensitivity",)),
    ("specificity of the classifier", ("91% specificity",)),
    ("how much training data", ("180,000 labelled studies",)),
    ("what does the chest xray model detect", ("pleural effusion",)),
    ("hip dysplasia", ("hip dysplasia scoring model",)),
    ("how well did the hip model agree with specialists", ("87% of cases",)),
    ("what is xraytriage", ("flags urgent findings",)),
    ("how many clinics use her product", ("420 clinics",)),
    ("which countries is the product used in", ("UK and Ireland",)),
    ("how fast is the triage", ("within a minute of upload",)),
    ("gcp experience", ("Google Cloud",)),
    ("vertex ai", ("Vertex AI",)),
    ("has she used bigquery", ("BigQuery",)),
    ("kubernetes", ("Kubernetes",)),
    ("mlops", ("MLOps",)),
    ("how fast can they ship a new model", ("three weeks to two days",)),
    ("model drift monitoring", ("drift",)),
    ("does she manage people", ("Mentor three ML engineers",)),
    ("has she worked with radiologists", ("five board-certified radiologists",)),
    ("onnx", ("ONNX",)),
    ("inference cost savings", ("60%",)),
    ("labelling tooling", ("labelling tool",)),
    ("how many images were annotated", ("40,000 images",)),
    ("what was her first ML job", ("Petscan Analytics",)),
    ("did she do a bootcamp", ("data science bootcamp",)),
    ("where did she work in london", ("Medivet Group",)),
    ("emergency vet experience", ("emergency and critical care",)),
    ("did she work nights", ("night shifts",)),
    ("what was she doing in 2016", ("Harbourside Veterinary Clinic",)),
    ("who did she work for before radivet", ("Petscan Analytics",)),
    ("when did she leave clinical practice", ("2020-05",)),
    ("why did she switch to tech", ("Since 2020",)),
    ("has she trained junior vets", ("four new graduate vets",)),
    ("dental radiography", ("dental X-ray",)),
    ("does she volunteer", ("StreetVet",)),
    ("charity work", ("StreetVet",)),
    ("awards?", ("Innovation in Veterinary Practice Award",)),
    ("has her product won anything", ("BSAVA",)),
    ("certifications", ("Google Cloud Professional Machine Learning Engineer",)),
    ("is she gcp certified", ("Professional Machine Learning Engineer",)),
    ("postgrad vet qualifications", ("Certificate in Advanced Veterinary Practice",)),
    ("has she published", ("Veterinary Radiology & Ultrasound",)),
    ("peer reviewed papers", ("pleural effusion on canine thoracic radiographs",)),
    ("conference talks", ("PyData London",)),
    ("what languages does she speak", ("English", "French", "Haitian Creole")),
    ("does she speak french", ("French",)),
    ("creole?", ("Haitian Creole",)),
    ("open source work", ("dicomslice",)),
    ("how many stars does dicomslice have", ("540 GitHub stars",)),
    ("is her library on pypi", ("PyPI",)),
    ("nlp experience", ("VetNotes summariser",)),
    ("has she worked with llms", ("small language model",)),
    ("hobbies", ("Trail running",)),
    ("does she run ultras", ("ultramarathons",)),
    ("does she have pets", ("rescue greyhounds",)),
    ("reference", ("Paul Ashdown",)),
    ("what do colleagues say about her", ("reads a radiograph like a clinician",)),
    ("where is she based", ("Bristol",)),
    ("is she open to remote", ("fully remote",)),
    ("notice period", ("one month",)),
    ("what kind of role is she after", ("senior or staff ML role",)),
    ("github", ("github.com/ingridbh",)),
    ("email", ("ingrid@baptiste-holloway.example.com",)),
    ("fastapi", ("FastAPI",)),
    ("computer vision experience", ("computer vision",)),
    ("cnn", ("CNNs",)),
    ("wat does radivet do", ("AI radiology start-up",)),
    ("expereince with medical imaging", ("Medical imaging",)),
    ("most impressive model tbh", ("94% sensitivity",)),
    ("biggest clinical achievement", ("£0.9M to £2.1M",)),
    ("how long has she been at radivet", ("2022-03",)),
    ("how long was she a vet", ("Eleven years",)),
    ("surgery experience", ("orthopaedic surgeries",)),
    ("mlflow", ("MLflow",)),
    ("cat and dog xrays", ("dog and cat radiographs",)),
    # a second batch, written before it was searched
    ("is she a licenced vet in the uk", ("MRCVS",)),
    ("wht is her current title", ("Senior Machine Learning Engineer",)),
    ("did she run her own clinic", ("Co-owner",)),
    ("how many people worked at her practice", ("22 staff",)),
    ("out of hours experience", ("out-of-hours emergency service",)),
    ("how many clinics is xraytriage in", ("420 clinics",)),
    ("sensitivity", ("94% sensitivity",)),
    ("false positive rate", ("91% specificity",)),
    ("what diseases can her models detect", ("pleural effusion",)),
    ("radiology ai", ("AI radiology start-up",)),
    ("does she do deep learning", ("deep-learning models",)),
    ("chest x-rays", ("thoracic radiograph classifier",)),
    ("orthopaedic imaging", ("hip dysplasia",)),
    ("deployment speed improvements", ("three weeks to two days",)),
    ("gke", ("GKE",)),
    ("big query", ("BigQuery",)),
    ("does she mentor", ("Mentor three ML engineers",)),
    ("how many engineers does she mentor", ("three ML engineers",)),
    ("first ml hire?", ("first ML hire",)),
    ("what did she do at petscan", ("Machine Learning Engineer",)),
    ("where was petscan based", ("Cambridge",)),
    ("when did she start at petscan", ("2020-06",)),
    ("what was she doing in 2011", ("Medivet Group",)),
    ("her first job out of vet school", ("Small Animal Veterinarian",)),
    ("24 hour hospital", ("24-hour hospital",)),
    ("where did she do her masters", ("University of Bath",)),
    ("is her msc in ai", ("Artificial Intelligence",)),
    ("did she graduate with honours", ("Graduated with Merit",)),
    ("when did she finish her masters", ("2021-09",)),
    ("bsava", ("BSAVA",)),
    ("when did she get the google cert", ("2023-01",)),
    ("what did she talk about at pydata", ("Shipping a medical imaging model to 400 clinics",)),
    ("first author papers", ("First-author paper",)),
    ("does she speak any other languages", ("French",)),
    ("is she bilingual", ("French",)),
    ("pypi package", ("dicomslice",)),
    ("which vet schools use dicomslice", ("two university vet schools",)),
    ("hugging face", ("Hugging Face",)),
    ("side projects", ("VetNotes summariser",)),
    ("discharge letters", ("discharge letters",)),
    ("does she like running", ("Trail running",)),
    ("greyhounds", ("rescue greyhounds",)),
    ("homeless charity", ("StreetVet",)),
    ("is she based in the uk", ("Bristol",)),
    ("can she start next month", ("one month",)),
    ("linkedin", ("linkedin.com/in/ingrid-baptiste-holloway",)),
    ("her website", ("ingrid-bh.example.dev",)),
    ("what's her full name", ("Ingrid Baptiste-Holloway",)),
    ("docker?", ("Docker",)),
    ("sql", ("SQL",)),
    ("has she worked with specialists", ("board-certified radiologists",)),
    ("labelling guidelines", ("labelling guidelines",)),
    ("x-ray equipment", ("X-ray",)),
    ("cpu inference", ("serving them on CPUs",)),
    ("dental", ("dental X-ray",)),
    ("how long did she co-own the practice", ("2014-01",)),
    ("is she a staff engineer", ("Senior Machine Learning Engineer",)),
    ("what seniority is she looking for", ("senior or staff ML role",)),
]

# Missed, left for a later session: a paraphrase whose answer passage is a long job entry holding only
# the rarest of the question's words ("anonymised" of "anonymises" in a highlight; "patient data" is
# written "studies"), ranked under a short passage holding a commoner one ("PyData"); and a sector asked
# by its plain name ("animal health") where the job says "AI radiology start-up for veterinary practices"
# (the long job passage again, under "Vertex AI" and the MSc in Artificial Intelligence).
KNOWN_MISSES: list[tuple[str, tuple[str, ...]]] = [
    ("has she anonymised patient data", ("anonymises",)),
    ("animal health ai", ("AI radiology start-up for veterinary practices",)),
]

UNANSWERABLE: list[str] = [
    "whats her phone number",
    "Does she know Rust?",
    "What's her salary expectation?",
    "Has she got a PhD?",
    "Does she speak German?",
    "Has she used AWS SageMaker?",
    "Is she a certified equine vet?",
    "Has she worked in the United States?",
    "Does she know TensorFlow?",
    "Has she worked for IDEXX?",
    "whats her shoe size",
    "does she know react",
    "does she hold a pilot licence",
    # the second batch
    "does she know Julia",
    "Does she have a driving licence?",
    "what's her visa status",
    "Has she used Azure?",
]


@pytest.mark.parametrize(("question", "facts"), ANSWERABLE, ids=[q for q, _ in ANSWERABLE])
def test_the_fact_bearing_passage_is_in_the_top_five(question: str, facts: tuple[str, ...]) -> None:
    missing, passages = OWNER.facts_not_in_top(question, facts)
    assert not missing, (missing, passages)


@pytest.mark.parametrize(("question", "facts"), KNOWN_MISSES, ids=[q for q, _ in KNOWN_MISSES])
@pytest.mark.xfail(strict=True, reason="a known miss (see KNOWN_MISSES)")
def test_a_known_miss_still_misses(question: str, facts: tuple[str, ...]) -> None:
    test_the_fact_bearing_passage_is_in_the_top_five(question, facts)


# Answered strongly though unanswerable, left for a later session: a board certification asked in a field
# her colleagues hold one in ("five board-certified radiologists"; the credential's words are all written,
# on no credential entry), and an everyday noun the portfolio never writes as the object of "worked with"
# ("horses": a common word weighs as phrasing, so "worked" alone answers it).
UNANSWERED_KNOWN_MISSES: list[str] = ["Is she board certified in radiology?", "has she worked with horses"]


@pytest.mark.parametrize("question", UNANSWERED_KNOWN_MISSES)
@pytest.mark.xfail(strict=True, reason="a known miss (see UNANSWERED_KNOWN_MISSES)")
def test_an_unanswerable_known_miss_still_misses(question: str) -> None:
    test_an_unanswerable_question_gets_nothing_strong(question)


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_an_unanswerable_question_gets_nothing_strong(question: str) -> None:
    assert not OWNER.strong_hits(question)
