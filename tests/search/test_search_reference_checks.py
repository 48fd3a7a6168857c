"""Recruiter wording for three résumé things the content names otherwise: a reference check asked as
whom to call ("can I speak to a former manager?", "someone who worked with him?"), a teaching
assistant written "TA", and the highest "qualification" (a degree)."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _entry(kind: str, i: int, title: str, text: str) -> Chunk:
    ident = f"profile#{kind}/{i}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_CHUNKS = [
    _entry(
        "basics",
        0,
        "Tomasz Rybak — Backend Engineer",
        "Backend engineer in Gdańsk; speaks Polish and English.",
    ),
    _entry("work", 0, "Backend Engineer at Wydma Logistics (2022-01 – present)", "Manages the carrier API."),
    _entry(
        "work",
        1,
        "Teaching Assistant, Compilers (part-time) at Baltic Technical University (2019-10 – 2021-06)",
        "Ran weekly labs for 90 students.",
    ),
    _entry(
        "education",
        0,
        "Master of Science in Computer Science at Baltic Technical University (2019 – 2021)",
        "",
    ),
    _entry("education", 1, "Bachelor of Science in Mathematics at Kashubia College (2015 – 2019)", ""),
    _entry("certificate", 0, "Certified Kubernetes Administrator (CKA) (The Linux Foundation, 2023)", ""),
    _entry("languages", 0, "Languages spoken", "Languages spoken: Polish (Native speaker); English (C1)"),
    _entry(
        "reference",
        0,
        "Reference from Agata Nowicka, Head of Engineering at Wydma Logistics",
        "Reference from Agata Nowicka: Tomasz ships careful, boring code.",
    ),
]


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Can I speak to a previous manager?", "reference"),
        ("Could I talk to his former boss?", "reference"),
        ("Is there someone who worked with him I could call?", "reference"),
        ("What's his highest qualification?", "education"),
        # what he is like as a colleague, which a reference says ("work" is not a job here)
        ("What is he like to work with?", "reference"),
        ("what's it like working with him", "reference"),
        ("Is he a team player?", "reference"),
        ("What is Tomasz like as a colleague?", "reference"),
    ],
)
def test_recruiter_wording_finds_the_entry(index: SearchIndex, question: str, kind: str) -> None:
    hits = [h for h in index.search(question) if not h.weak]
    assert hits and hits[0].chunk.kind == kind, [h.chunk.id for h in index.search(question)]


def test_a_ta_is_a_teaching_assistant(index: SearchIndex) -> None:
    hits = index.search("Has he been a TA?")
    assert hits and hits[0].chunk.id == "profile#work/1"
