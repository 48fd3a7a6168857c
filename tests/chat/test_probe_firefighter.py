"""A probe of honesty on an owner nobody tuned for (tests/chat/probe_firefighter_owner.py).

Written before the answerer was run on it: near-miss questions the content cannot answer (an
adjacent technology, a salary or count never given, a degree not held, a certificate level not
held, a stat of an interest, an employer or place never named, a figure for a year it is not
dated to) next to answerable neighbours of each. A near miss must not be answered; a neighbour
must be answered, cited and show its spans.
"""

from __future__ import annotations

import pytest
from _pytest.mark.structures import ParameterSet

from tests.chat.probe_firefighter_owner import PROBE_RESUME
from tests.probe_owner import ProbeOwner

OWNER = ProbeOwner(PROBE_RESUME)

# (question, spans the answer must show)
ANSWERABLE: list[tuple[str, tuple[str, ...]] | ParameterSet] = [
    # technologies he has
    ("Does he know Python?", ("Python",)),
    ("has he used PostGIS", ("PostGIS",)),
    ("Does he have experience with ArcGIS?", ("ArcGIS",)),
    ("Has he used pgRouting?", ("pgRouting",)),
    ("does he know QGIS", ("QGIS",)),
    ("Has he built APIs with FastAPI?", ("FastAPI",)),
    ("has he worked with PostgreSQL", ("PostgreSQL",)),
    ("Has he used AWS?", ("AWS",)),
    ("does he know Docker", ("Docker",)),
    ("Has he used Leaflet?", ("Leaflet",)),
    ("can he script ArcGIS with ArcPy", ("ArcPy",)),
    ("Does he know computer-aided dispatch systems?", ("computer-aided dispatch",)),
    # figures and counts the content gives
    ("How many emergency centers use Beacon's software?", ("40",)),
    ("how big is his current team", ("five developers",)),
    ("How fast is his routing service?", ("200 ms",)),
    ("How much did he cut address-match failures?", ("9%", "1.5%")),
    ("How many address points does the nightly sync handle?", ("310,000",)),
    ("How many fire stations did he map response zones for?", ("12",)),
    ("How many calls per shift did he handle as a dispatcher?", ("60",)),
    ("How many call-takers did he train?", ("8",)),
    ("How many fire departments use openhydrant?", ("three",)),
    # schooling and certificates
    ("What did he study?", ("Fire Science",)),
    ("Where did he go to college?", ("Red Rocks",)),
    pytest.param(
        "does he have a GIS certificate",
        ("Geographic Information Systems",),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a certificate asked by an acronym (GIS) its entry writes in full is read as absent",
        ),
    ),
    ("Is he an EMT?", ("EMT",)),
    ("is he Esri certified", ("ArcGIS Desktop Associate",)),
    ("Is he a certified firefighter?", ("Firefighter I",)),
    # interests
    ("What does he do for fun?", ("Trail running",)),
    ("Is he a ham radio operator?", ("licensed ham operator",)),
    ("does he run ultramarathons", ("ultramarathons",)),
    # employers
    ("Where does he work now?", ("Beacon",)),
    ("Was he a firefighter?", ("Golden Fire Department",)),
    ("What was his first job?", ("Firefighter",)),
    ("what does Beacon Dispatch Systems do", ("computer-aided dispatch",)),
    ("What did he do at Front Range County?", ("address points",)),
    ("When did he move into software?", ("2019",)),
    ("Has he worked as a 911 dispatcher?", ("911 Dispatcher",)),
    # places, languages, availability
    ("Where is he based?", ("Denver",)),
    ("does he speak Spanish", ("Conversational",)),
    ("Is he open to remote work?", ("remote",)),
    ("When can he start?", ("four weeks",)),
    # projects
    ("Has he built anything open source?", ("openhydrant",)),
    ("what is Station Finder", ("nearest fire station",)),
    ("what side projects does he have", ("Station Finder",)),
]

UNANSWERABLE: list[str | ParameterSet] = [
    # an adjacent technology
    "Does he know Mapbox?",
    "has he used the Google Maps API",
    "Does he know MongoDB?",
    "Has he used Azure?",
    "Does he know GeoServer?",
    "has he used Kubernetes",
    "can he write Java",
    "Does he know Django?",
    "Has he used Oracle Spatial?",
    "does he know OpenLayers",
    "Has he used MapInfo?",
    "Has he used Google Cloud?",
    # a salary, rate or count never given
    "What salary is he looking for?",
    "what's his hourly rate",
    "How many developers work at Beacon?",
    "How many people did he manage at Beacon?",
    "How many stars does openhydrant have on GitHub?",
    "How many downloads does openhydrant have?",
    pytest.param(
        "how many fires did he fight",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the closest passages are shown under a 'not in so many words' lead, marked answered",
        ),
    ),
    pytest.param(
        "How many dispatchers worked at Front Range County Emergency Communications?",
        marks=pytest.mark.xfail(
            strict=True, reason="the owner's job passage at the employer is shown for its headcount"
        ),
    ),
    pytest.param(
        "how many fire stations does Golden Fire Department have",
        marks=pytest.mark.xfail(
            strict=True, reason="a count of the things counted in another employer's entry answers"
        ),
    ),
    "How many calls did he handle per year?",
    # a degree or certificate level not held
    "Does he have a bachelor's degree?",
    "Does he have a master's degree in GIS?",
    "Does he have a PhD?",
    "What was his GPA?",
    "Is he a paramedic?",
    "Is he Firefighter II certified?",
    "Is he a certified GIS Professional (GISP)?",
    "Is he Esri ArcGIS Desktop Professional certified?",
    "Does he have an AWS certification?",
    # a stat of an interest
    "What's his ultramarathon personal best?",
    "How many ultramarathons has he run?",
    "what's his longest race",
    "What class is his ham radio licence?",
    # an employer or place never named
    "Has he worked for Motorola Solutions?",
    "Did he work at Esri?",
    pytest.param(
        "Has he worked for the Denver Fire Department?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="measured, not merged (notes s33/h33-unans, s36/h36-unans): an employer named after its article is not read as an employer asked",
        ),
    ),
    "did he work for FEMA",
    "has he worked in California",
    "does he speak French",
    # a figure for a year it is not dated to
    "How many calls per shift did he handle in 2012?",
    "How much did he cut address-match failures in 2020?",
    "how many call-takers did he train in 2021",
    # things named by a description the content does not have
    "Tell me about his mobile app for firefighters",
    "Has he given any conference talks?",
    "Does he have a security clearance?",
    pytest.param(
        "Tell me about his drone mapping work",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a thing described by a kind the content does not have (drone mapping; GPS mapping is listed) is answered",
        ),
    ),
    pytest.param(
        "Has he published any papers?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'publish' is related to 'public' (its stem), so 'Public safety' passages answer",
        ),
    ),
]


@pytest.mark.parametrize(("question", "spans"), ANSWERABLE)
def test_the_neighbour_is_answered_with_its_facts(question: str, spans: tuple[str, ...]) -> None:
    answer, missing = OWNER.spans_not_shown(question, spans)
    assert answer.answered and answer.cited and not missing, answer.text


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_the_near_miss_is_not_answered(question: str) -> None:
    answer = OWNER.ask(question)
    assert not answer.answered, answer.text
