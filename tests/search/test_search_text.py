"""Text analysis: tokens that keep tech names whole, stems, aliases, phrases and question intents."""

from __future__ import annotations

import pytest

from heyfolio.search import text
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import (
    UNKNOWN_FILLER,
    UNKNOWN_NAME,
    UNKNOWN_TOPIC,
    analyze,
    kind_term,
    normalize_token,
    parse_query,
    stem,
    tokenize,
)
from tests.search.conftest import make_portfolio


def test_tokenizer_keeps_tech_names_whole() -> None:
    assert tokenize("C++, C#, Node.js and k8s; F# too") == ["c++", "c#", "node.js", "and", "k8s", "f#", "too"]


def test_tokenizer_is_unicode_aware_and_folds_accents() -> None:
    assert tokenize("Résumé of Zoë — 東京 naïve") == ["resume", "of", "zoe", "東京", "naive"]


def test_tokenizer_splits_hyphens_slashes_and_apostrophes_but_keeps_versions() -> None:
    assert tokenize("CI/CD open-source Richard's python3.11 v4.0.") == [
        "ci", "cd", "open", "source", "richard", "s", "python3.11", "v4.0",
    ]  # fmt: skip


def test_sentence_dots_do_not_glue_words() -> None:
    assert tokenize("It ended.Next time") == ["it", "ended.next", "time"]  # no space: one token
    assert tokenize("It ended. Next time") == ["it", "ended", "next", "time"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("studied", "study"),
        ("universities", "university"),
        ("working", "worked"),
        ("k8s", "kubernetes"),
        ("golang", "go"),
        ("JS", "javascript"),
        ("ts", "typescript"),
        ("postgres", "postgresql"),
        ("taught", "teaching"),
        ("led", "leading"),
        ("licence", "license"),
        ("optimised", "optimized"),
    ],
)
def test_variants_meet_on_one_term(a: str, b: str) -> None:
    assert analyze(a) == analyze(b) != []


def test_symbols_and_digits_are_not_stemmed() -> None:
    assert stem("c++") == "c++"
    assert stem("python3") == "python3"
    assert normalize_token("go") == "go"  # two letters stay whole


def test_stem_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "_STEM_CACHE", {})
    monkeypatch.setattr(text, "_STEM_CACHE_MAX", 3)
    for word in ("alpha", "betas", "gammas", "deltas"):
        stem(word)
    assert len(text._STEM_CACHE) <= 3
    assert stem("betas") == "beta"


def test_a_normalized_word_is_looked_up_not_stemmed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "_NORMAL_CACHE", {})
    first = [normalize_token(word) for word in ("quibblers", "honours", "vuejs", "vuejs")]
    calls: list[str] = []
    monkeypatch.setattr(text, "stem", lambda word: calls.append(word) or word)
    again = [normalize_token(word) for word in ("quibblers", "honours", "vuejs")]
    assert calls == []  # every term came from the memo
    assert again == first[:3] == ["quibbler", "honor", "vue"]


def test_normalized_words_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "_NORMAL_CACHE", {})
    monkeypatch.setattr(text, "_STEM_CACHE_MAX", 3)
    for word in ("alphas", "betas", "gammas", "deltas"):
        normalize_token(word)
    assert len(text._NORMAL_CACHE) <= 3
    assert normalize_token("betas") == "beta"


def test_stop_words_drop_but_tech_words_that_look_like_them_stay() -> None:
    assert analyze("What is the state of it?") == ["state"]
    assert "go" in analyze("She writes Go and C")
    assert "c" in analyze("She writes Go and C")


def test_prepositions_and_quantifiers_join_ideas_without_being_one() -> None:
    # "several" stemmed to "sever" and "across" counted as ideas no passage answers, so the passage
    # about how decisions get made addressed too small a share of the question
    words = [g.word for g in parse_query("How are technical decisions made across several teams?")]
    assert "sever" not in words and "across" not in words
    assert {"decis", "team"} <= set(words)
    assert [g.word for g in parse_query("visa sponsorship via an employer of record")] != []


def test_phrases_add_a_concept_and_keep_their_words() -> None:
    terms = analyze("Five years of machine learning on Amazon Web Services")
    assert {"ml", "machin", "learn", normalize_token("aws"), "amazon"} <= set(terms)
    assert analyze("ML") == ["ml"]
    assert analyze("AWS") == [normalize_token("aws")]


def test_dotted_names_also_index_their_parts() -> None:
    terms = analyze("Node.js services")
    assert "node.js" in terms and "node" in terms and "javascript" in terms  # js -> javascript


def test_query_phrase_becomes_one_idea() -> None:
    groups = parse_query("Does she do machine learning?")
    assert [g.word for g in groups] == ["ml"]


