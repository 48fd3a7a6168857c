"""A probe owner nobody tuned for: a former national-team rower and strength-and-conditioning coach
turned sports-analytics engineer (Scala and Spark, R, Kafka, wearable-sensor data), asked the way
recruiters, hiring managers and chat visitors ask (paraphrases that avoid the content's words,
typos, bare keywords, chat shorthand, superlatives, dates, screening, the small sections). Each
answerable question must bring a passage holding all its facts into the top five; each unanswerable
one must get nothing, or only passages marked weak."""

from __future__ import annotations

from typing import Any

import pytest

from heyfolio.search.career import read_career
from heyfolio.search.understand import read_pitch
from tests.probe_owner import ProbeOwner

ROWING_ANALYTICS_OWNER: dict[str, Any] = {
    "basics": {
        "name": "Tobias Okonkwo-Lindqvist",
        "label": "Sports Analytics Engineer — Scala, Spark and wearable data",
        "email": "tobias@okonkwo-lindqvist.example.com",
        "url": "https://tobias-ol.example.dev",
        "summary": (
            "I rowed for the Swedish national team for six seasons and then coached strength and "
            "conditioning at elite level before retraining as a data engineer in 2019. I now build the "
            "pipelines that turn GPS vests, heart-rate straps and force sensors into training-load numbers "
            "that coaches actually trust. Looking for a lead data or analytics engineering role in "
            "sport or health; based in Gothenburg, happy to work remotely across Europe, with two "
            "months' notice."
        ),
        "location": {"city": "Gothenburg", "countryCode": "SE", "region": "Västra Götaland"},
        "profiles": [
            {"network": "GitHub", "username": "tobiasol", "url": "https://github.com/tobiasol"},
            {
                "network": "LinkedIn",
                "username": "tobias-okonkwo-lindqvist",
                "url": "https://linkedin.com/in/tobias-okonkwo-lindqvist",
            },
        ],
    },
    "work": [
        {
            "name": "Strideload",
            "location": "Gothenburg, Sweden (hybrid)",
            "description": "Training-load monitoring software for professional sports clubs, about 60 staff",
            "position": "Senior Data Engineer, Sports Analytics",
            "startDate": "2021-08",
            "summary": (
                "I own the streaming platform behind LoadLens, the product that 140 clubs use to "
                "monitor about 9,500 athletes across football, handball and ice hockey."
            ),
            "highlights": [
                "Rebuilt ingestion from nightly batch uploads to Kafka streams processed with Spark "
                "Structured Streaming in Scala, so coaches see session load 90 seconds after the last drill "
                "instead of the next morning.",
                "Designed the acute:chronic workload model that flags athletes at raised injury risk; "
                "clubs using the alerts reported 23% fewer soft-tissue injuries over a season.",
                "Wrote the sensor-fusion step that cleans GPS, accelerometer and heart-rate data at "
                "10 Hz, cutting dropped samples from 7% to under 1%.",
                "Lead a team of four data engineers and one sports scientist.",
                "Cut the Spark cluster bill by 38% by moving jobs to Databricks with autoscaling.",
            ],
        },
        {
            "name": "Nordic Performance Lab",
            "location": "Stockholm, Sweden",
            "description": "Sports-science consultancy working with Olympic federations",
            "position": "Performance Data Analyst",
            "startDate": "2019-09",
            "endDate": "2021-07",
            "summary": (
                "Analysed training and testing data for national federations in R and Python after a "
                "six-month data engineering conversion course."
            ),
            "highlights": [
                "Built Shiny dashboards that let coaches of 12 national teams compare athletes' "
                "ergometer and jump-test results over time.",
                "Modelled rowing boat speed from stroke-rate and power data, which the Swedish Rowing "
                "Federation used to select crews for the Tokyo Olympics.",
                "Automated the weekly testing reports with R Markdown, saving the coaches a day a week.",
            ],
        },
        {
            "name": "IFK Göteborg Academy",
            "location": "Gothenburg, Sweden",
            "description": "Youth academy of a professional football club",
            "position": "Head of Strength and Conditioning",
            "startDate": "2015-01",
            "endDate": "2019-08",
            "summary": (
                "Ran physical preparation for the academy's under-15 to under-19 squads, about 110 "
                "players, with two assistant coaches."
            ),
            "highlights": [
                "Introduced GPS monitoring and weekly jump testing for every squad.",
                "Coached 14 players who went on to sign professional contracts.",
                "Cut hamstring injuries by 40% over two seasons with an eccentric-strength programme.",
            ],
        },
        {
            "name": "Swedish Rowing Federation",
            "location": "Stockholm, Sweden",
            "description": "National governing body for rowing",
            "position": "National Team Athlete (Men's Four and Eight)",
            "startDate": "2008-04",
            "endDate": "2014-10",
            "summary": "Full-time international rower in the senior national team.",
            "highlights": [
                "Rowed at two World Rowing Championships and finished fifth in the men's eight in 2013.",
                "Won a bronze medal at the 2012 European Rowing Championships in the men's four.",
            ],
        },
    ],
    "volunteer": [
        {
            "organization": "Göteborgs Roddklubb",
            "position": "Volunteer junior rowing coach",
            "startDate": "2016-03",
            "summary": "Coach the club's junior squad of about 20 rowers aged 13 to 18 on Saturday mornings.",
        }
    ],
    "education": [
        {
            "institution": "Swedish School of Sport and Health Sciences (GIH)",
            "area": "Sports Science",
            "studyType": "Bachelor of Science (BSc)",
            "startDate": "2010-09",
            "endDate": "2014-06",
            "score": "Thesis on fatigue in 2,000 m ergometer tests",
        },
        {
            "institution": "Chalmers University of Technology",
            "area": "Data Engineering",
            "studyType": "Professional conversion course (6 months)",
            "startDate": "2019-01",
            "endDate": "2019-06",
        },
    ],
    "awards": [
        {
            "title": "Bronze medal, European Rowing Championships (men's four)",
            "date": "2012-09",
            "awarder": "European Rowing",
        },
        {
            "title": "Best Sports Tech Product of the Year",
            "date": "2023-11",
            "awarder": "Nordic Sports Innovation Awards",
            "summary": "Awarded to LoadLens for its injury-risk alerts.",
        },
    ],
    "certificates": [
        {
            "name": "UKSCA Accredited Strength and Conditioning Coach (ASCC)",
            "date": "2015-05",
            "issuer": "UK Strength and Conditioning Association",
        },
        {
            "name": "Swedish Rowing Coaching Licence, Level 3",
            "date": "2016-02",
            "issuer": "Swedish Rowing Federation",
        },
        {
            "name": "Databricks Certified Data Engineer Professional",
            "date": "2023-03",
            "issuer": "Databricks",
        },
    ],
    "publications": [
        {
            "name": "Streaming training load: from GPS vest to coach's tablet in 90 seconds",
            "publisher": "Scala Days",
            "releaseDate": "2023-06",
            "summary": "Conference talk on running Spark Structured Streaming over live wearable data.",
        },
        {
            "name": "Stroke-rate and boat speed in international rowing",
            "publisher": "Journal of Sports Sciences",
            "releaseDate": "2021-02",
            "summary": "Co-authored paper modelling crew boat speed from on-water power data.",
        },
    ],
    "skills": [
        {
            "name": "Data engineering",
            "level": "Expert",
            "keywords": ["Scala", "Apache Spark", "Kafka", "Databricks"],
        },
        {"name": "Analytics", "level": "Advanced", "keywords": ["R", "Shiny", "Python", "pandas", "SQL"]},
        {
            "name": "Sports science",
            "level": "Expert",
            "keywords": ["training load", "GPS tracking", "periodisation", "injury risk"],
        },
        {"name": "Cloud", "level": "Intermediate", "keywords": ["AWS", "Terraform", "Docker"]},
        {
            "name": "Coaching",
            "level": "Expert",
            "keywords": ["strength and conditioning", "rowing", "youth athletes"],
        },
    ],
    "languages": [
        {"language": "Swedish", "fluency": "Native speaker"},
        {"language": "English", "fluency": "Fluent"},
        {"language": "Norwegian", "fluency": "Conversational"},
    ],
    "interests": [
        {"name": "Cross-country skiing", "keywords": ["Vasaloppet"]},
        {"name": "Woodworking", "keywords": ["boat restoration"]},
    ],
    "references": [
        {
            "name": "Karin Åberg, former head coach of the Swedish men's eight",
            "reference": "Tobias was the athlete who always wanted to see the numbers behind a session.",
        }
    ],
    "projects": [
        {
            "name": "ergsplit",
            "description": "Open-source R package for parsing and analysing rowing ergometer split files",
            "startDate": "2020-04",
            "highlights": ["On CRAN; used by three national rowing federations; 320 GitHub stars."],
            "keywords": ["R", "CRAN", "rowing"],
            "url": "https://github.com/tobiasol/ergsplit",
        },
        {
            "name": "Sprint profiler",
            "description": "A Spark job that derives each player's top speed and acceleration profile from GPS traces",
            "startDate": "2022-05",
            "keywords": ["Scala", "Apache Spark", "GPS"],
        },
    ],
}

