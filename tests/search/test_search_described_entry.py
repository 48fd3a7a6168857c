"""A figure asked of a write-up the question describes instead of naming ("how many stars does her
tide-gauge reader have?") is answered by that write-up's passage stating it, not by another
project's "Results" stating the same kind of figure; a "what made her write X?" question is answered
by the write-up's "Why" even when a post sharing a word of the question ranks first."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.described import described_entry, described_page, entry_key, figure_check
from heyfolio.search.index import SearchIndex
from heyfolio.search.sections import asked_section


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


def _write_up(name: str, summary: str, why: str, design: str, results: str) -> list[Chunk]:
    return [
        _chunk(f"projects/{name}", "project", name, f"Project: {name} — {summary}"),
        _chunk(f"projects/{name}#why", "project", f"{name} — Why", f"{name} — Why / {why}"),
        _chunk(
            f"projects/{name}#architecture",
            "project",
            f"{name} — Architecture",
            f"{name} — Architecture / {design}",
        ),
        _chunk(f"projects/{name}#results", "project", f"{name} — Results", f"{name} — Results / {results}"),
    ]


_CHUNKS = [
    _chunk(
        "profile#work/0", "work", "Engineer at Kelpwater Survey (2019-02 – present)", "Sonar data pipelines."
    ),
    *_write_up(
        "gaugeline",
        "A Rust reader for tide-gauge telemetry that decodes the harbour sensors' binary frames.",
        "The harbour master's spreadsheet lost a week of readings every winter storm.",
        "A tide-gauge frame is decoded without allocation; a Rust iterator yields each reading.",
        "About 870 GitHub stars and 12 contributors; used by two port authorities.",
    ),
    *_write_up(
        "driftmap",
        "A web map of buoy drift tracks drawn with WebGL.",
        "Drift tracks were shared as screenshots, so nobody could zoom in.",
        "Tracks are simplified in a Web Worker and drawn as one WebGL line strip.",
        "About 3,400 GitHub stars; embedded in a national weather service's site.",
    ),
    *_write_up(
        "cruiselog",
        "A command-line tool that checks a survey cruise's logbook against its sonar files.",
        "In 2021 a survey lost two days of recordings to a mislabelled disk.",
        "The logbook and the sonar headers are parsed into one timeline and compared.",
        "About 150 GitHub stars; run after every cruise at Kelpwater Survey.",
    ),
    _chunk(
        "posts/calm-incidents#reviews",
        "post",
        "Calm incidents — Reviews",
        "Calm incidents — Reviews / An incident review names the conditions, never a person.",
    ),
]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


def test_entry_key_joins_a_write_ups_sections_and_its_resume_line() -> None:
    results = _CHUNKS[4]
    resume_line = _chunk("profile#projects/0", "resume_project", "gaugeline (2020-05)", "gaugeline")
    assert entry_key(results) == entry_key(resume_line) == "gaugeline"
    assert entry_key(_CHUNKS[0]) is None  # a role is no write-up


def test_the_described_entry_is_the_one_most_passages_belong_to() -> None:
    gauge, drift = _CHUNKS[1:5], _CHUNKS[5:9]
    assert described_entry([drift[3], gauge[0], gauge[2]]) == "gaugeline"
    assert described_entry([drift[3], gauge[0]]) is None  # one passage each: no entry is described
    assert described_entry([drift[0], drift[1], gauge[0], gauge[1]]) is None  # a tie
    uris = [c.uri for c in (drift[3], gauge[0], gauge[2])]
    assert described_page(uris) == "portfolio://projects/gaugeline"


def test_figure_check_reads_the_figure_asked() -> None:
    stars = figure_check("How many stars does her tide-gauge reader have?")
    assert stars is not None
    assert stars(["About 870 GitHub stars"]) and not stars(["12 contributors"])
    assert figure_check("What does her tide-gauge reader do?") is None


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("How many stars does her tide-gauge reader have?", "projects/gaugeline#results"),
        ("how many GitHub stars has the logbook checker got", "projects/cruiselog#results"),
    ],
)
def test_the_figure_of_the_described_write_up_is_found(
    index: SearchIndex, question: str, answer: str
) -> None:
    ids = [h.chunk.id for h in index.search(question)]
    assert answer in ids, ids


def test_a_named_write_up_is_left_as_it_was(index: SearchIndex) -> None:
    ids = [h.chunk.id for h in index.search("How many stars does driftmap have?")]
    assert ids[0] == "projects/driftmap#results", ids


@pytest.mark.parametrize(
    "question",
    [
        "what incident made her write cruiselog",
        "What inspired gaugeline?",
        "What led her to build driftmap?",
        "What's the story behind gaugeline?",
        "How did cruiselog come about?",
    ],
)
def test_what_set_her_off_asks_for_the_why(question: str) -> None:
    heads = asked_section(question)
    assert heads is not None and heads[0] == "why"


def test_the_why_of_the_write_up_most_results_show(index: SearchIndex) -> None:
    ids = [h.chunk.id for h in index.search("what incident made her write the logbook checker cruiselog")]
    assert "projects/cruiselog#why" in ids, ids


@pytest.mark.parametrize(
    "question",
    [
        "What made her choose Rust?",
        "What did she build at Kelpwater?",
        "How did she get started in surveying?",
    ],
)
def test_other_questions_ask_for_no_why(question: str) -> None:
    heads = asked_section(question)
    assert heads is None or heads[0] != "why"


@pytest.mark.parametrize(
    "question",
    [
        "How did gaugeline turn out?",
        "Was driftmap a success?",
        "did the logbook checker actually help?",
        "what came of cruiselog?",
        "What was the impact of gaugeline?",
    ],
)
def test_what_a_thing_achieved_asks_for_the_results(question: str) -> None:
    heads = asked_section(question)
    assert heads is not None and heads[0] == "results"


@pytest.mark.parametrize("question", ["did she help with hiring?", "How did she do at Kelpwater?"])
def test_what_the_owner_did_asks_for_no_results_section(question: str) -> None:
    heads = asked_section(question)
    assert heads is None or heads[0] != "results"


def test_the_results_of_a_named_write_up_come_in(index: SearchIndex) -> None:
    ids = [h.chunk.id for h in index.search("How did cruiselog turn out?")]
    assert "projects/cruiselog#results" in ids, ids
