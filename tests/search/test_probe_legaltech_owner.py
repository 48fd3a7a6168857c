"""A probe owner nobody tuned for: a commercial lawyer turned legal-tech engineer, asked the way
recruiters, hiring managers and chat visitors ask (paraphrases that avoid the content's words,
typos, bare keywords, chat shorthand, superlatives, dates, screening, the small sections). Each
answerable question must bring a passage holding all its facts into the top five; each
unanswerable one must get nothing, or only passages marked weak."""

from __future__ import annotations

from typing import Any

import pytest

from tests.probe_owner import ProbeOwner

LEGALTECH_OWNER: dict[str, Any] = {
    "basics": {
        "name": "Tomasz Wieczorek",
        "label": "Legal Engineer — document automation and contract NLP",
        "email": "tomasz@wieczorek.example.com",
        "phone": "+48 601 234 567",
        "url": "https://tomasz.example.com",
        "summary": (
            "Former commercial lawyer who practised for six years, drafting and negotiating supply, licensing "
            "and outsourcing agreements, before retraining as a software engineer in 2019. I now build tools "
            "that read contracts so lawyers don't have to read every clause themselves. Looking for a lead "
            "engineering role in legal tech or regtech; fully remote or in Warsaw. Available from March 2027."
        ),
        "location": {"city": "Warsaw", "countryCode": "PL", "region": "Masovia"},
        "profiles": [
            {"network": "GitHub", "username": "twieczorek", "url": "https://github.com/twieczorek"},
            {
                "network": "LinkedIn",
                "username": "tomasz-wieczorek",
                "url": "https://linkedin.com/in/tomasz-wieczorek",
            },
        ],
    },
    "work": [
        {
            "name": "Clausewise",
            "location": "Warsaw, Poland (remote-first)",
            "description": "Contract review SaaS for in-house legal teams, 60 staff",
            "position": "Lead Legal Engineer",
            "startDate": "2022-04",
            "summary": (
                "I lead the four-person team that builds the clause extraction engine behind the product, "
                "used by 310 paying customers across 14 countries."
            ),
            "highlights": [
                "Built a clause classification model (fine-tuned DeBERTa on 48,000 annotated clauses) that "
                "finds indemnity, limitation of liability and change-of-control clauses with 94% F1.",
                "Cut the average first-pass review of a 40-page NDA from 55 minutes to 6 minutes for customers.",
                "Grew annual recurring revenue from the playbook module to €1.8M by shipping automated "
                "redlining against a customer's negotiation playbook.",
                "Set up the GDPR data-processing and SOC 2 Type II controls for customer documents, passing "
                "the first audit with no exceptions.",
                "Hired and onboarded three engineers and one legal knowledge engineer.",
            ],
        },
        {
            "name": "Draftline",
            "location": "Kraków, Poland",
            "description": "Document automation start-up, acquired by a legal publisher in 2022",
            "position": "Software Engineer",
            "startDate": "2019-10",
            "endDate": "2022-03",
            "summary": (
                "Joined as the fifth engineer after a coding bootcamp; built the template engine that "
                "generates contracts from questionnaires."
            ),
            "highlights": [
                "Wrote the Jinja-based template language that law firms use to automate 2,300 precedent "
                "documents.",
                "Built a Word add-in in TypeScript so lawyers could fill templates without leaving Microsoft Word.",
                "Reduced document generation failures from 7% to 0.4% with a schema validator for templates.",
            ],
        },
        {
            "name": "Kowalczyk Nowak & Partners",
            "location": "Warsaw, Poland",
            "description": "Commercial law firm, 120 lawyers",
            "position": "Senior Associate, Commercial Contracts",
            "startDate": "2015-09",
            "endDate": "2019-07",
            "summary": (
                "Advised manufacturers and software vendors on supply chains, IT outsourcing and licensing."
            ),
            "highlights": [
                "Negotiated a €40M IT outsourcing agreement for a national logistics operator.",
                "Ran the firm's GDPR compliance programme for 30 corporate clients in 2018.",
                "Introduced the firm's first clause library, cutting drafting time for standard NDAs by half.",
            ],
        },
        {
            "name": "Kowalczyk Nowak & Partners",
            "location": "Warsaw, Poland",
            "position": "Trainee Advocate (aplikant adwokacki)",
            "startDate": "2013-09",
            "endDate": "2015-08",
            "summary": "Three-year bar traineeship in corporate and contract law; attended court hearings.",
        },
    ],
    "education": [
        {
            "institution": "University of Warsaw",
            "area": "Law",
            "studyType": "Master of Laws (magister prawa)",
            "startDate": "2008-10",
            "endDate": "2013-06",
            "score": "Grade: very good (5.0)",
            "courses": ["Thesis: Liability caps in software licensing agreements"],
        },
        {
            "institution": "Le Wagon",
            "area": "Web development",
            "studyType": "Coding bootcamp certificate",
            "startDate": "2019-04",
            "endDate": "2019-06",
        },
    ],
    "certificates": [
        {
            "name": "Admitted Advocate, Warsaw Bar Association",
            "date": "2016-06",
            "issuer": "Polish Bar Council",
        },
        {
            "name": "Certified Information Privacy Professional / Europe (CIPP/E)",
            "date": "2018-03",
            "issuer": "IAPP",
        },
        {
            "name": "AWS Certified Machine Learning - Specialty",
            "date": "2023-09",
            "issuer": "Amazon Web Services",
        },
    ],
    "awards": [
        {
            "title": "Legal Innovation Award — Best Contract Technology",
            "date": "2024-05",
            "awarder": "European Legal Tech Association",
            "summary": "For Clausewise's automated redlining.",
        }
    ],
    "publications": [
        {
            "name": "Reading the fine print at scale: clause extraction for in-house teams",
            "publisher": "Journal of Law and Technology Practice",
            "releaseDate": "2023-11",
            "summary": "Compares rule-based and transformer clause extraction on 3,000 real supply contracts.",
        }
    ],
    "skills": [
        {
            "name": "Natural language processing",
            "level": "Advanced",
            "keywords": ["spaCy", "Hugging Face Transformers", "PyTorch", "named entity recognition"],
        },
        {
            "name": "Backend",
            "level": "Advanced",
            "keywords": ["Python", "FastAPI", "PostgreSQL", "Celery"],
        },
        {
            "name": "Document automation",
            "level": "Expert",
            "keywords": ["Jinja", "docx templating", "Word add-ins"],
        },
        {"name": "Frontend", "level": "Intermediate", "keywords": ["TypeScript", "React"]},
        {
            "name": "Legal",
            "level": "Expert",
            "keywords": ["contract drafting", "commercial negotiation", "GDPR", "data protection"],
        },
    ],
    "languages": [
        {"language": "Polish", "fluency": "Native speaker"},
        {"language": "English", "fluency": "Full professional proficiency (C2)"},
        {"language": "German", "fluency": "Intermediate (B1)"},
    ],
    "volunteer": [
        {
            "organization": "Warsaw Legal Aid Clinic",
            "position": "Pro bono adviser",
            "startDate": "2017-01",
            "summary": "Monthly evening sessions advising tenants on rental agreements.",
        }
    ],
    "interests": [
        {"name": "Chess", "keywords": ["online blitz", "club tournaments"]},
        {"name": "Climbing", "keywords": ["bouldering"]},
    ],
    "references": [
        {
            "name": "Agnieszka Maj, General Counsel at a Clausewise customer",
            "reference": "Tomasz speaks both lawyer and engineer; our team's review backlog disappeared.",
        }
    ],
    "projects": [
        {
            "name": "clausekit",
            "description": "Open-source Python library for splitting contracts into numbered clauses and definitions.",
            "highlights": ["1,100 GitHub stars", "Used in two university legal-informatics courses"],
            "keywords": ["Python", "spaCy", "regex"],
            "startDate": "2020-08",
            "url": "https://github.com/twieczorek/clausekit",
        },
        {
            "name": "Lease Check",
            "description": "Free web tool that flags unfair terms in Polish residential leases for tenants.",
            "highlights": ["25,000 leases checked in its first year"],
            "keywords": ["FastAPI", "React"],
            "startDate": "2021-05",
        },
    ],
}

