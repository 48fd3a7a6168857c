"""A probe of honesty on an owner nobody tuned for (tests/chat/probe_dispatcher_owner.py).

Written before the answerer was run on it: near-miss questions the content cannot answer (an
adjacent technology, a salary or count never given, a degree not held, a stat of an interest, an
employer never named, a figure for a year it is not dated to) next to answerable neighbours of
each. A near miss must not be answered; a neighbour must be answered, cited and show its spans.
"""

from __future__ import annotations

import pytest
from _pytest.mark.structures import ParameterSet

from tests.chat.probe_dispatcher_owner import PROBE_RESUME
from tests.probe_owner import ProbeOwner

OWNER = ProbeOwner(PROBE_RESUME)

# (question, spans the answer must show)
ANSWERABLE: list[tuple[str, tuple[str, ...]] | ParameterSet] = [
    # technologies she has
    ("Does she know Kotlin?", ("Kotlin",)),
    ("has she used postgresql", ("PostgreSQL",)),
    ("Does she have experience with Kafka?", ("Kafka",)),
    ("Has she worked with AWS?", ("AWS",)),
    ("is she AWS certified?", ("AWS Certified Developer",)),
    ("Does she know Terraform?", ("Terraform",)),
    ("has she run containers on ECS", ("ECS",)),
    ("can she write Java", ("Java",)),
    ("Has she used Kafka Streams?", ("Kafka Streams",)),
    ("does she know spring boot", ("Spring Boot",)),
    ("Has she used AWS Lambda?", ("Lambda",)),
    # figures and counts the content gives
    ("What's her notice period?", ("two months",)),
    ("How many flights a day does her pipeline handle?", ("12,000",)),
    ("how big is her current team", ("six engineers",)),
    ("How many GitHub stars does notamparse have?", ("1,200",)),
    ("How many airlines use Skyroute's software?", ("17",)),
    ("How many dispatchers did she train?", ("14",)),
    ("How much did she cut the delay-prediction latency?", ("800 ms", "120 ms")),
    ("how much faster did the nightly roster run get", ("5 hours", "40 minutes")),
    # degree and schooling
    ("What did she study?", ("Aerospace Engineering",)),
    ("Where did she go to university?", ("Politecnico di Torino",)),
    ("does she have a bachelor's degree", ("Bachelor",)),
    ("Is she a licensed flight dispatcher?", ("Flight Dispatcher Licence",)),
    # a field not studied is answered as the bench does: says so, then the degree held
    ("Did she study computer science?", ("doesn't mention a degree in computer science", "Aerospace")),
    # interests
    ("What does she do for fun?", ("Gliding",)),
    ("Does she fly gliders?", ("sailplane pilot",)),
    ("does she run", ("marathons",)),
    # employers
    ("Where does she work now?", ("Aerowave",)),
    ("Has she worked for an airline?", ("Alpina Air",)),
    ("What was her first job?", ("Flight Dispatcher",)),
    ("what does Aerowave do", ("flight-planning software",)),
    ("What did she do at Skyroute?", ("rostering engine",)),
    ("When did she move into software?", ("2018",)),
    # places and languages
    ("Where is she based?", ("Toulouse",)),
    ("Has she worked in Italy?", ("Italy",)),
    ("does she speak French", ("Fluent",)),
    ("What languages does she speak?", ("Italian", "French", "English")),
    ("Can she work in Germany without a visa?", ("EU",)),
    # projects
    ("Has she built anything open source?", ("notamparse",)),
    ("what is thermal log", ("glider pilots",)),
    ("what side projects does she have", ("Thermal Log",)),
    ("Does she work remotely?", ("hybrid",)),
]

UNANSWERABLE: list[str | ParameterSet] = [
    # an adjacent technology
    "Does she know Scala?",
    "has she used MySQL",
    "Does she have experience with RabbitMQ?",
    "Has she worked with Azure?",
    "is she an AWS Solutions Architect?",
    "Does she know Pulumi?",
    "has she used Kubernetes",
    "can she write Go",
    "Has she used Apache Flink?",
    "does she know Quarkus",
    "Has she used Google Cloud?",
    "Does she know React?",
    # a salary, rate or count never given
    "What salary is she looking for?",
    "what's her day rate",
    pytest.param(
        "How many flights did she dispatch per day?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a figure of the things counted done by another verb (a pipeline handles them) answers",
        ),
    ),
    "How many engineers work at Aerowave?",
    "How many people did she manage at Skyroute?",
    "How many downloads does notamparse have?",
    pytest.param(
        "How many airlines use Aerowave's software?",
        marks=pytest.mark.xfail(
            strict=True, reason="a count naming the things counted in another employer's entry answers"
        ),
    ),
    "how big was the dispatch team at Alpina Air",
    "How many customers does Aerowave have?",
    # a degree or credential not held
    "Does she have a master's degree?",
    "Does she have a PhD?",
    "does she have an MBA",
    pytest.param(
        "Does she have a commercial pilot licence?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the closest passages are shown under a 'not in so many words' lead, marked answered",
        ),
    ),
    "What was her GPA?",
    "What was her thesis about?",
    # a stat of an interest
    "How many glider flight hours does she have?",
    "What's her marathon personal best?",
    pytest.param(
        "How many marathons has she run?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the rule for an interest named below an unrelated top passage (chat/pastimes.py) lost a measurement answer: measured, not merged",
        ),
    ),
    pytest.param(
        "what's her longest glider flight",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the rule for an interest named below an unrelated top passage (chat/pastimes.py) lost a measurement answer: measured, not merged",
        ),
    ),
    # an employer or place never named
    "Has she worked at Airbus?",
    "did she work for Ryanair",
    "Has she worked for Lufthansa?",
    "Did she work at Google?",
    "has she worked in Spain",
    "does she speak German",
    # a figure for a year it is not dated to
    "How much did she cut the API latency in 2019?",
    "How many flights a day did her pipeline handle in 2016?",
    "how many dispatchers did she train in 2020",
    # things named by a description the content does not have
    pytest.param(
        "Tell me about her mobile app for pilots",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a thing described by a kind it is not (a mobile app; a web app is listed) is answered",
        ),
    ),
    "Has she given any conference talks?",
    "Does she have a security clearance?",
]


@pytest.mark.parametrize(("question", "spans"), ANSWERABLE)
def test_the_neighbour_is_answered_with_its_facts(question: str, spans: tuple[str, ...]) -> None:
    answer, missing = OWNER.spans_not_shown(question, spans)
    assert answer.answered and answer.cited and not missing, answer.text


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_the_near_miss_is_not_answered(question: str) -> None:
    answer = OWNER.ask(question)
    assert not answer.answered, answer.text
