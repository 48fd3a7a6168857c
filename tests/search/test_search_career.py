"""Questions about the career as a whole (how long, what before, managing people, hands-on) bring the
summary the owner wrote into the results, and a career change also its oldest role."""

from __future__ import annotations

import pytest

from heyfolio.search.career import read_career
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _entry(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_CHUNKS = [
    _entry(
        "profile#basics",
        "basics",
        "Tove Lindqvist — Data Engineer",
        "Tove Lindqvist — Data Engineer\nData engineer with nine years behind her: she ran a bakery in "
        "Uppsala for four years, retrained at night, and has managed three analysts since 2023 while "
        "still writing most of the pipelines herself.",
    ),
    _entry(
        "profile#work/0",
        "work",
        "Data Engineer at Kvarnberg (2021-02 – present)",
        "Work experience: Data Engineer at Kvarnberg (2021-02 – present)\nBuilt the nightly Spark jobs "
        "and the warehouse models in dbt.",
    ),
    _entry(
        "profile#work/1",
        "work",
        "Junior Data Analyst at Fyrtorn (2017-09 – 2021-01)",
        "Work experience: Junior Data Analyst at Fyrtorn (2017-09 – 2021-01)\nWrote SQL reports for the "
        "sales team in a tech company.",
    ),
    _entry(
        "profile#work/2",
        "work",
        "Owner at Bageri Solrosen (2013-03 – 2017-06)",
        "Work experience: Owner at Bageri Solrosen (2013-03 – 2017-06)\nRan a small bakery and café.",
    ),
    _entry(
        "profile#skills/0",
        "skill",
        "Data (Advanced)",
        "Skill: Data (Advanced): Spark, dbt, SQL, Airflow",
    ),
    _entry(
        "profile#projects/0",
        "resume_project",
        "Work planner (2022)",
        "Project: Work planner (2022) — a tool that plans team work in tech teams",
    ),
]


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many years of professional experience does she have?", "whole"),
        ("How long has she been working in tech?", "whole"),
        ("how senior is she", "whole"),
        ("Does she have direct reports?", "people"),
        ("Is she still hands-on?", "whole"),
        ("Would she rather manage people or stay an individual contributor?", "whole"),
        ("Does she have hands-on experience with Spark?", "whole"),
        ("What did she do before she moved into data?", "before"),
        ("Was there a previous career before tech?", "before"),
        ("What did she do for a living before?", "before"),
        ("Which warehouse tools does she use?", None),
        ("How long was she at Fyrtorn?", None),
        ("Where does she live?", None),
    ],
)
def test_read_career(question: str, expected: str | None) -> None:
    assert read_career(question) == expected


def test_career_length_brings_the_summary(index: SearchIndex) -> None:
    ids = [h.chunk.id for h in index.search("How long has she worked in tech?")]
    assert "profile#basics" in ids


def test_career_change_brings_the_summary_and_the_oldest_role(index: SearchIndex) -> None:
    ids = [h.chunk.id for h in index.search("What did she do before she moved into data?")]
    assert "profile#basics" in ids
    assert "profile#work/2" in ids


def test_managing_people_brings_the_summary(index: SearchIndex) -> None:
    ids = [h.chunk.id for h in index.search("Has she ever managed people?")]
    assert "profile#basics" in ids


def test_other_questions_are_left_alone(index: SearchIndex) -> None:
    ids = [h.chunk.id for h in index.search("Which warehouse tools does she use?", 2)]
    assert "profile#basics" not in ids


def test_where_a_qualified_career_started_is_the_oldest_role() -> None:
    from heyfolio.search.understand import Superlative, read_superlative

    oldest = Superlative(frozenset({"work"}), "oldest")
    assert read_superlative("Where did he start his engineering career?") == oldest
    assert read_superlative("Where did she start her career?") == oldest


def test_a_hyphenated_kind_of_experience_still_asks_the_career_length() -> None:
    assert read_career("How much full-time experience does she have?") == "whole"
    assert read_career("Years of hands-on experience?") == "whole"


def test_how_the_owner_came_into_the_trade_is_a_career_change() -> None:
    for question in (
        "How did she get into software?",
        "How did he become a developer?",
        "What was her path into tech?",
        "What made him switch careers?",
    ):
        assert read_career(question) == "before", question
    assert read_career("How did she get into the building?") is None