OWNER = ProbeOwner(LEGALTECH_OWNER)

# (question, facts): written from the content alone, before any of them was searched.
ANSWERABLE: list[tuple[str, tuple[str, ...]]] = [
    ("What does Tomasz do now?", ("Lead Legal Engineer",)),
    ("who does he work for rn", ("Clausewise",)),
    ("how big is his current company", ("60 staff",)),
    ("is he actually a qualified lawyer?", ("Admitted Advocate",)),
    ("bar admission?", ("Warsaw Bar Association",)),
    ("when was he admitted to the bar", ("2016-06",)),
    ("did he practise law before coding", ("Senior Associate, Commercial Contracts",)),
    ("what kind of law did he do", ("Commercial Contracts",)),
    ("when did he switch from law to software", ("2019",)),
    ("how did he learn to code", ("coding bootcamp",)),
    ("law degree?", ("Master of Laws",)),
    ("where did he study law", ("University of Warsaw",)),
    ("What was his thesis on?", ("Liability caps in software licensing agreements",)),
    ("did he get good grades at uni", ("very good (5.0)",)),
    ("how many customers does the product have", ("310 paying customers",)),
    ("in how many countries are their clients", ("14 countries",)),
    ("how accurate is his clause model", ("94% F1",)),
    ("what model did he fine tune", ("DeBERTa",)),
    ("how much training data did he label", ("48,000 annotated clauses",)),
    ("which clause types can his system detect", ("indemnity",)),
    ("how much time does his tool save on NDA reviews", ("55 minutes to 6 minutes",)),
    ("whats the biggest revenue number he's responsible for", ("€1.8M",)),
    ("ARR?", ("€1.8M",)),
    ("has he built redlining features", ("automated redlining",)),
    ("SOC2 experience?", ("SOC 2 Type II",)),
    ("has he been through a security audit", ("no exceptions",)),
    ("how big is his team", ("four-person team",)),
    ("does he have hiring experience", ("Hired and onboarded three engineers",)),
    ("is he a people manager", ("four-person team",)),
    ("what did he build at Draftline", ("template engine",)),
    ("how many templates do law firms automate with his language", ("2,300 precedent documents",)),
    ("has he built office plugins", ("Word add-in",)),
    ("did he improve reliability anywhere", ("7% to 0.4%",)),
    ("what happened to the startup he worked at", ("acquired by a legal publisher",)),
    ("how long was he at Draftline", ("2019-10", "2022-03")),
    ("largest deal he negotiated as a lawyer", ("€40M IT outsourcing agreement",)),
    ("has he done privacy compliance work", ("GDPR compliance programme",)),
    ("how many clients did he help with gdpr", ("30 corporate clients",)),
    ("first job out of uni?", ("Trainee Advocate",)),
    ("how big was the law firm", ("120 lawyers",)),
    ("did he ever go to court", ("court hearings",)),
    ("certs", ("CIPP/E",)),
    ("is he privacy certified", ("CIPP/E",)),
    ("any aws certs?", ("AWS Certified Machine Learning",)),
    ("newest certification?", ("AWS Certified Machine Learning",)),
    ("What languages does he speak?", ("Polish", "English")),
    ("how's his english", ("Full professional proficiency (C2)",)),
    ("sprechen sie deutsch? does he know german", ("Intermediate (B1)",)),
    ("mother tongue?", ("Polish",)),
    ("Where is he based?", ("Warsaw",)),
    ("is he open to remote", ("fully remote or in Warsaw",)),
    ("when can he start", ("March 2027",)),
    ("whats his availabilty tbh", ("March 2027",)),
    ("what roles is he after", ("lead engineering role in legal tech or regtech",)),
    ("any awards", ("Legal Innovation Award",)),
    ("what did he win in 2024", ("Best Contract Technology",)),
    ("has he published", ("Reading the fine print at scale",)),
    ("which journal", ("Journal of Law and Technology Practice",)),
    ("how many contracts did the paper study", ("3,000 real supply contracts",)),
    ("open source?", ("clausekit",)),
    ("most starred repo", ("1,100 GitHub stars",)),
    ("is his library used in teaching", ("legal-informatics courses",)),
    ("has he built anything for tenants", ("Lease Check",)),
    ("how many people used the lease tool", ("25,000 leases",)),
    ("pro bono work?", ("Warsaw Legal Aid Clinic",)),
    ("does he volunteer", ("Pro bono adviser",)),
    ("hobbies", ("Chess",)),
    ("does he do any sport", ("Climbing",)),
    ("spacy", ("spaCy",)),
    ("does he know pytorch", ("PyTorch",)),
    ("NER experience?", ("named entity recognition",)),
    ("is he good at python", ("Python",)),
    ("fastapi", ("FastAPI",)),
    ("postgres?", ("PostgreSQL",)),
    ("can he do frontend", ("React",)),
    ("whats his strongest skill", ("Expert",)),
    ("who can vouch for him", ("Agnieszka Maj",)),
    ("what do his references say", ("speaks both lawyer and engineer",)),
    ("github?", ("github.com/twieczorek",)),
    ("email", ("tomasz@wieczorek.example.com",)),
    ("has he worked on machine learning", ("DeBERTa",)),
    ("transformers experience", ("Hugging Face Transformers",)),
    ("does he have SaaS experience", ("Contract review SaaS",)),
    ("has he worked at a law firm", ("Kowalczyk Nowak & Partners",)),
    ("what was he doing in 2017", ("Senior Associate",)),
    ("where did he work before Clausewise", ("Draftline",)),
    ("how long has he been at his current job", ("2022-04",)),
    ("licensing agreements experience", ("licensing",)),
    ("did he ever work on outsourcing deals", ("IT outsourcing",)),
    ("knowledge management at the firm?", ("clause library",)),
    ("data protection", ("data protection",)),
    ("Has he worked in regtech or compliance?", ("GDPR",)),
    ("bootcamp?", ("Le Wagon",)),
    ("is he a contract drafter", ("contract drafting",)),
    ("linkedin", ("linkedin.com/in/tomasz-wieczorek",)),
    ("does he speak any foreign languages", ("English",)),
    # a second batch, written after the first had run and before this one did
    ("whats his job title", ("Lead Legal Engineer",)),
    ("was he ever an attorney", ("Senior Associate, Commercial Contracts",)),
    ("Is he licensed to practise law?", ("Admitted Advocate",)),
    ("did he do a legal apprenticeship", ("Trainee Advocate",)),
    ("LLM?", ("Master of Laws",)),
    ("JD or LLB?", ("Master of Laws",)),
    ("which university did he go to", ("University of Warsaw",)),
    ("how long did the bootcamp take", ("2019-04", "2019-06")),
    ("when did he leave the law firm", ("2019-07",)),
    ("what was he doing in 2021", ("Draftline",)),
    ("how many engineers were there when he joined draftline", ("fifth engineer",)),
    ("what did the startup do", ("Document automation start-up",)),
    ("has he worked in ms word integrations", ("Word add-in",)),
    ("has he shipped a ml model to prod", ("DeBERTa",)),
    ("how fast can they review an nda now", ("6 minutes",)),
    ("biggest contract he ever worked on", ("€40M",)),
    ("has he been through compliance audits", ("SOC 2 Type II",)),
    ("privacy law experience", ("GDPR",)),
    ("has he ever worked with big corporate clients", ("30 corporate clients",)),
    ("does he have any managerial experience", ("four-person team",)),
    ("how big was the team he leads", ("four-person team",)),
    ("what did he do to speed up drafting at the firm", ("clause library",)),
    ("has he done anything for access to justice", ("Warsaw Legal Aid Clinic",)),
    ("has he helped renters", ("tenants",)),
    ("does he play chess", ("Chess",)),
    ("bouldering?", ("bouldering",)),
    ("wat certs does he hav", ("CIPP/E",)),
    ("iapp certified?", ("CIPP/E",)),
    ("cloud certs", ("AWS Certified Machine Learning",)),
    ("is he fluent in english", ("C2",)),
    ("german level", ("Intermediate (B1)",)),
    ("Which country is he in?", ("Poland",)),
    ("can he relocate to Berlin", ("fully remote or in Warsaw",)),
    ("personal website?", ("tomasz.example.com",)),
    ("what is clausekit", ("splitting contracts into numbered clauses",)),
    ("how popular is his open source lib", ("1,100 GitHub stars",)),
    ("most impressive achievement", ("€1.8M",)),
    ("what frameworks does he use for APIs", ("FastAPI",)),
    ("background jobs / task queues?", ("Celery",)),
    ("jinja", ("Jinja",)),
    ("does he know react", ("React",)),
    ("has he worked with typescript", ("TypeScript",)),
    ("any experience with legal publishers", ("acquired by a legal publisher",)),
    ("has he worked for a startup that got acquired", ("acquired",)),
    ("which kinds of contracts did he negotiate", ("supply, licensing and outsourcing agreements",)),
    ("has he advised software companies", ("software vendors",)),
    ("what did the paper compare", ("rule-based and transformer clause extraction",)),
    ("when was his article published", ("2023-11",)),
    ("who gave him the award", ("European Legal Tech Association",)),
]

# Written with the rest and missed, left for a later session: a duration asked of a profession by what it
# does ("practice law") is taken by the degree in Law (the Senior Associate role ranks sixth); the
# career-change question brings the law-firm role second but the summary saying "commercial lawyer" sixth.
KNOWN_MISSES: list[tuple[str, tuple[str, ...]]] = [
    ("how many years did he practice law", ("2015-09", "2019-07")),
    ("How did his previous career prepare him for this?", ("commercial lawyer",)),
]

UNANSWERABLE: list[str] = [
    # the phone number is private: search never serves it (``chunks``), so the question has no passage
    "whats his phone number",
    "Is he admitted to the New York bar?",
    "Has he worked with Kubernetes?",
    "Does he speak French?",
    "What's his salary expectation?",
    "Has he got a PhD?",
    "Has he used Salesforce?",
    "Does he know Rust?",
    "Has he worked in the United States?",
    "Is he a certified PMP project manager?",
    "Has he worked at a Big Four firm?",
    "Does he have a driving licence?",
    "Has he used Google Cloud?",
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
