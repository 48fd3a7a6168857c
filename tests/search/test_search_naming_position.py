"""A lower-case word the language does not know, standing where a noun phrase opens, names the thing
asked about ("has she built anything with xamarin?"): absent from the portfolio, it weighs as a topic."""

from __future__ import annotations

from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import UNKNOWN_FILLER, UNKNOWN_TOPIC, analyze, parse_query, stem
from tests.search.conftest import make_portfolio

# a stand-in for the dense model's vocabulary: ordinary English words only
_ENGLISH = frozenset(
    [
        "has",
        "she",
        "built",
        "anything",
        "with",
        "any",
        "experience",
        "apps",
        "relevant",
        "certs",
        "early",
        "stage",
        "startup",
        "weakest",
        "skill",
        "for",
        "catching",
        "drift",
        "management",
        "style",
        "her",
        "mentor",
        "hackathon",
        "stream",
        "processing",
        "wizard",
    ]
)


def _weights(question: str) -> dict[str, float]:
    return {g.word: g.unknown_weight for g in parse_query(question, None, _ENGLISH.__contains__)}


def test_an_unknown_word_after_a_phrase_opener_names_a_thing() -> None:
    assert _weights("has she built anything with xamarin")["xamarin"] == UNKNOWN_TOPIC
    assert _weights("any flink experience? we do stream processing")["flink"] == UNKNOWN_TOPIC


def test_without_a_vocabulary_nothing_changes() -> None:
    groups = {g.word: g for g in parse_query("has she built anything with xamarin")}
    assert groups["xamarin"].unknown_weight == UNKNOWN_FILLER


def test_words_of_the_language_and_their_forms_stay_phrasing() -> None:
    assert _weights("any relevant certs")["relev"] == UNKNOWN_FILLER  # in the vocabulary
    assert _weights("any wizards")["wizard"] == UNKNOWN_FILLER  # a plural of a word of the language


def test_modifiers_and_typos_are_not_names() -> None:
    assert _weights("what's the bravest move")["bravest"] == UNKNOWN_FILLER  # a superlative
    assert _weights("bring to an zorbo-stage startup")["zorbo"] == UNKNOWN_FILLER  # hyphenated modifier
    assert _weights("what about her mangement style")["mangement"] == UNKNOWN_FILLER  # one edit from a word
    assert _weights("she ships xamarin apps")["xamarin"] == UNKNOWN_FILLER  # no opener before it
    # (a question of bare nouns, "xamarin apps", names a thing with each: test_search_bare_noun_questions)


class _VocabularyEmbedder:
    """Knows ordinary English words; a question's vector is orthogonal to every passage's (no passage
    is similar in meaning), so only the lexical stage decides."""

    dimensions = 2

    def knows_word(self, word: str) -> bool:
        return word in _ENGLISH

    def embed(self, texts: list[str]) -> list[list[float]]:
        return [[1.0, 0.0]] if len(texts) == 1 else [[0.0, 1.0] for _ in texts]


def test_an_absent_named_thing_leaves_only_weak_hits() -> None:
    portfolio = make_portfolio()
    plain = SearchIndex.build(chunk_portfolio(portfolio))
    aware = SearchIndex.build(chunk_portfolio(portfolio), _VocabularyEmbedder())
    question = "has she built anything with zentrix"
    assert any(not h.weak for h in plain.search(question, weak=True))  # "built" alone answered it before
    assert all(h.weak for h in aware.search(question, weak=True))
    # a well-known technology's name is one for either (search/tech_names.py)
    for index in (plain, aware):
        assert all(h.weak for h in index.search("has she built anything with xamarin", weak=True))


def test_an_os_name_is_not_stemmed_into_another_word() -> None:
    assert stem("ios") == "ios" and stem("macos") == "macos"
    assert "ios" not in analyze("published on crates.io")  # the "io" of a dotted name is not iOS
    assert "ios" in analyze("shipped an iOS app")
