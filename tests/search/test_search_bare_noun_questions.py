"""Questions written as bare nouns ("ionic apps?"): with no function word to say how it is asked,
every word names what it asks about, so a word the portfolio lacks weighs as an absent topic and the
passages sharing only the other words are not an answer."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import UNKNOWN_FILLER, UNKNOWN_TOPIC, parse_query


def _chunk(ident: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="work", title=ident.title(), text=text)


@pytest.fixture
def apps() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk("clinic", "Owns the patient mobile app in React Native and the clinic dashboard."),
            _chunk("bank", "Built the banking app's onboarding flow and its accessibility audit."),
            _chunk("infra", "Migrated 46 services to Kubernetes with Terraform."),
            _chunk("talks", "Gave talks on accessibility at two meetups."),
        ]
    )


def _weights(question: str, index: SearchIndex) -> dict[str, float]:
    return {g.word: g.unknown_weight for g in parse_query(question, index._postings.__contains__)}


def test_an_unknown_bare_noun_is_a_topic(apps: SearchIndex) -> None:
    assert _weights("ionic apps?", apps)["ionic"] == UNKNOWN_TOPIC
    weights = _weights("istio or service mesh experience?", apps)
    assert weights["istio"] == weights["mesh"] == UNKNOWN_TOPIC  # "or" lists, it does not ask


def test_in_a_sentence_the_same_word_stays_phrasing(apps: SearchIndex) -> None:
    assert _weights("Does she build ionic apps?", apps)["ionic"] == UNKNOWN_FILLER


@pytest.mark.parametrize("question", ["ionic apps?", "istio or service mesh experience?"])
def test_the_passages_sharing_the_other_words_are_only_close(apps: SearchIndex, question: str) -> None:
    assert apps.search(question) == []
    hits = apps.search(question, weak=True)
    assert all(h.weak for h in hits)


def test_a_bare_noun_question_the_portfolio_answers_still_is_answered(apps: SearchIndex) -> None:
    hits = apps.search("accessibility talks?")
    assert hits and hits[0].chunk.id == "talks" and not hits[0].weak
