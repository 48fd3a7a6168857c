"""The JSON Resume sample answers real questions with the right citations."""

from __future__ import annotations

import pytest

from heyfolio.content.loader import load_portfolio
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex

from .conftest import SAMPLE_RESUME


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(chunk_portfolio(load_portfolio(SAMPLE_RESUME)))


@pytest.mark.parametrize(
    ("question", "uri", "quote"),
    [
        ("Where does Richard work?", "portfolio://profile#work/0", "Pied Piper"),
        ("Which university did he attend?", "portfolio://profile#education/0", "University of Oklahoma"),
        ("What was his GPA?", "portfolio://profile#education/0", "4.0"),
        ("Has he volunteered anywhere?", "portfolio://profile#volunteer/0", "CoderDojo"),
        ("What did he publish?", "portfolio://profile#publications/0", "Video compression for 3d media"),
        (
            "Which award did TechCrunch give him?",
            "portfolio://profile#awards/0",
            "Digital Compression Pioneer",
        ),
        ("What web technologies does he know?", "portfolio://profile#skills/0", "HTML"),
        ("Is he on Twitter?", "portfolio://profile#profiles", "neutralthoughts"),
        ("What side projects has he built?", "portfolio://profile#projects/0", "Miss Direction"),
        ("What does Erlich Bachman say about him?", "portfolio://profile#references/0", "valuable addition"),
        ("Where is he based?", "portfolio://profile#basics", "San Francisco"),
    ],
)
def test_question_cites_the_passage_that_answers_it(
    index: SearchIndex, question: str, uri: str, quote: str
) -> None:
    hits = index.search(question, limit=3)
    assert hits, question
    top = hits[0]
    assert top.citation()["uri"] == uri, [h.chunk.uri for h in hits]
    assert quote in top.chunk.text
    assert top.citation()["title"] == top.chunk.title


@pytest.mark.parametrize(
    "question", ["Does he know Rust?", "What is his notice period?", "Has he worked at Google?"]
)
def test_what_the_resume_does_not_say_finds_nothing(index: SearchIndex, question: str) -> None:
    assert index.search(question) == []
