"""Which of two things the owner is more of or stronger on ("is he more Rust or Go?", "stronger on
iPhone or on Android?") is answered by both skills' stated levels; an iPhone app is an iOS app."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _entry(kind: str, i: int, title: str, text: str) -> Chunk:
    ident = f"profile#{kind}/{i}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_CHUNKS = [
    _entry(
        "basics", 0, "Ansel Quarry — Mobile Engineer", "Builds apps for iPhone and Android, some Rust and Go."
    ),
    _entry(
        "work",
        0,
        "iOS Engineer at Bramble Maps (2021-01 – present)",
        "Swift and Rust map renderer for iPhone.",
    ),
    _entry(
        "work",
        1,
        "Android Developer at Copse Health (2018-01 – 2020-12)",
        "Android app in Kotlin; Go backend.",
    ),
    _entry("work", 2, "Intern at Fallow Games (2017-06 – 2017-09)", "Android and iOS ports; Go tools."),
    _entry(
        "project", 0, "tileweave (2022-04)", "Project: tileweave — Rust tile cache for iOS and Android apps."
    ),
    _entry("skill", 0, "iOS development (Expert)", "Skill: iOS development (Expert): Swift, SwiftUI"),
    _entry(
        "skill", 1, "Android development (Intermediate)", "Skill: Android development (Intermediate): Kotlin"
    ),
    _entry("skill", 2, "Rust (Advanced)", "Skill: Rust (Advanced): tokio, wgpu"),
    _entry("skill", 3, "Go (Beginner)", "Skill: Go (Beginner): net/http"),
]


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


@pytest.mark.parametrize(
    ("question", "skills"),
    [
        ("Is he more iOS or Android?", {"profile#skill/0", "profile#skill/1"}),
        ("Is he stronger on iPhone or on Android?", {"profile#skill/0", "profile#skill/1"}),
        ("Is he more Rust or Go?", {"profile#skill/2", "profile#skill/3"}),
    ],
)
def test_both_skill_levels_answer(index: SearchIndex, question: str, skills: set[str]) -> None:
    top = {h.chunk.id for h in index.search(question)}
    assert skills <= top, sorted(top)
