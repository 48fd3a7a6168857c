"""Questions written as bare nouns ("istio or service mesh experience?"): with no function word to
say how it is asked, every word names what it asks about, so a name the portfolio lacks (a word the
language does not know) weighs as an absent topic and the passages sharing only the other words are
not an answer; a common word the portfolio lacks ("chops") stays phrasing."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import UNKNOWN_FILLER, UNKNOWN_NAME, UNKNOWN_TOPIC, parse_query


def _chunk(ident: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="work", title=ident.title(), text=text)


class Vocabulary:
    """A dense stage that knows ``_COMMON`` as words of the language and decides nothing: every passage
    is as similar to every question."""

    dense_floor = 0.3
    strong_floor = 0.55

    def knows_word(self, word: str) -> bool:
        return word in _COMMON

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return [[1.0, 0.0] if "?" in t else [0.4, 0.9165] for t in texts]


@pytest.fixture
def apps() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk("clinic", "Owns the patient mobile app in React Native and the clinic dashboard."),
            _chunk("bank", "Built the banking app's onboarding flow and its accessibility audit."),
            _chunk("infra", "Migrated 46 services to Kubernetes with Terraform."),
            _chunk("talks", "Gave talks on accessibility at two meetups."),
        ],
        Vocabulary(),
    )


# the words of the language, as the dense model's vocabulary knows them
_COMMON = frozenset(
    (
        "apps",
        "app",
        "service",
        "mesh",
        "experience",
        "frontend",
        "chops",
        "does",
        "she",
        "build",
        "accessibility",
        "talks",
    )
)


def _weights(question: str, index: SearchIndex) -> dict[str, float]:
    return {
        g.word: g.unknown_weight
        for g in parse_query(question, index._postings.__contains__, _COMMON.__contains__)
    }


def test_an_unknown_bare_noun_is_a_topic(apps: SearchIndex) -> None:
    assert _weights("zentrix apps?", apps)["zentrix"] == UNKNOWN_TOPIC
    # a well-known technology's name is a name, as if capitalised (search/tech_names.py)
    assert _weights("xamarin apps?", apps)["xamarin"] == UNKNOWN_NAME
    weights = _weights("istio or service mesh experience?", apps)
    assert weights["istio"] == UNKNOWN_NAME  # "or" lists, it does not ask
    assert weights["mesh"] == UNKNOWN_FILLER  # a word of the language: maybe how it is asked
    assert _weights("frontend chops?", apps)["chop"] == UNKNOWN_FILLER


def test_in_a_sentence_the_same_word_stays_phrasing(apps: SearchIndex) -> None:
    assert _weights("Does she build zentrix apps?", apps)["zentrix"] == UNKNOWN_FILLER
    # ... unless it is a technology's name, a name however it is written
    assert _weights("Does she build xamarin apps?", apps)["xamarin"] == UNKNOWN_NAME


@pytest.mark.parametrize("question", ["xamarin apps?", "istio or service mesh experience?"])
def test_the_passages_sharing_the_other_words_are_only_close(apps: SearchIndex, question: str) -> None:
    assert apps.search(question) == []
    hits = apps.search(question, weak=True)
    assert all(h.weak for h in hits)


def test_a_bare_noun_question_the_portfolio_answers_still_is_answered(apps: SearchIndex) -> None:
    hits = apps.search("accessibility talks?")
    assert hits and hits[0].chunk.id == "talks" and not hits[0].weak
