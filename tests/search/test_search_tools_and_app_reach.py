"""Skills asked by what the tools do, where a résumé lists only the tools: build tooling (Vite, Gradle),
task queues (Celery), dataframe tools (pandas), model compression (distillation, quantization), experiment
and error tracking (MLflow, Sentry) (text._ASKED_IN_OTHER_WORDS); "showcased" is featured (text._ALIASES);
"DI" is dependency injection (text.SHORTHAND). "Which app has the most users?" ranks the apps shipped for
employers too, by their downloads, also when written in millions (understand.read_superlative,
Facts.answer, understand._count). A placing (runner-up, finalist, podium) and money for study (bursary,
fellowship) are awards; "proud of" asks for achievements (text._RELATED, text._INTENTS, text._PHRASES)."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import analyze, normalize_token
from heyfolio.search.understand import Facts, Superlative, read_superlative


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


_CHUNKS = [
    _chunk(
        "profile#basics",
        "basics",
        "Sunniva Rask",
        "Sunniva Rask — Mobile and Python Engineer. Location: Trondheim, NO. Builds apps and data tools.",
    ),
    _chunk(
        "profile#work/0",
        "work",
        "Mobile Lead at Trikkelinje",
        "Work experience: Mobile Lead at Trikkelinje (2022-01 – present). Leads the rider apps for the city's "
        "trams; the apps have 1.8 million downloads.",
    ),
    _chunk(
        "profile#work/1",
        "work",
        "Android Developer at Fjellsti",
        "Work experience: Android Developer at Fjellsti (2018-01 – 2021-12). Built the hiking app; it reached "
        "600,000 downloads.",
    ),
    _chunk(
        "profile#work/2",
        "work",
        "Postdoctoral Researcher at Nidaros Institute",
        "Work experience: Postdoctoral Researcher at Nidaros Institute (2015-01 – 2017-12). Simulated sea ice "
        "with a team of four.",
    ),
    _chunk(
        "profile#education/0",
        "education",
        "PhD in Oceanography",
        "Education: PhD in Oceanography at Nidaros University (2011-01 – 2014-12).",
    ),
    _chunk(
        "profile#projects/0",
        "resume_project",
        "Bølge",
        "Project: Bølge — Open-source Kotlin library for swipeable cards. 1,200 GitHub stars.",
    ),
    _chunk(
        "profile#projects/1",
        "resume_project",
        "Flo og fjære",
        "Project: Flo og fjære — My own tide-table app; featured by the Play Store in 2023. 20,000 downloads.",
    ),
    _chunk("profile#skills/0", "skill", "Web", "Skill: Web (Advanced): TypeScript, React, Vite"),
    _chunk("profile#skills/1", "skill", "Python", "Skill: Python (Expert): Django, Celery, pandas, Polars"),
    _chunk(
        "profile#skills/2",
        "skill",
        "Machine learning",
        "Skill: Machine learning (Advanced): PyTorch, knowledge distillation, quantization",
    ),
    _chunk(
        "profile#publications/0",
        "publication",
        "A library of sea-ice shapes",
        "Publication: A library of sea-ice shapes, published by the Journal of Polar Code (2016).",
    ),
]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


def _ids(index: SearchIndex, question: str) -> list[str]:
    return [h.chunk.id for h in index.search(question, 5, weak=True)]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what build tooling does she use for the web?", "profile#skills/0"),
        ("which bundler does she know?", "profile#skills/0"),
        ("task queues in python?", "profile#skills/1"),
        ("background jobs?", "profile#skills/1"),
        ("which dataframe tools does she know?", "profile#skills/1"),
        ("model compression experience", "profile#skills/2"),
    ],
)
def test_a_tool_family_asked_by_what_it_does_finds_the_tools(
    index: SearchIndex, question: str, expected: str
) -> None:
    assert expected in _ids(index, question)[:2]


def test_showcased_is_featured(index: SearchIndex) -> None:
    assert _ids(index, "was any of her apps showcased somewhere?")[0] == "profile#projects/1"


def test_the_app_with_most_users_ranks_employer_apps_too() -> None:
    sup = read_superlative("which app she worked on has the most users?")
    assert sup is not None and sup.order == "popular" and "work" in sup.kinds
    facts = Facts(_CHUNKS)
    assert [_CHUNKS[i].id for i in facts.answer(sup, 5)][:2] == ["profile#work/0", "profile#work/1"]


def test_the_most_popular_project_is_still_a_project() -> None:
    sup = read_superlative("what is her most popular project?")
    assert sup == Superlative(frozenset({"project", "resume_project"}), "popular")
    facts = Facts(_CHUNKS)
    assert _CHUNKS[facts.answer(sup, 5)[0]].id == "profile#projects/0"


def test_her_latest_app_is_dated_among_her_projects() -> None:
    sup = read_superlative("what's her latest app?")
    assert sup is not None and "work" not in sup.kinds


def test_downloads_in_millions_count_as_millions(index: SearchIndex) -> None:
    assert _ids(index, "what's her most downloaded app?")[0] == "profile#work/0"


_TRACKING_CHUNKS = [
    _chunk("profile#basics", "basics", "Eira Holm", "Eira Holm — ML Engineer. Location: Umeå, SE."),
    _chunk("profile#skills/0", "skill", "MLOps", "Skill: MLOps (Advanced): MLflow, Docker, Kubernetes"),
    _chunk("profile#skills/1", "skill", "Delivery", "Skill: Delivery (Intermediate): GitHub Actions, Sentry"),
    _chunk("profile#skills/2", "skill", "Design", "Skill: Design (Advanced): MVVM, Dependency injection"),
    _chunk(
        "profile#work/0",
        "work",
        "ML Engineer at Norrsken Data",
        "Work experience: ML Engineer at Norrsken Data (2020-01 – present). Fixed the top crash reports of "
        "the labelling tool.",
    ),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("experiment tracking tools?", "profile#skills/0"),
        ("error tracking / crash reporting tools?", "profile#skills/1"),
        ("how did she fix the crash reports?", "profile#work/0"),
        ("does she know DI?", "profile#skills/2"),
    ],
)
def test_tracking_tools_asked_by_what_they_track(question: str, expected: str) -> None:
    index = SearchIndex.build(_TRACKING_CHUNKS)
    assert expected in [h.chunk.id for h in index.search(question, 5, weak=True)][:2]


_AWARD_CHUNKS = [
    _chunk("profile#basics", "basics", "Linnea Berg", "Linnea Berg — Backend Engineer. Location: Luleå, SE."),
    _chunk(
        "profile#work/0",
        "work",
        "Backend Engineer at Isbana",
        "Work experience: Backend Engineer at Isbana (2023-01 – present). Built the ticketing API in Kotlin.",
    ),
    _chunk(
        "profile#awards/0",
        "award",
        "Second Place, Norrbotten Open Data Hack",
        "Award: Second Place, Norrbotten Open Data Hack from Luleå Data Club (2022-06) Built a live map of "
        "ploughed roads in 24 hours.",
    ),
    _chunk(
        "profile#awards/1",
        "award",
        "Malmfält Doctoral Scholarship",
        "Award: Malmfält Doctoral Scholarship from Malmfält Foundation (2019-09) SEK 900,000 over three years.",
    ),
    _chunk(
        "profile#education/0",
        "education",
        "BSc in Computer Science",
        "Education: Bachelor of Science in Computer Science at Luleå University (2016-09 – 2019-06).",
    ),
    _chunk("profile#interests/0", "interest", "Running", "Interest: Trail running — midnight-sun races."),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("was she a runner-up anywhere?", "profile#awards/0"),
        ("did she finish second place in something?", "profile#awards/0"),
        ("any podium finishes?", "profile#awards/0"),
        ("was she a finalist anywhere?", "profile#awards/0"),
        ("any bursaries?", "profile#awards/1"),
        ("did she have a fellowship?", "profile#awards/1"),
        ("has she been decorated for her work?", "profile#awards/0"),
    ],
)
def test_placings_and_study_money_are_awards(question: str, expected: str) -> None:
    index = SearchIndex.build(_AWARD_CHUNKS)
    assert expected in [h.chunk.id for h in index.search(question, 5, weak=True)][:2]


def test_proud_of_asks_for_achievements() -> None:
    assert normalize_token("achievement") in analyze("anything she's particularly proud of?")
    assert normalize_token("particular") not in analyze("anything she's particularly proud of?")
