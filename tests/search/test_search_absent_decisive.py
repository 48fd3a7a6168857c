"""A question whose decisive thing the portfolio never mentions (a degree level it lacks, a name it
never writes) gets only weak hits, whatever its other words share with a passage or however close
in meaning a passage is."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


def _chunks() -> list[Chunk]:
    return [
        _chunk(
            "edu", "education", "BSc Computer Science — University of Leeds", "Bachelor's degree, 2012-2015."
        ),
        _chunk(
            "work", "work", "Engineer at Gamma", "Built stream processing jobs on Kafka for the billing team."
        ),
        _chunk("links", "basics", "Ada Byron — links", "Profile link: see her LinkedIn page."),
        _chunk("talk", "post", "Distributed systems talk", "A talk on distributed systems and consensus."),
    ]


@pytest.fixture(scope="module")
def lexical() -> SearchIndex:
    return SearchIndex.build(_chunks())


def _strong(index: SearchIndex, question: str) -> list[str]:
    return [h.chunk.id for h in index.search(question, weak=True) if not h.weak]


@pytest.mark.parametrize(
    "question",
    [
        "Which university did she get her master's from?",
        "Where did she do her PhD?",
        "Is her doctorate in computer science?",
        "Does she have an MBA from Leeds?",
        "what was her masters degree in",
    ],
)
def test_a_degree_level_the_portfolio_lacks_gets_only_weak_hits(lexical: SearchIndex, question: str) -> None:
    assert _strong(lexical, question) == []


@pytest.mark.parametrize(
    "question",
    ["Which university did she get her bachelor's from?", "Where did she study?", "what is her BSc in"],
)
def test_a_degree_level_the_portfolio_has_still_answers(lexical: SearchIndex, question: str) -> None:
    assert "edu" in _strong(lexical, question)


class CloseEmbedder:
    """Every question is close in meaning (cosine 0.6, above the strong floor) to the talk passage."""

    dense_floor = 0.3
    strong_floor = 0.55

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        out = []
        for t in texts:
            if t.startswith("Distributed systems talk"):
                out.append([0.6, 0.8])
            elif "\n" in t:
                out.append([0.0, -1.0])
            else:
                out.append([1.0, 0.0])  # the question
        return out


@pytest.fixture(scope="module")
def dense() -> SearchIndex:
    return SearchIndex.build(_chunks(), CloseEmbedder())


@pytest.mark.parametrize(
    "question",
    [
        "Does she hold a PhD in distributed systems?",
        "Has she given talks on distributed systems at Google?",
        "any Cassandra work in distributed systems?",
        "Did she write about distributed systems for Wired?",
    ],
)
def test_closeness_in_meaning_does_not_answer_an_absent_name_or_degree(
    dense: SearchIndex, question: str
) -> None:
    assert _strong(dense, question) == []


@pytest.mark.parametrize("question", ["Has she given talks on distributed systems?", "what about consensus"])
def test_closeness_in_meaning_still_answers_when_nothing_asked_is_absent(
    dense: SearchIndex, question: str
) -> None:
    assert "talk" in _strong(dense, question)


@pytest.mark.parametrize(
    "question",
    [
        "Did she use Flink?",
        "Any Flink experience?",
        "Has she worked with Apache Flink?",
    ],
)
def test_a_name_is_not_read_as_a_typo_of_a_word_with_another_first_letter(
    lexical: SearchIndex, question: str
) -> None:
    assert "links" not in _strong(lexical, question)  # "Flink" is not a misspelt "link"


def test_a_misspelt_name_with_its_first_letter_is_still_corrected() -> None:
    index = SearchIndex.build(
        [*_chunks(), _chunk("k8s", "skill", "Kubernetes", "Kubernetes, Helm, Argo CD.")]
    )
    assert _strong(index, "Does she know Kubernets?")[:1] == ["k8s"]


@pytest.mark.parametrize(
    "question",
    ["Does she have a PhD?", "Did she finish her doctorate?", "Where did he do his doctoral research?"],
)
def test_doctoral_research_is_the_degree_level_of_a_phd(question: str) -> None:
    index = SearchIndex.build(
        [
            *_chunks(),
            _chunk(
                "doc", "education", "Doctoral research — TU Berlin", "Doctoral studies, discontinued 2019."
            ),
        ]
    )
    assert "doc" in _strong(index, question)
