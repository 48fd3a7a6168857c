"""Recruiter words read as a résumé writes them: a hedging adverb ("purely", "basically", "mostly") says
how much, not what, so its stem ("pure", "basic") is no question word (text._ALIASES); "apps of her own"
are the owner's projects, not an employer's (text._PHRASES); a nomination or a "gong" is an award and
cars are the automotive sector (text._RELATED); e-health is health tech; "can she code a bit?" asks for
programming (text._code_as_skill); and scripting, configuration management, state management, testing,
observability and e-commerce are asked by name where a résumé lists their tools
(text._ASKED_IN_OTHER_WORDS). A confirmation tag that closes a sentence inside the question ("she wasn't
always in tech right? what did she do before") and a "back" that points to a time ("back at the payments
job") are no question words (text._untagged, text._unback); "wasn't always in tech" asks for the career
before it (career._BEFORE)."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import analyze


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


_CHUNKS = [
    _chunk(
        "profile#basics",
        "basics",
        "Marit Olsvik",
        "Marit Olsvik — Platform Engineer. Location: Bergen, NO. Platform engineer with nine years of "
        "infrastructure work.",
    ),
    _chunk(
        "profile#work/0",
        "work",
        "Platform Engineer at Fjordlys Energi",
        "Work experience: Platform Engineer at Fjordlys Energi (2021-01 – present). Runs the Kubernetes "
        "clusters and the infrastructure for the trading systems.",
    ),
    _chunk(
        "profile#work/1",
        "work",
        "Firmware Developer at Bremnes Kjøretøy",
        "Work experience: Firmware Developer at Bremnes Kjøretøy (2015-01 – 2020-12). Supplier of body "
        "electronics; wrote CAN drivers for 200,000 vehicles.",
    ),
    _chunk(
        "profile#work/2",
        "work",
        "Freelance Developer",
        "Work experience: Freelance Developer (2013-01 – 2014-12). Contract work for e-health and "
        "public-sector clients.",
    ),
    _chunk(
        "posts/pure-functions",
        "post",
        "Pure functions in practice",
        "Post: Pure functions in practice. Why pure code is easier to test than code with side effects.",
    ),
    _chunk(
        "profile#skills/0",
        "skill",
        "Machine learning",
        "Skill: Machine learning (Intermediate): LightGBM, scikit-learn, forecasting models",
    ),
    _chunk("profile#skills/1", "skill", "Programming", "Skill: Programming (Advanced): Go, Python, Bash"),
    _chunk("profile#skills/2", "skill", "Automation", "Skill: Automation (Advanced): Ansible, Terraform"),
    _chunk("profile#skills/3", "skill", "Frontend", "Skill: Frontend (Intermediate): React, Redux, Vite"),
    _chunk("profile#skills/4", "skill", "Android", "Skill: Android (Advanced): Kotlin, Room, Espresso"),
    _chunk(
        "profile#skills/5", "skill", "Cloud", "Skill: Cloud (Advanced): Kubernetes, OpenTelemetry, Grafana"
    ),
    _chunk(
        "profile#work/3",
        "work",
        "Web Developer at Lyngstudio",
        "Work experience: Web Developer at Lyngstudio (2010-01 – 2012-12). Built nine online shops for local "
        "retailers.",
    ),
    _chunk(
        "profile#awards/0",
        "award",
        "Ops Engineer of the Year",
        "Award: Ops Engineer of the Year from Fjordlys Energi (2023-12) for the cluster migration.",
    ),
    _chunk(
        "profile#projects/0",
        "resume_project",
        "Tidevann",
        "Project: Tidevann — My own paid iPhone app of tide tables for the Norwegian coast. 40,000 downloads.",
    ),
    _chunk(
        "profile#interests/0",
        "interest",
        "Sailing",
        "Interest: Sailing — dinghy racing in the fjord.",
    ),
]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


def _ids(index: SearchIndex, question: str) -> list[str]:
    return [h.chunk.id for h in index.search(question, 5, weak=True)]


@pytest.mark.parametrize("adverb", ["purely", "basically", "mostly", "solely", "largely"])
def test_a_hedging_adverb_is_no_question_word(adverb: str) -> None:
    assert list(analyze(adverb)) == []


def test_the_adjective_keeps_its_word() -> None:
    assert list(analyze("pure functions")) == ["pure", "function"]


def test_purely_does_not_weigh_as_the_rarest_word(index: SearchIndex) -> None:
    hits = index.search("is she purely an infra person or has she actually done ML?", 5, weak=True)
    ids = [h.chunk.id for h in hits]
    assert "profile#skills/0" in ids
    assert "posts/pure-functions" not in ids
    assert not hits[0].weak


def test_apps_of_her_own_are_her_projects(index: SearchIndex) -> None:
    assert (
        "profile#projects/0" in _ids(index, "does she have any apps of her own or only employer stuff?")[:3]
    )
    assert _ids(index, "does she have her own app?")[0] == "profile#projects/0"


@pytest.mark.parametrize("question", ["any gongs?", "has she been nominated for anything?", "any trophies?"])
def test_award_slang_finds_the_award(index: SearchIndex, question: str) -> None:
    assert _ids(index, question)[0] == "profile#awards/0"


def test_cars_are_the_automotive_work(index: SearchIndex) -> None:
    assert _ids(index, "has she worked on cars?")[0] == "profile#work/1"


def test_healthcare_finds_e_health_clients(index: SearchIndex) -> None:
    assert "profile#work/2" in _ids(index, "has she worked in healthcare?")[:2]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does she do scripting?", "profile#skills/1"),
        ("config management tools?", "profile#skills/2"),
        ("configuration management experience?", "profile#skills/2"),
        ("state management libraries?", "profile#skills/3"),
        ("testing frameworks?", "profile#skills/4"),
        ("observability tooling?", "profile#skills/5"),
        ("any e-commerce work?", "profile#work/3"),
    ],
)
def test_a_discipline_asked_by_name_finds_its_tools(index: SearchIndex, question: str, expected: str) -> None:
    assert expected in _ids(index, question)[:2]


@pytest.mark.parametrize("question", ["is she purely ops or can she code a bit?", "can she code a little?"])
def test_code_done_by_her_with_a_hedge_is_programming(index: SearchIndex, question: str) -> None:
    assert _ids(index, question)[0] == "profile#skills/1"


_CAREER_CHUNKS = [
    _chunk(
        "profile#basics",
        "basics",
        "Runa Fjell",
        "Runa Fjell — Site Reliability Engineer. Location: Tromsø, NO. Ran a ski-resort front desk for five years "
        "before a cloud bootcamp.",
    ),
    _chunk(
        "profile#work/0",
        "work",
        "Site Reliability Engineer at Nordlys Cloud",
        "Work experience: Site Reliability Engineer at Nordlys Cloud (2021-01 – present). On-call for the "
        "tech platform; runs the Kubernetes clusters.",
    ),
    _chunk(
        "profile#work/1",
        "work",
        "Front Desk Supervisor at Polar Lodge",
        "Work experience: Front Desk Supervisor at Polar Lodge (2013-01 – 2018-12). Led nine receptionists.",
    ),
    _chunk(
        "profile#summary/work_authorization",
        "faq",
        "Work authorization",
        "Work authorization (Runa Fjell): Norwegian citizen with the right to work in the EEA.",
    ),
    _chunk(
        "projects/drainer",
        "project",
        "drainer",
        "Project: drainer — An autoscaler that reads the backlog of RabbitMQ and SQS queues.",
    ),
    _chunk(
        "posts/back-to-basics",
        "post",
        "Back to basics",
        "Post: Back to basics. Why I went back to plain cron jobs after a year of workflow engines.",
    ),
]


@pytest.fixture(scope="module")
def career_index() -> SearchIndex:
    return SearchIndex.build(_CAREER_CHUNKS)


def test_a_confirmation_tag_closing_a_sentence_is_no_question_word(career_index: SearchIndex) -> None:
    hits = career_index.search("she wasn't always in tech right? what did she do before", 5, weak=True)
    ids = [h.chunk.id for h in hits]
    assert "profile#work/1" in ids
    assert "profile#summary/work_authorization" not in ids


def test_back_pointing_to_a_time_is_no_question_word(career_index: SearchIndex) -> None:
    hits = career_index.search(
        "the autoscaler she built back at the cloud job - which queues does it read?", 5
    )
    assert hits and hits[0].chunk.id == "projects/drainer"
    assert "posts/back-to-basics" not in [h.chunk.id for h in hits]
