"""A large index's fast paths return what the plain ones do.

- scores accumulated in arrays (``accumulate.ArrayScores``, from ``index._ARRAY_SCORES_MIN`` passages)
  equal the dict's, key for key and bit for bit (adding capped scores by whole arrays or by rows alike),
  and their best passages come in the same order,
  ties by passage number; a whole search over an index using them returns the same hits;
- a ranking after the related words on long posting lists are settled reads its best passages from
  the ones settling raised, and gets what a pass over every scored passage gave;
- the facts' superlative answers (first two of each kind, merged) and title matches (only the entries
  naming a word of the question) equal sorting and scanning every dated entry.
"""

from __future__ import annotations

import random
from array import array

import numpy as np
import pytest

from heyfolio.search import index as index_module
from heyfolio.search.accumulate import ArrayScores
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex, _add_capped, _add_postings, _top
from heyfolio.search.understand import Facts, Superlative, _title_match


def _posting(rng: random.Random, n: int, size: int) -> tuple[array[int], array[float]]:
    docs = sorted(rng.sample(range(n), size))
    # a few repeated impacts, so ties at the cut-off are common
    return array("i", docs), array("f", [rng.choice((0.5, 1.25, rng.random() * 3)) for _ in docs])


def test_array_scores_equal_dict_scores() -> None:
    rng = random.Random(11)
    n = 3000
    for _ in range(20):
        plain: dict[int, float] = {}
        arrays = ArrayScores(n)
        for _group in range(rng.randint(1, 4)):
            if rng.random() < 0.5:
                docs, impacts = _posting(rng, n, rng.randint(1, 900))
                w = rng.choice((1.0, 0.25, 0.8))
                _add_postings(plain, docs, impacts, w)
                _add_postings(arrays, docs, impacts, w)
                continue
            local_plain: dict[int, float] = {}
            local_arrays = ArrayScores(n)
            for _word in range(rng.randint(2, 3)):
                docs, impacts = _posting(rng, n, rng.randint(1, 600))
                w = rng.choice((1.0, 0.6, 0.4))
                _add_postings(local_plain, docs, impacts, w)
                _add_postings(local_arrays, docs, impacts, w)
            cap = rng.random() * 2
            _add_capped(plain, local_plain, cap)
            _add_capped(arrays, local_arrays, cap)
        assert dict(arrays.items()) == plain
        assert len(arrays) == len(plain)
        for k in (1, 5, 20, 100, len(plain), len(plain) + 3):
            assert _top(arrays, k) == _top(plain, k)
        d = next(iter(plain))
        assert d in arrays and arrays.get(d) == plain[d] and arrays[d] == plain[d]
        arrays[d] += 1.5
        plain[d] += 1.5
        assert _top(arrays, 10) == _top(plain, 10)
    empty = ArrayScores(10)
    assert not empty and _top(empty, 5) == [] and empty.get(3, -1.0) == -1.0 and 3 not in empty
    with pytest.raises(KeyError):
        empty[3]


def _passages() -> list[Chunk]:
    """Jobs, studies and projects of a made-up engineer, each written many times over with small
    changes (so common words have long posting lists and scores tie)."""
    base = [
        (
            "work",
            "Site Reliability Engineer at Harbourline",
            "Ran the Postgres fleet and on-call for payments.",
        ),
        ("work", "Backend Developer at Quillmark", "Built the invoicing API in Go and a Kafka consumer."),
        (
            "education",
            "BSc Physics, University of Tarn",
            "Thesis on lattice vibrations; a minor in statistics.",
        ),
        ("project", "tidepool", "A Rust tool that replays production traffic against staging."),
        ("skill", "Languages", "Go, Rust, Python, SQL. Comfortable with Kubernetes and Terraform."),
        ("faq", "Remote work", "Open to remote roles across European time zones."),
    ]
    out = []
    rng = random.Random(5)
    for i in range(60):
        kind, title, text = base[i % len(base)]
        extra = " ".join(rng.sample(["latency", "budget", "team", "migration", "alerts", "queues"], 2))
        out.append(
            Chunk(id=f"p{i:03d}#{kind}", uri=f"portfolio://p{i:03d}#{kind}", kind=kind, title=title,
                  text=f"{text} {extra}.", keywords=(title.split()[0],))
        )  # fmt: skip
    return out


@pytest.mark.parametrize(
    "question",
    [
        "Has she run Postgres in production?",
        "Which languages does she write?",
        "Did she build an API with Kafka?",
        "Where did she study physics?",
        "Is she open to remote work?",
        "What does tidepool do?",
        "Has she worked on latency budgets or alerts?",
    ],
)
def test_search_with_array_scores_returns_the_same_hits(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = SearchIndex.build(_passages())
    plain = [(h.chunk.id, h.score, h.snippet, h.weak) for h in index.search(question, weak=True)]
    monkeypatch.setattr(index_module, "_ARRAY_SCORES_MIN", 1)
    assert isinstance(index._new_scores(), ArrayScores)
    arrays = [(h.chunk.id, h.score, h.snippet, h.weak) for h in index.search(question, weak=True)]
    assert arrays == plain and plain


@pytest.mark.parametrize(
    "question",
    [
        "Has she run Postgres in production?",
        "Which languages does she write?",
        "Did she build an API with Kafka?",
        "Has she worked on latency budgets or alerts?",
        "Any experience with databases, message queues or cloud infrastructure?",
        "Has she done backend development or site reliability work?",
    ],
)
def test_a_settled_ranking_reads_its_best_from_the_passages_settling_raised(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_module, "_ARRAY_SCORES_MIN", 1)
    monkeypatch.setattr(index_module, "_LONG_POSTING_MIN", 1)  # related words on lists of 4+ passages wait
    index = SearchIndex.build(_passages())
    fast = [(h.chunk.id, h.score, h.snippet, h.weak) for h in index.search(question, weak=True)]
    monkeypatch.setattr(SearchIndex, "_best_of", staticmethod(lambda scores, _settled, k: _top(scores, k)))
    full = [(h.chunk.id, h.score, h.snippet, h.weak) for h in index.search(question, weak=True)]
    assert fast == full


def test_some_ranking_is_read_from_the_passages_settling_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "_ARRAY_SCORES_MIN", 1)
    monkeypatch.setattr(index_module, "_LONG_POSTING_MIN", 1)
    index = SearchIndex.build(_passages())
    raised = []
    for question in ("Any experience with databases, message queues or cloud infrastructure?",
                     "Has she run Postgres in production?", "Which languages does she write?"):  # fmt: skip
        scored = index._lexical(question)
        raised.append(index._settle(scored, 20))
    assert any(r is not None for r in raised)