OWNER = ProbeOwner(ROWING_ANALYTICS_OWNER)

# (question, facts): written from the content alone, before any of them was searched.
ANSWERABLE: list[tuple[str, tuple[str, ...]]] = [
    ("What does he do now?", ("Senior Data Engineer",)),
    ("who's he working for rn", ("Strideload",)),
    ("how big is strideload", ("about 60 staff",)),
    ("was he really a pro athlete?", ("National Team Athlete",)),
    ("which sport did he compete in", ("rowing",)),
    ("did he go to the olympics", ("Tokyo Olympics",)),
    ("has he won any medals", ("Bronze medal",)),
    ("best result as a rower", ("bronze medal",)),
    ("world championships?", ("World Rowing Championships",)),
    ("when did he stop competing", ("2014-10",)),
    ("why did he move into tech", ("retraining as a data engineer in 2019",)),
    ("is he a qualified coach", ("Coaching Licence",)),
    ("coaching licence?", ("Swedish Rowing Coaching Licence",)),
    ("uksca", ("UKSCA",)),
    ("is he an accredited s&c coach", ("Accredited Strength and Conditioning Coach",)),
    ("how many athletes has he coached", ("about 110 players",)),
    ("did any of his players go pro", ("14 players",)),
    ("has he reduced injuries", ("40%",)),
    ("hamstring injury prevention", ("hamstring injuries by 40%",)),
    ("how many clubs use his product", ("140 clubs",)),
    ("how many athletes are on the platform", ("9,500 athletes",)),
    ("which sports does loadlens cover", ("football, handball and ice hockey",)),
    ("what is loadlens", ("LoadLens",)),
    ("scala?", ("Scala",)),
    ("does he know spark", ("Spark",)),
    ("kafka experience", ("Kafka",)),
    ("is he good with R", ("Analytics (Advanced): R",)),
    ("shiny", ("Shiny",)),
    ("streaming experience", ("Kafka streams",)),
    ("real-time data", ("90 seconds after the last drill",)),
    ("how fast do coaches get the data", ("90 seconds",)),
    ("wearables", ("GPS vests",)),
    ("has he worked with wearable sensors", ("GPS, accelerometer and heart-rate",)),
    ("sensor fusion", ("sensor-fusion",)),
    ("data quality improvements", ("7% to under 1%",)),
    ("injury prediction model", ("acute:chronic workload model",)),
    ("did the injury alerts work", ("23% fewer soft-tissue injuries",)),
    ("has he saved money on cloud costs", ("38%",)),
    ("databricks", ("Databricks",)),
    ("databricks cert?", ("Databricks Certified Data Engineer",)),
    ("does he manage people", ("team of four data engineers",)),
    ("team lead?", ("team of four data engineers",)),
    ("how big is his team", ("four data engineers",)),
    ("what did he do at nordic performance lab", ("Performance Data Analyst",)),
    ("dashboards", ("Shiny dashboards",)),
    ("how many national teams did he work with", ("12 national teams",)),
    ("boat speed modelling", ("boat speed",)),
    ("did he help pick olympic crews", ("select crews for the Tokyo Olympics",)),
    ("report automation", ("R Markdown",)),
    ("how did he learn data engineering", ("conversion course",)),
    ("what did he study at uni", ("Sports Science",)),
    ("where did he get his degree", ("Swedish School of Sport and Health Sciences",)),
    ("what was his thesis about", ("fatigue in 2,000 m ergometer tests",)),
    ("chalmers", ("Chalmers University of Technology",)),
    ("certifications", ("UKSCA",)),
    ("what languages does he speak", ("Swedish", "English", "Norwegian")),
    ("native language", ("Swedish",)),
    ("does he speak norwegian", ("Norwegian",)),
    ("english level", ("English",)),
    ("can he relocate to london", ("remotely across Europe",)),
    ("is he open to remote", ("remotely across Europe",)),
    ("notice period", ("two months",)),
    ("when can he start", ("two months",)),
    ("where is he based", ("Gothenburg",)),
    ("what kind of role is he looking for", ("lead data or analytics engineering role",)),
    ("what was he doing in 2017", ("IFK Göteborg Academy",)),
    ("who did he work for right before strideload", ("Nordic Performance Lab",)),
    ("how long has he been at strideload", ("2021-08",)),
    ("which job was in stockholm", ("Nordic Performance Lab",)),
    ("his first job", ("Swedish Rowing Federation",)),
    ("has he worked in football", ("IFK Göteborg Academy",)),
    ("does he volunteer", ("Göteborgs Roddklubb",)),
    ("does he still coach", ("Volunteer junior rowing coach",)),
    ("does he coach kids", ("junior squad",)),
    ("any awards", ("Best Sports Tech Product of the Year",)),
    ("has his product won anything", ("Nordic Sports Innovation Awards",)),
    ("has he given talks", ("Scala Days",)),
    ("conference speaking", ("Streaming training load",)),
    ("has he published research", ("Journal of Sports Sciences",)),
    ("academic papers", ("Stroke-rate and boat speed",)),
    ("what is ergsplit", ("rowing ergometer split files",)),
    ("does anyone use his open source package", ("three national rowing federations",)),
    ("is his package on cran", ("CRAN",)),
    ("most popular project", ("320 GitHub stars",)),
    ("sprint profiler", ("top speed and acceleration profile",)),
    ("gps data projects", ("GPS traces",)),
    ("does he have a reference", ("Karin Åberg",)),
    ("what do coaches say about him", ("always wanted to see the numbers",)),
    ("hobbies", ("Cross-country skiing",)),
    ("does he ski", ("Cross-country skiing",)),
    ("woodwork?", ("Woodworking",)),
    ("his github", ("github.com/tobiasol",)),
    ("linkedin", ("linkedin.com/in/tobias-okonkwo-lindqvist",)),
    ("email address", ("tobias@okonkwo-lindqvist.example.com",)),
    ("does he know terraform", ("Terraform",)),
    ("aws", ("AWS",)),
    ("python?", ("Python",)),
    ("sql", ("SQL",)),
    ("wat kind of company is strideload", ("Training-load monitoring software",)),
    ("expereince with olympic sport", ("Olympic federations",)),
    ("how long was he head of s&c", ("2015-01",)),
    ("how long did he row for sweden", ("six seasons",)),
    ("strength coach experience", ("Head of Strength and Conditioning",)),
    ("what's his biggest achievement", ("Bronze medal",)),
    ("is he still rowing competitively", ("National Team Athlete",)),
    ("what did he do before data", ("Head of Strength and Conditioning",)),
    ("has he worked with youth players", ("under-15 to under-19",)),
    ("jump testing", ("jump testing",)),
    ("ergometer data", ("ergometer",)),
    ("heart rate data", ("heart-rate",)),
    ("accelerometer", ("accelerometer",)),
    ("batch to streaming migration", ("nightly batch uploads to Kafka streams",)),
    ("what did he do in 2020", ("Nordic Performance Lab",)),
    ("has he got experience in the sports industry", ("Strideload",)),
    ("sports tech experience", ("Strideload",)),
    ("has he built injury risk software", ("injury risk",)),
    ("wht degree does he have", ("Bachelor of Science",)),
    ("is he a sports scientist", ("Sports Science",)),
    ("does he know pandas", ("pandas",)),
    ("docker", ("Docker",)),
    # a second batch, written before it was searched
    ("did he row at the olympics", ("National Team Athlete",)),
    ("how many seasons was he on the national team", ("six seasons",)),
    ("wht sport did he play", ("rowing",)),
    ("european medal?", ("2012 European Rowing Championships",)),
    ("does he have s&c qualifications", ("UKSCA",)),
    ("level 3 coach?", ("Level 3",)),
    ("when did he get his coaching licence", ("2016-02",)),
    ("is he databricks certified", ("Databricks Certified Data Engineer Professional",)),
    ("spark streaming", ("Spark Structured Streaming",)),
    ("event streaming platforms", ("Kafka",)),
    ("how many athletes does strideload track", ("9,500 athletes",)),
    ("how many customers does loadlens have", ("140 clubs",)),
    ("does he know ice hockey", ("ice hockey",)),
    ("injury reduction numbers", ("23% fewer soft-tissue injuries",)),
    ("has he worked with olympic teams", ("Olympic federations",)),
    ("what did he do for the swedish rowing federation", ("National Team Athlete",)),
    ("his time at ifk", ("Head of Strength and Conditioning",)),
    ("how many assistant coaches did he have", ("two assistant coaches",)),
    ("did he lead a department", ("Head of Strength and Conditioning",)),
    ("what's his highest degree", ("Bachelor of Science",)),
    ("did he study at GIH", ("Swedish School of Sport and Health Sciences",)),
    ("how long was the chalmers course", ("6 months",)),
    ("is he a native english speaker", ("English (Fluent)",)),
    ("scandinavian languages", ("Norwegian",)),
    ("does he do vasaloppet", ("Vasaloppet",)),
    ("does he restore boats", ("boat restoration",)),
    ("what did his old coach say", ("always wanted to see the numbers",)),
    ("which talk did he give at scala days", ("Streaming training load",)),
    ("peer reviewed papers", ("Journal of Sports Sciences",)),
    ("r packages", ("ergsplit",)),
    ("how many stars does ergsplit have", ("320 GitHub stars",)),
    ("top speed analysis", ("top speed and acceleration profile",)),
    ("how much did he save on databricks", ("38%",)),
    ("cost savings", ("38%",)),
    ("how did he reduce dropped samples", ("7% to under 1%",)),
    ("10hz data", ("10 Hz",)),
    ("is he still an athlete", ("National Team Athlete",)),
    ("what did he do in 2012", ("Swedish Rowing Federation",)),
    ("where did he work between 2015 and 2019", ("IFK Göteborg Academy",)),
    ("how long was he at nordic performance lab", ("2019-09",)),
    ("is he senior", ("Senior Data Engineer",)),
    ("would he move to norway", ("remotely across Europe",)),
    ("does he want a management role", ("lead data or analytics engineering role",)),
    ("which industries does he want to work in", ("sport or health",)),
    ("has he done machine learning", ("acute:chronic workload model",)),
    ("statistical modelling", ("Modelled rowing boat speed",)),
    ("tokyo 2020", ("Tokyo Olympics",)),
    ("personal website", ("tobias-ol.example.dev",)),
    ("what's his name", ("Tobias Okonkwo-Lindqvist",)),
    ("r markdown", ("R Markdown",)),
    ("has he built data pipelines", ("Kafka streams",)),
    ("hamstrings", ("hamstring",)),
]

