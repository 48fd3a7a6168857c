"""A name of several words ("Loadstar Logistics", "Certified Kubernetes Security Specialist") is the
name only where its words are written together (in one passage, or across one project's sections):
passages naming one word of it each name something else, so the question gets only weak hits."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import parse_query


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk("profile#work/0", "work", "Engineer at Loadstar Freight", "Routing services for trucks."),
            _chunk("profile#work/1", "work", "Analyst at Harbour Logistics", "Warehouse reports in SQL."),
            _chunk("profile#work/2", "work", "Security engineer at Brine", "Threat models for payments."),
            _chunk(
                "profile#certificates/0", "certificate", "Certified Kubernetes Administrator", "CKA, 2022."
            ),
            _chunk("projects/tide", "project", "tide", "A stream processor. Tags: kafka, rust."),
            _chunk(
                "projects/tide#how",
                "project",
                "tide — how it works",
                "Built on Streams with exactly-once state.",
            ),
        ]
    )


def _strong(index: SearchIndex, question: str) -> list[str]:
    return [h.chunk.id for h in index.search(question, weak=True) if not h.weak]


def test_the_words_of_a_capitalised_name_share_its_start() -> None:
    runs = [g.run for g in parse_query("Has she worked at Loadstar Logistics or Brine?")]
    assert runs[-3] == runs[-2] >= 0 and runs[-1] == -1


@pytest.mark.parametrize(
    "question",
    ["Was she at Loadstar Logistics?", "Is she a Certified Kubernetes Security Specialist?"],
)
def test_a_name_whose_words_are_never_together_gets_only_weak_hits(index: SearchIndex, question: str) -> None:
    assert _strong(index, question) == []


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Was she at Loadstar Freight?", "profile#work/0"),
        ("Was she at Loadstar?", "profile#work/0"),
        ("Is she a Certified Kubernetes Administrator?", "profile#certificates/0"),
    ],
)
def test_a_name_written_together_still_answers(index: SearchIndex, question: str, answer: str) -> None:
    assert answer in _strong(index, question)


def test_a_name_across_one_projects_sections_is_written_together(index: SearchIndex) -> None:
    assert _strong(index, "Has she used Kafka Streams?")
