"""Ranking: the right passage first for paraphrased questions, [] for irrelevant ones, determinism."""

from __future__ import annotations

import pytest

from heyfolio.content.model import Portfolio
from heyfolio.search import index as index_module
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.index import SNIPPET_CHARS, Hit, SearchIndex, snippet


@pytest.fixture
def index(portfolio: Portfolio) -> SearchIndex:
    return SearchIndex.build(chunk_portfolio(portfolio))


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Where did Ada study?", "profile#education/0"),
        ("Which university did she go to?", "profile#education/0"),
        ("What's her current job?", "profile#work/0"),
        ("Has she used k8s?", "profile#certificates/0"),
        ("Does she know golang?", "profile#skills/0"),
        ("Does she need visa sponsorship?", "faq#work_authorization"),
        ("Is she open to remote work?", "faq#remote"),
        ("What is her notice period?", "faq#notice_period"),
        ("What compensation is she looking for?", "faq#salary"),
        ("What languages does she speak?", "profile#languages"),
        ("What are her hobbies?", "profile#interests/0"),
        ("Who recommended her?", "profile#references/0"),
        ("Has she won any prizes?", "profile#awards/0"),
        ("Has she published research?", "profile#publications/0"),
        ("How does the lease scheduler work?", "projects/lease-scheduler#how-it-works"),
        (
            "What were the results of her scheduler?",
            "projects/lease-scheduler#results|projects/lease-scheduler#results-1",
        ),
        ("Does she teach kids?", "profile#volunteer/0"),
        ("Who is Ada Quill?", "profile#basics"),
        ("Is she certified?", "profile#certificates/0"),
        ("Has she written about fencing tokens?", "posts/leases"),
    ],
)
def test_the_answering_passage_comes_first(index: SearchIndex, question: str, first: str) -> None:
    hits = index.search(question)
    assert hits, f"nothing for {question!r}"
    assert hits[0].chunk.id in first.split("|"), [h.chunk.id for h in hits]


@pytest.mark.parametrize(
    "question",
    [
        "What is her favourite pizza?",
        "Has she worked at Google?",
        "Does she know Haskell?",
        "Is she married?",
        "How old is Ada?",
        "zxqv blorp",
        "the and of",
        "",
    ],
)
def test_questions_the_portfolio_cannot_answer_return_nothing(index: SearchIndex, question: str) -> None:
    assert index.search(question) == []


def test_hits_carry_a_score_in_0_1_best_first_and_honour_the_limit(index: SearchIndex) -> None:
    hits = index.search("distributed systems schedulers with leases", limit=3)
    assert 1 <= len(hits) <= 3
    assert all(0.0 < h.score <= 1.0 for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert index.search("leases", limit=0) == []


def test_results_are_deterministic_across_builds(portfolio: Portfolio) -> None:
    chunks = chunk_portfolio(portfolio)
    a = SearchIndex.build(chunks).search("Go Kubernetes leases", limit=10)
    b = SearchIndex.build(list(reversed(chunks))).search("Go Kubernetes leases", limit=10)
    assert [(h.chunk.id, h.score, h.snippet) for h in a] == [(h.chunk.id, h.score, h.snippet) for h in b]


def test_ties_break_by_chunk_id() -> None:
    chunks = [
        Chunk(id=f"t#{c}", uri=f"portfolio://t#{c}", kind="post", title="Same", text="zebra crossing")
        for c in "cab"
    ]
    hits = SearchIndex.build(chunks).search("zebra")
    assert [h.chunk.id for h in hits] == ["t#a", "t#b", "t#c"]
    assert len({h.score for h in hits}) == 1


def test_duplicate_ids_are_rejected() -> None:
    chunk = Chunk(id="x", uri="portfolio://x", kind="post", title="t", text="t")
    with pytest.raises(ValueError, match="duplicate chunk id 'x'"):
        SearchIndex.build([chunk, chunk])


def test_empty_index_answers_nothing() -> None:
    index = SearchIndex.build([])
    assert len(index) == 0
    assert index.search("anything at all") == []


def test_len_get_and_citation(index: SearchIndex, portfolio: Portfolio) -> None:
    assert len(index) == len(chunk_portfolio(portfolio))
    assert index.get("profile#work/0") is index.get("portfolio://profile#work/0") is not None
    assert index.get("profile#work/99") is None
    hit = index.search("Ledgerline")[0]
    assert isinstance(hit, Hit)
    assert hit.citation() == {"uri": hit.chunk.uri, "title": hit.chunk.title, "snippet": hit.snippet}


def test_owner_name_does_not_pull_the_profile_above_the_answer(index: SearchIndex) -> None:
    assert index.search("What did Ada do at Parcelfox?")[0].chunk.id == "profile#work/1"


def test_snippet_is_the_window_around_the_matched_words() -> None:
    text = (
        ("Filler words about nothing in particular. " * 10)
        + "The etcd leader hands out leases. "
        + ("More filler. " * 20)
    )
    out = snippet(text, {"etcd": 2.0, "leas": 1.0})
    assert "etcd leader hands out leases" in out
    assert out.startswith("…") and out.endswith("…")
    assert len(out) <= SNIPPET_CHARS + 2


def test_snippet_of_short_text_is_the_whole_text_on_one_line() -> None:
    assert snippet("Line one\n\nline   two", {"line": 1.0}) == "Line one line two"


def test_snippets_of_one_passage_follow_each_question_words_though_its_words_are_cached() -> None:
    text = "Kafka streams at Parcelfox. " + ("Filler words about nothing. " * 20) + "Rust services at Cobalt."
    first = snippet(text, {"kafka": 1.0})
    second = snippet(text, {"rust": 1.0})
    assert "Kafka" in first and "Rust" not in first
    assert "Rust services at Cobalt." in second and "Kafka" not in second
    assert snippet(text, {"kafka": 1.0}) == first  # the cached words give the same window again
    assert 0 < index_module._marks.cache_info().maxsize <= 1024  # bounded: a Lambda's memory


def test_snippet_without_matches_is_the_opening() -> None:
    text = "Opening words. " + "x " * 300
    assert snippet(text, {"absent": 1.0}).startswith("Opening words.")


@pytest.mark.parametrize(
    "question",
    [
        "What's her current job?",
        "Is she open to remote work?",
        "Does she teach kids?",
        "Has she won any prizes?",
    ],
)
def test_deferring_long_related_postings_keeps_the_ranking(
    portfolio: Portfolio, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    """Large indexes rescore only the best candidates with common related words (a passage
    matching nothing but such a word is no longer a candidate); forced on a small index,
    every passage it returns scores exactly as with a full scan, and the answer stays first."""
    import heyfolio.search.index as index_module

    chunks = chunk_portfolio(portfolio)
    exact = {h.chunk.id: h.score for h in SearchIndex.build(chunks).search(question, limit=10)}
    monkeypatch.setattr(index_module, "_LONG_POSTING_MIN", 0)
    deferred = SearchIndex.build(chunks).search(question, limit=10)
    assert deferred and deferred[0].chunk.id == next(iter(exact))
    for hit in deferred:
        assert exact.get(hit.chunk.id) == hit.score