# Missed, left for a later session: an acronym of the trade the content spells out without its last word
# ("ACWR" for "acute:chronic workload model": no "ratio"); a superlative whose every word the content lacks
# ("biggest performance win" where it writes "so coaches see session load 90 seconds after ..."); a
# philosophy asked of the owner ("does he understand coaches") told in the summary's own voice; and a
# US spelling of a British "-isation" word ("periodization"), which the stemmer cuts to "period" (a
# rule for it is in the session's notes, measured for search only).
KNOWN_MISSES: list[tuple[str, tuple[str, ...]]] = [
    ("acwr", ("acute:chronic workload",)),
    ("biggest performance win", ("90 seconds after the last drill",)),
    ("tbh does he actually understand coaches", ("coaches actually trust",)),
    ("periodization", ("periodisation",)),
    # a bootcamp asked of a "conversion course": a relation bootcamp ~ course lost measured questions
    ("did he do a bootcamp", ("conversion course",)),
    # the second batch's misses: a race in a boat class the role's title names ("Men's Four and Eight"),
    # a typical day asked of the current role, and the everyday name of a rowing ergometer
    ("what boat classes did he race", ("Men's Four and Eight",)),
    ("what does a typical day look like for him rn", ("Senior Data Engineer",)),
    ("rowing machine", ("ergometer",)),
]