def _dated() -> list[Chunk]:
    rng = random.Random(3)
    kinds = ["work", "work", "education", "volunteer", "project"]
    out = []
    for i in range(120):
        kind = kinds[i % len(kinds)]
        start = rng.randint(2005, 2020)
        end = "present" if rng.random() < 0.2 else str(rng.randint(start, 2024))
        section = kind == "project" and i % 2 == 1
        role = rng.choice(["Platform Engineer", "Data Intern", "Mentor", "Teaching Assistant", "Tech Lead"])
        out.append(
            Chunk(id=f"{kind}/{i}" + ("#why" if section else ""), uri=f"portfolio://{kind}/{i}", kind=kind,
                  title=f"{role} at Org{i % 7}", text=f"Dates: {start}-0{rng.randint(1, 9)} – {end}\nDid things.")
        )  # fmt: skip
    return out


def _answer_by_sorting(facts: Facts, sup: Superlative) -> list[int]:
    """What ``Facts.answer`` did before: every dated entry of the kinds asked, sorted."""
    data = facts.length if sup.order in ("longest", "shortest") else facts.date
    pool = [
        i
        for i, c in enumerate(facts.chunks)
        if c.kind in sup.kinds and i in data and not (c.kind in ("project", "post") and "#" in c.id)
    ]
    if sup.order in ("longest", "shortest"):
        sign = -1.0 if sup.order == "longest" else 1.0
        return sorted(pool, key=lambda i: (sign * facts.length[i], i))[:2]
    if sup.order == "previous":
        pool = [i for i in pool if i not in facts.ongoing]
        return sorted(pool, key=lambda i: (-facts.date[i], i))[:2]
    sign = -1.0 if sup.order == "newest" else 1.0
    return sorted(pool, key=lambda i: (sign * facts.date[i], i))[:2]


def test_superlatives_from_each_kinds_first_two_equal_a_full_sort() -> None:
    facts = Facts(_dated())
    for order in ("newest", "oldest", "previous", "longest", "shortest"):
        for kinds in (
            {"work"},
            {"education"},
            {"work", "volunteer"},
            {"work", "education", "project"},
            {"award"},
        ):
            sup = Superlative(frozenset(kinds), order)
            assert facts.answer(sup, 5) == _answer_by_sorting(facts, sup), (order, kinds)


@pytest.mark.parametrize(
    "question",
    [
        "How long was her platform engineer role?",
        "How long did the data internship last?",
        "How long at Org3?",
    ],
)
def test_title_match_reads_only_entries_naming_the_question(question: str) -> None:
    from heyfolio.search.text import analyze, expand

    facts = Facts(_dated())
    ideas = [
        {t: w for t, w in expand(term) if not t.startswith("kind:")}
        for term in dict.fromkeys(analyze(question))
    ]
    scored = []
    for i in facts.length:  # every dated entry, as before
        c = facts.chunks[i]
        if c.kind not in ("work", "volunteer", "education") and "#" in c.id:
            continue
        words = facts.entry_titles[i]
        score = sum(max((w for t, w in idea.items() if t in words), default=0.0) for idea in ideas)
        if score >= 0.5:
            scored.append((score, i))
    best = max((s for s, _ in scored), default=None)
    expected = [i for s, i in sorted(scored, key=lambda x: (-x[0], x[1])) if s == best][:2]
    assert _title_match(facts, question) == expected


def _capped_by_rows(acc: ArrayScores, local: ArrayScores, cap: float) -> None:
    """``ArrayScores.add_capped`` through the rows ``local`` has, as it was before the whole-array form."""
    rows = np.flatnonzero(local._touched)
    acc._values[rows] += np.minimum(local._values[rows], cap)
    acc._touched[rows] = True


def test_add_capped_whole_arrays_equal_rows() -> None:
    # the whole-array form (many passages added) and the rows' form give the same sums bit for bit,
    # zeros' signs included, on sparse and dense additions alike
    rng = random.Random(29)
    n = 4000
    for _ in range(40):
        fast, slow = ArrayScores(n), ArrayScores(n)
        for _group in range(rng.randint(1, 4)):
            local = ArrayScores(n)
            for _word in range(rng.randint(1, 3)):
                docs, impacts = _posting(rng, n, rng.randint(1, rng.choice((200, 3000))))
                local.add(docs, impacts, rng.choice((1.0, 0.6, 0.4)))
            cap = rng.choice((0.0, rng.random() * 2, 50.0))
            fast.add_capped(local, cap)
            _capped_by_rows(slow, local, cap)
        assert np.array_equal(fast._touched, slow._touched)
        assert fast._values.tobytes() == slow._values.tobytes()
        for k in (1, 5, 20, len(slow), len(slow) + 3):
            assert fast.top(k) == _top(dict(slow.items()), k)