def test_cue_words_point_at_kinds_of_passage() -> None:
    (group,) = parse_query("Where did she study?")
    terms = dict(group.terms)
    assert terms["studi"] == 1.0
    assert terms[kind_term("education")] < 1.0
    assert (
        0 < terms[normalize_token("university")] < 1.0
    )  # related words widen the question at a lower weight


def test_stop_word_cues_only_point_at_kinds() -> None:
    groups = parse_query("Does she know Rust?")
    assert [g.word for g in groups] == ["know", "rust"]
    assert groups[0].terms == ((kind_term("skill"), pytest.approx(0.6)),)


def test_categories_expand_one_way() -> None:
    (broad,) = parse_query("databases")
    assert "postgresql" in dict(broad.terms)
    (specific,) = parse_query("PostgreSQL")
    assert "databas" not in dict(specific.terms)


def test_absent_word_weights_by_kind_of_word() -> None:
    groups = {g.word: g for g in parse_query("Has she shipped production code in Elixir with a visa?")}
    assert groups["elixir"].unknown_weight == UNKNOWN_NAME  # capitalised mid-sentence
    assert groups["visa"].unknown_weight == UNKNOWN_TOPIC  # a résumé topic
    assert groups["ship"].unknown_weight == UNKNOWN_FILLER  # just phrasing
    assert parse_query("Elixir?")[0].unknown_weight == UNKNOWN_FILLER  # first word: capitalised anyway
    assert parse_query("is she on RabbitMQ")[-1].unknown_weight == UNKNOWN_NAME  # inner capitals


def test_an_absent_resume_topic_weighs_as_a_name_even_in_lower_case() -> None:
    # a spoken language, a sector, a personal matter, a way to reach someone: what the question is
    # about when the portfolio does not say it, not how it is phrased; one of a family, it is a name
    # in all but its capital
    for question, word in (
        ("does he speak spanish", "spanish"),
        ("did she serve in the military", "militari"),
        ("got a phone number for her?", "phone"),
        ("is she vegan", "vegan"),
    ):
        groups = {g.word: g for g in parse_query(question)}
        assert groups[word].unknown_weight == UNKNOWN_NAME, question
        assert not {t for t, w in groups[word].terms if w < 1.0}  # no related words: Spanish is not English
    assert {g.word: g for g in parse_query("did she ship it")}["ship"].unknown_weight == UNKNOWN_FILLER


def test_an_absent_language_is_not_answered_by_the_languages_spoken() -> None:
    index = SearchIndex.build(chunk_portfolio(make_portfolio()))  # Ada speaks Dutch and English
    assert all(h.weak for h in index.search("does she speak spanish", weak=True))
    assert index.search("did she serve in the military?", weak=True) == []
    assert [h.chunk.id for h in index.search("does she speak dutch")][:1] == ["profile#languages"]


def test_multi_word_names_count_as_one_idea() -> None:
    groups = parse_query("How big was Pied Piper?")
    shares = {g.word: g.share for g in groups}
    assert shares["pie"] == shares["piper"] == 0.5
    assert shares["big"] == 1.0


def test_empty_and_stop_only_questions_have_no_ideas() -> None:
    assert parse_query("") == []
    assert parse_query("what is it?") == []


def test_the_c_stemmer_stems_as_the_pure_python_one() -> None:
    """Search runs on Snowball's C stemmer (PyStemmer, which snowballstemmer picks when it is
    installed: a cold search stems in C); the pure-Python stemmer is what runs without it. Both
    must give the same stem for every word the tables name and every word of the content, or an
    index built in one environment would not meet the questions stemmed in another."""
    import re
    from pathlib import Path

    import snowballstemmer
    from snowballstemmer.english_stemmer import EnglishStemmer

    assert type(text._stemmer()).__module__ == "Stemmer"  # the layer and the dev venv ship PyStemmer
    assert snowballstemmer.stemmer("english").stemWord("running") == "run"
    root = Path(__file__).resolve().parents[2]
    words = {w for w, _ in text.lexicon_spellings()} | set(text.STOP_WORDS)
    for path in (root / "content").rglob("*"):
        if path.suffix in (".md", ".json", ".yaml"):
            words.update(re.findall(r"[^\W\d_]+", path.read_text().casefold()))
    for path in [*(root / "bench" / "questions").rglob("*"), *(root / "bench" / "jobfit").rglob("*")]:
        if path.is_file() and path.suffix in (".json", ".jsonl", ".yaml", ".md", ".txt"):
            words.update(re.findall(r"[^\W\d_]+", path.read_text().casefold()))
    plain = [w for w in sorted(words) if w.isalpha() and len(w) > 2]
    assert len(plain) > 1000
    python = EnglishStemmer()
    c = text._stemmer()
    assert [c.stemWord(w) for w in plain] == [python.stemWord(w) for w in plain]