UNANSWERABLE: list[str] = [
    "whats his phone number",
    "Does he know Kotlin?",
    "What's his salary expectation?",
    "Has he got a PhD?",
    "Does he speak French?",
    "Has he used Kubernetes?",
    "Has he worked with Snowflake?",
    "Has he worked in the United States?",
    "Is he a certified Scrum Master?",
    "Has he worked for Catapult?",
    "whats his shoe size",
    "does he know swift",
    "does he hold a driving licence",
    "does he know react native",
]


@pytest.mark.parametrize(("question", "facts"), ANSWERABLE, ids=[q for q, _ in ANSWERABLE])
def test_the_fact_bearing_passage_is_in_the_top_five(question: str, facts: tuple[str, ...]) -> None:
    missing, passages = OWNER.facts_not_in_top(question, facts)
    assert not missing, (missing, passages)


@pytest.mark.parametrize(("question", "facts"), KNOWN_MISSES, ids=[q for q, _ in KNOWN_MISSES])
@pytest.mark.xfail(strict=True, reason="a known miss (see KNOWN_MISSES)")
def test_a_known_miss_still_misses(question: str, facts: tuple[str, ...]) -> None:
    test_the_fact_bearing_passage_is_in_the_top_five(question, facts)


# "went" is read as "go" (an irregular form), so a passage saying "went on to sign professional contracts"
# names the Go language to search: "does he know Go?" gets it as a strong hit. Reading "went" as itself
# fixed this and lost a measured question (session 35's notes).
UNANSWERED_KNOWN_MISSES: list[str] = ["Does he know Go?"]


@pytest.mark.parametrize("question", UNANSWERED_KNOWN_MISSES)
@pytest.mark.xfail(strict=True, reason="a known miss (see UNANSWERED_KNOWN_MISSES)")
def test_an_unanswerable_known_miss_still_misses(question: str) -> None:
    test_an_unanswerable_question_gets_nothing_strong(question)


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_an_unanswerable_question_gets_nothing_strong(question: str) -> None:
    assert not OWNER.strong_hits(question)


def test_a_compound_noun_on_strength_is_no_pitch_question() -> None:
    assert read_pitch("strength coach experience") is None
    assert read_pitch("has he run strength and conditioning programmes") is None
    assert read_pitch("what are his strengths") == "pitch"
    assert read_pitch("strengths and weaknesses?") == "pitch"


def test_why_the_owner_moved_into_the_trade_is_a_career_change() -> None:
    assert read_career("why did he move into tech") == "before"
    assert read_career("why'd she pivot into software?") == "before"
