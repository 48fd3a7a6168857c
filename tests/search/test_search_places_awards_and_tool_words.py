"""Places asked as a
list ("which countries has she worked in?": listing._EMPLOYERS), not set aside by "outside X" (measured:
it cost a tuning answer); praise as awards (commendations, kudos: text._RELATED, _INTENTS, _KIND_NAMES); tool
families asked by what they do (workflow orchestration, error monitoring, code scanning:
text._ASKED_IN_OTHER_WORDS), the public sector by its bodies, a
scientist by the field (text._ALIASES) and "where is she strongest?" of two platforms read by the skills'
levels (index._PROFICIENCY). A made-up owner."""

from __future__ import annotations

import pytest

from heyfolio.search.besides import without_excluded
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.listing import asks_job_list
from heyfolio.search.text import analyze, normalize_token


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


_CHUNKS = [
    _chunk(
        "profile#basics",
        "basics",
        "Iara Monteiro",
        "Iara Monteiro — Platform and Mobile Engineer. Location: Recife, Pernambuco, BR. Trained as a "
        "physicist, now builds data platforms and apps.",
    ),
    _chunk(
        "profile#work/0",
        "work",
        "Platform Engineer at Maré Dados",
        "Work experience: Platform Engineer at Maré Dados in Recife, Brazil (2022-01 – present). Runs the "
        "ingestion API at 3,200 requests per second and the on-call rotation.",
    ),
    _chunk(
        "profile#work/1",
        "work",
        "Data Engineer at Gintaras Analytics",
        "Work experience: Data Engineer at Gintaras Analytics in Kaunas, Lithuania (2019-03 – 2021-12). "
        "Built the nightly loads of a retail warehouse.",
    ),
    _chunk(
        "profile#work/2",
        "work",
        "Software Developer at Instituto das Águas",
        "Work experience: Software Developer at Instituto das Águas in Recife, Brazil (2016-02 – 2019-02). "
        "Instituto das Águas: State government water agency. Wrote the reservoir-level dashboards.",
    ),
    _chunk(
        "profile#education/0",
        "education",
        "PhD in Physics",
        "Education: PhD in Physics at Universidade do Recife (2011-03 – 2015-12).",
    ),
    _chunk(
        "profile#awards/0",
        "award",
        "Director's Commendation",
        "Award: Director's Commendation from Maré Dados (2024-11) For the zero-downtime database move.",
    ),
    _chunk(
        "profile#skills/0",
        "skill",
        "Data engineering",
        "Skill: Data engineering (Advanced): Airflow, dbt, Kafka",
    ),
    _chunk(
        "profile#skills/1",
        "skill",
        "Operations",
        "Skill: Operations (Advanced): PagerDuty, Prometheus, Grafana",
    ),
    _chunk("profile#skills/2", "skill", "Quality", "Skill: Quality (Intermediate): Semgrep, Sentry, pytest"),
    _chunk("profile#skills/3", "skill", "iOS development", "Skill: iOS development (Expert): Swift, SwiftUI"),
    _chunk(
        "profile#skills/4", "skill", "Android development", "Skill: Android development (Beginner): Kotlin"
    ),
    _chunk(
        "profile#publications/0",
        "publication",
        "Ten alerts we deleted",
        "Publication: Ten alerts we deleted (2023). How the team went from 40 pages a week to 6.",
    ),
    _chunk("profile#interests/0", "interest", "Capoeira", "Interest: Capoeira — weekend rodas."),
]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


def _ids(index: SearchIndex, question: str) -> list[str]:
    return [h.chunk.id for h in index.search(question, 5, weak=True)]


def test_the_countries_she_worked_in_are_the_jobs(index: SearchIndex) -> None:
    assert asks_job_list("which countries has she worked in?")
    assert asks_job_list("in which cities has he worked?")
    assert set(_ids(index, "which countries has she worked in?")[:3]) == {
        "profile#work/0",
        "profile#work/1",
        "profile#work/2",
    }


def test_outside_is_not_set_aside() -> None:
    # "has Odile ever managed people, even outside tech?": the place outside is what is asked (measured:
    # reading "outside X" as "other than X" cost a tuning answer)
    known = {normalize_token("tech"), normalize_token("recife")}.__contains__
    assert without_excluded("has she managed people, even outside tech?", known) == (
        "has she managed people, even outside tech?"
    )


@pytest.mark.parametrize("question", ["any commendations?", "kudos from her employer?"])
def test_praise_is_an_award(index: SearchIndex, question: str) -> None:
    assert _ids(index, question)[0] == "profile#awards/0"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("workflow orchestration tools?", "profile#skills/0"),
        ("which workflow engine does she use?", "profile#skills/0"),
        ("error monitoring?", "profile#skills/2"),
        ("does she do static code scanning?", "profile#skills/2"),
    ],
)
def test_a_tool_family_asked_by_what_it_does(index: SearchIndex, question: str, expected: str) -> None:
    assert expected in _ids(index, question)[:2]


def test_the_public_sector_is_found_by_its_bodies(index: SearchIndex) -> None:
    assert _ids(index, "public sector experience?")[0] == "profile#work/2"


def test_a_scientist_is_named_by_the_field(index: SearchIndex) -> None:
    assert analyze("a physicist")[-1] == analyze("physics")[0]
    assert "profile#education/0" in _ids(index, "so she's a physicist who codes?")[:3]


def test_where_she_is_strongest_of_two_platforms_reads_the_levels(index: SearchIndex) -> None:
    ids = _ids(index, "ios or android - where is she strongest?")
    assert "profile#skills/3" in ids and "profile#skills/4" in ids


def test_just_a_hobby_set_against_production_is_her_own_projects() -> None:
    assert "project" in analyze("has she shipped rust in production or just hobby stuff?")
    assert "project" in analyze("is kotlin just a hobby for her?")
    # hobbies asked as such stay hobbies
    assert "project" not in analyze("what does she do as a hobby?")
    assert "project" not in analyze("does she do sports or hobbies?")
