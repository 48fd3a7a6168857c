"""A question ranking the owner's skills ("strongest skill?", "what is he weakest at?") is answered by
the skill passages at the highest (lowest) level the résumé states, placed first."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.skill_levels import extreme_skills, graded_skills, level, read_extreme


def _skill(n: int, title: str, words: str) -> Chunk:
    ident = f"profile#skills/{n}"
    return Chunk(
        id=ident, uri=f"portfolio://{ident}", kind="skill", title=title, text=f"Skill: {title}: {words}"
    )


_CHUNKS = [
    _skill(0, "Embedded firmware (Expert)", "C, FreeRTOS, Zephyr"),
    _skill(1, "Web backends (Intermediate)", "Elixir, Phoenix, PostgreSQL"),
    _skill(2, "Data tooling (Beginner)", "pandas, DuckDB"),
    _skill(3, "Hardware debugging (Advanced (rusty))", "oscilloscopes, logic analysers"),
    Chunk(
        id="profile#work/0",
        uri="portfolio://profile#work/0",
        kind="work",
        title="Firmware Engineer at Pelle Instruments (2019-01 – present)",
        text="Work experience: Firmware Engineer at Pelle Instruments (2019-01 – present)\nWrote the "
        "bootloader and the web backend for the device fleet.",
    ),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What's his strongest skill?", "strongest"),
        ("Which programming language is he best at?", "strongest"),
        ("what is he weakest at", "weakest"),
        ("Any weak spots in his skill set?", "weakest"),
        ("Is he better at C or Elixir?", None),
        ("What's his best known project?", None),
        ("Which language does he speak best?", None),
        ("What does he do at Pelle?", None),
    ],
)
def test_read_extreme(question: str, expected: str | None) -> None:
    assert read_extreme(question) == expected


def test_level_reads_the_title_parenthesis() -> None:
    assert [level(c) for c in _CHUNKS] == [3, 1, 0, 2, None]


def test_extreme_skills_need_two_graded() -> None:
    graded = graded_skills(_CHUNKS)
    assert extreme_skills(graded, "strongest", 3) == [0]
    assert extreme_skills(graded, "weakest", 3) == [2]
    assert extreme_skills(graded[:1], "strongest", 3) == []


def test_strongest_skill_comes_first() -> None:
    index = SearchIndex.build(_CHUNKS)
    assert index.search("What is his strongest skill?")[0].chunk.id == "profile#skills/0"
    assert index.search("what's he weakest at?")[0].chunk.id == "profile#skills/2"
