"""A résumé section asked for by another of its common names ("pro bono work", "work history",
"accolades", "credentials", "pet projects") is answered by the entries of that section, and a British
spelling in any inflection ("honours") reads as the word it spells."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import normalize_token


def _entry(kind: str, i: int, title: str, text: str) -> Chunk:
    ident = f"profile#{kind}/{i}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_CHUNKS = [
    _entry("work", 0, "Platform Engineer at Dunmore Freight (2021-02 – present)", "Runs the build farm."),
    _entry("work", 1, "Support Analyst at Kettle Bank (2017-05 – 2021-01)", "Answered merchant tickets."),
    _entry("volunteer", 0, "Mentor at Open Kitchen Coding", "Saturday web lessons for refugees."),
    _entry("award", 0, "Award: Golden Pager from Dunmore Freight (2023)", "For the alert clean-up."),
    _entry("certificate", 0, "Certificate: Certified Kubernetes Administrator (2022)", "Issued by CNCF."),
    _entry("project", 0, "Project: kettle-lint (2020)", "A linter for YAML pipelines, 400 GitHub stars."),
    _entry("interest", 0, "Interest: Sea kayaking", "Weekends on the coast."),
]


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Does he do any pro bono work?", "volunteer"),
        ("any community service?", "volunteer"),
        ("work history", "work"),
        ("What is his employment history?", "work"),
        ("accolades?", "award"),
        ("Any honours or distinctions?", "award"),
        ("credentials", "certificate"),
        ("pet projects?", "project"),
    ],
)
def test_a_section_by_another_name(index: SearchIndex, question: str, kind: str) -> None:
    hits = [h for h in index.search(question) if not h.weak]
    assert hits and hits[0].chunk.kind == kind


def test_british_inflections_read_as_the_word() -> None:
    assert normalize_token("honours") == normalize_token("honors") == normalize_token("honour")
    assert normalize_token("bas") != normalize_token("bachelor")  # a short stem meets no alias by chance
