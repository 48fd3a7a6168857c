"""A question's work does not grow with the index where a lookup answers the same (issue 11's latency):

- the most similar passages of a large index are ordered in numpy, best first with ties by position, as
  the sort over the pooled passages was;
- the passage about each thing a comparison names is found from the passages whose title names it and
  from the skills, as the pass over its whole posting list found it, each position by one bisection;
- the things a comparison names are read from the ideas the lexical stage parsed, which name the same
  things as a parse without the language's words did;
- a large index visits only the pooled passages that have windows, and gets the cosines the visit of
  every pooled passage gave;
- a question's parts are read once and handed out as fresh lists;
- the entries next to an anchor are looked for among those starting before (after) it, found by bisection
  in the entries sorted by start, and are the ones a pass over every entry of the kind found;
- "what was his salary at <employer>?" names no technology, so no job's employer is read;
- a grade asked of no degree in particular reads no title;
- the passages a question's words name (``understand.named_hits``) come each once, at the first word naming
  them, as the pass over the hits so far gave them;
- whether a credential entry names a word is read from the entry's words, initials and terms read once per
  entry, and answers as reading them on every call did.
"""

from __future__ import annotations

import hashlib
import random
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import pytest

from heyfolio.search import adjacent as adjacent_module
from heyfolio.search import credentials as credentials_module
from heyfolio.search import index as index_module
from heyfolio.search.chunks import Chunk
from heyfolio.search.clauses import question_clauses
from heyfolio.search.credentials import NAME_WORD, _entry_names, _initialisms, absent_credential
from heyfolio.search.fact_kinds import _studies, asked_fact
from heyfolio.search.index import SearchIndex, _positions, _technology_terms
from heyfolio.search.text import (
    analyze,
    expand,
    fold,
    is_category_term,
    kind_term,
    normalize_token,
    parse_query,
)
from heyfolio.search.understand import named_hits
from heyfolio.search.used_at import unused_at


def _chunk(ident: str, kind: str, title: str, text: str, keywords: tuple[str, ...] = ()) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=keywords)


class _HashEmbedder:
    """A unit vector per text, seeded by its hash: the same text, the same vector (ties)."""

    dimensions = 16
    dense_floor = 0.3
    strong_floor = 0.55

    def embed_array(self, texts: Sequence[str]) -> Any:
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "little")
            v = np.random.default_rng(seed).standard_normal(self.dimensions).astype(np.float32)
            rows.append(v / np.linalg.norm(v))
        return np.stack(rows)

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return [list(map(float, v)) for v in self.embed_array(texts)]


def test_similar_passages_of_a_large_index_keep_their_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "_DENSE_COARSE_MIN", 50)  # the coarse path on a small index
    monkeypatch.setattr(index_module, "_COARSE_POOL", 40)
    # 30 texts, each written by four passages: every cosine is tied four ways
    chunks = [
        _chunk(f"p{i:03d}", "project", f"Project {i % 30}", f"Text number {i % 30} about tools.")
        for i in range(120)
    ]
    index = SearchIndex.build(chunks, _HashEmbedder())
    assert index._coarse is not None
    basis, projected = index._coarse
    rng = np.random.default_rng(3)
    for _ in range(25):
        q = rng.standard_normal(16).astype(np.float32)
        q /= np.linalg.norm(q)
        for k in (1, 5, 10, 40):
            ranked, exact = index._similar(q, k)
            estimate = projected @ (q @ basis)
            size = min(len(estimate), max(40, 4 * k))
            pool = np.argpartition(-estimate, size - 1)[:size]
            scored = dict(zip(pool.tolist(), (index._dense[pool] @ q).tolist(), strict=True))
            top = sorted(scored, key=lambda d: (-scored[d], d))[:k]  # the former Python sort
            assert ranked == [(d, scored[d]) for d in top]
            assert all(exact(d) == scored[d] for d in top)


def test_pooled_passages_with_windows_read_as_a_visit_of_every_pooled_passage(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(index_module, "_DENSE_COARSE_MIN", 50)
    monkeypatch.setattr(index_module, "_COARSE_POOL", 40)
    long_text = "\n".join(
        f"Line {j} about queues, retries and the on-call rota, item {j}." * 3 for j in range(12)
    )
    chunks = [
        _chunk(
            f"p{i:03d}",
            "project",
            f"Project {i % 30}",
            long_text if i % 9 == 0 else f"Text {i % 30} on tools.",
        )
        for i in range(120)
    ]
    index = SearchIndex.build(chunks, _HashEmbedder())
    assert index._coarse is not None and index._window_rows
    basis, projected = index._coarse
    rng = np.random.default_rng(8)
    for _ in range(25):
        q = rng.standard_normal(16).astype(np.float32)
        q /= np.linalg.norm(q)
        for k in (1, 5, 10, 40):
            estimate = projected @ (q @ basis)
            size = min(len(estimate), max(40, 4 * k))
            pool = np.argpartition(-estimate, size - 1)[:size]
            sims = index._dense[pool] @ q
            for i, d in enumerate(pool.tolist()):  # the former visit of every pooled passage
                rows = index._window_rows.get(d)
                if rows is not None:
                    sims[i] = max(sims[i], np.max(index._windows[rows] @ q))
            scored = dict(zip(pool.tolist(), sims.tolist(), strict=True))
            top = sorted(scored, key=lambda d: (-scored[d], d))[:k]
            ranked, _ = index._similar(q, k)
            assert ranked == [(d, scored[d]) for d in top]


def _comparison_chunks() -> list[Chunk]:
    out = [_chunk("profile#basics", "basics", "Ines Moreau — Engineer", "Ines writes Rust and Go in Lyon.")]
    for i in range(12):
        out.append(
            _chunk(
                f"profile#work/{i}",
                "work",
                f"{'Rust' if i % 3 == 0 else 'Go'} Developer at Firm {i} (2015 – 2016)",
                f"Built {'Rust services' if i % 2 else 'Go tools'} and some Rust and Go glue, number {i}.",
            )
        )
    for i in range(4):
        out.append(
            _chunk(
                f"profile#skills/{i}",
                "skill",
                "Languages",
                f"Skill: Languages ({'Advanced' if i % 2 else 'Intermediate'}): Rust, Go",
                ("Languages", "Rust", "Go"),
            )
        )
    out.append(_chunk("blog#rust-notes", "post", "Rust notes", "Notes on Rust and on Go, Rust again."))
    return out


def test_the_passage_about_each_compared_thing_is_the_one_the_whole_list_gave() -> None:
    index = SearchIndex.build(_comparison_chunks())
    titles = index._title_terms()
    chunks = index._chunks
    for term, (docs, impacts) in index._postings.items():
        if term.startswith("kind:"):
            continue
        for proficiency in (False, True):
            # the former rule: positions in the posting list, best impact, ties to the first passage
            titled = [i for i in range(len(docs)) if term in titles[docs[i]]]
            entries = [i for i in titled if chunks[docs[i]].kind in index_module._ENTRY_KINDS]
            levels = [i for i in range(len(docs)) if chunks[docs[i]].kind == "skill"] if proficiency else []
            pool = levels or entries or titled or list(range(len(docs)))
            want = docs[max(pool, key=lambda i: (impacts[i], -docs[i]))]
            assert index._compared_passage(term, proficiency) == want, (term, proficiency)
    assert kind_term("skill") in index._postings


def test_positions_in_a_posting_list_are_the_two_bisections_former_ones() -> None:
    rng = random.Random(5)
    for _ in range(300):
        docs = array("i", sorted(rng.sample(range(400), rng.randint(0, 120))))
        passages = sorted(rng.sample(range(420), rng.randint(0, 60)))
        want = [
            bisect_left(docs, d) for d in passages if (i := bisect_left(docs, d)) < len(docs) and docs[i] == d
        ]
        assert _positions(docs, passages) == want


_TECH = ("Rust", "Go", "rust", "go", "Kafka", "RabbitMQ", "flink", "Flutter", "react", "Swift", "Haskell",
         "frontend", "backend", "ios", "android", "Lyon", "Paris", "design", "tooling")  # fmt: skip
_FRAMES = ("Is she better at {} or {}?", "Has he used {} or {}?", "{} vs {}: which does she prefer?",
           "Does she know {}, or only {}?", "Stronger in {} than {}?", "any {} or {} experience",
           "Has she worked with message brokers like {} or {}?", "Can she do {} work, or is she purely {}?",
           "between {} and {}, where is she strongest?")  # fmt: skip
_LANGUAGE = frozenset(("rust", "go", "flutter", "react", "swift", "design", "work", "only", "know",
                       "better", "used", "stronger", "experience", "message", "brokers", "purely"))  # fmt: skip


def _named(groups: Sequence[Any], known: Any) -> list[str]:
    return [
        g.word
        for g in groups
        if (g.name or is_category_term(g.word) or g.word in _technology_terms()) and known(g.word)
    ]


def test_the_things_a_comparison_names_are_the_lexical_stages_ideas() -> None:
    # what ``_understood`` compares is read from ``_Scored.asked``; a parse without ``common`` (the
    # language's words), as it made before, names the same things
    index = SearchIndex.build(_comparison_chunks())
    known = index._postings.__contains__
    common = _LANGUAGE.__contains__
    rng = random.Random(17)
    questions = [frame.format(a, b) for frame in _FRAMES for a in _TECH for b in _TECH if a != b]
    for question in rng.sample(questions, 600):
        asked = parse_query(question, known, common)
        assert _named(asked, known) == _named(parse_query(question, known), known), question
        assert index._lexical(question).asked == tuple(parse_query(question, known))


def test_a_comparison_question_keeps_a_passage_per_named_thing() -> None:
    index = SearchIndex.build(_comparison_chunks())
    hits = index.search("Is she better at Rust or Go?")
    kinds = [h.chunk.kind for h in hits]
    assert kinds.count("skill") >= 1


def test_a_questions_parts_are_fresh_lists() -> None:
    question = "Where did she study, and what awards has she won?"
    first = question_clauses(question)
    assert len(first) == 2
    first.append("changed by a caller")
    assert question_clauses(question) == first[:2]
    assert question_clauses("Where did she study?") == []


class _Untouchable(Sequence[Chunk]):
    """Passages that fail when read: the check must answer from the question alone."""

    def __len__(self) -> int:
        raise AssertionError("the passages were read")

    def __getitem__(self, i: Any) -> Any:
        raise AssertionError("the passages were read")

    def __iter__(self) -> Iterator[Chunk]:
        raise AssertionError("the passages were read")


def test_an_employer_question_naming_no_technology_reads_no_job() -> None:
    tech = {"flink", "kubernet"}.__contains__
    assert unused_at("What was his salary at Virta Energy?", _Untouchable(), tech) is None


def test_a_grade_asked_of_no_degree_in_particular_is_read_from_every_degree() -> None:
    education = [
        _chunk(f"profile#education/{i}", "education", f"MSc Physics at School {i}", f"GPA {3 + i / 10}")
        for i in range(3)
    ]
    chunks = [_chunk("profile#basics", "basics", "Ana — Engineer", "Ana."), *education]
    asked = asked_fact("What was his GPA?")
    assert asked is not None and asked.kind == "grade"
    assert _studies(chunks, asked, "What was his GPA?") == education


def test_named_passages_come_once_at_the_first_word_naming_them() -> None:
    rng = random.Random(5)
    words = [f"w{i}" for i in range(12)]
    for _ in range(200):
        named = {w: rng.sample(range(400), rng.randint(0, 60)) for w in rng.sample(words, 8)}
        tokens = [rng.choice(words) for _ in range(rng.randint(0, 10))]
        want: list[tuple[int, int]] = []
        for pos, token in enumerate(tokens):  # the former pass over the hits so far
            for i in named.get(token, ()):
                if all(i != j for _, j in want):
                    want.append((pos, i))
        assert named_hits(named, tokens) == want


def _names_as_read_each_time(chunk: Chunk, word: str) -> bool:
    """The former reading of a credential entry: its words, initials and terms read on every call."""
    text = f"{chunk.title}\n{chunk.text}\n{' '.join(chunk.keywords)}"
    folded = fold(word)
    if folded in {fold(w) for w in NAME_WORD.findall(text)}:
        return True
    if word.isupper() and len(word) >= 3 and folded in _initialisms(text):
        return True
    term = normalize_token(folded)
    aliases = [t for t, w in expand(term) if w >= 1.0 and not t.startswith("kind:")][:1]
    return any(t in set(analyze(text)) for t in [*aliases, term, folded])


def _credential_entries() -> list[Chunk]:
    return [
        _chunk(
            "c1",
            "certificate",
            "AWS Certified Solutions Architect — Associate",
            "Issued by Amazon Web Services (2021-04)",
        ),
        _chunk(
            "c2",
            "certificate",
            "Certified Kubernetes Administrator (CKA)",
            "Cloud Native Computing Foundation, 2022",
        ),
        _chunk(
            "c3", "award", "Best Paper Award", "International Conference of Applied Robotics Engineers, 2019"
        ),
        _chunk(
            "c4",
            "education",
            "MSc Computer Science — Universidade do Porto",
            "Thesis on k8s schedulers.",
            ("Go",),
        ),
        _chunk("c5", "language", "Portuguese", "Native speaker", ("Portuguese",)),
    ]


def test_a_credential_entry_names_a_word_as_reading_it_each_time_did() -> None:
    entries = _credential_entries()
    words = ["AWS", "aws", "Associates", "Kubernetes", "k8s", "CKA", "CKAD", "ICARE", "Architect", "Portuguese",
             "Porto", "Go", "golang", "Azure", "Administrator", "Paper", "papers", "Amazon", "Robotics", ""]  # fmt: skip
    for _ in range(2):  # the second round reads the entries as the first left them
        for chunk in entries:
            for word in words:
                assert _entry_names(chunk, word) == _names_as_read_each_time(chunk, word), (chunk.id, word)


def test_a_credential_question_answers_the_same_with_its_entries_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entries = _credential_entries()
    questions = [
        "Is she AWS certified?",
        "Does he have any AWS certifications?",
        "Is she a Certified Kubernetes Application Developer?",
        "Does she hold the CKA certification?",
        "Any Azure certifications?",
        "Is she certified in Terraform or AWS?",
    ]
    first = [absent_credential(q, entries) for q in questions]
    read: list[str] = []
    analyze_once = credentials_module.analyze

    def counted(text: str) -> list[str]:
        read.append(text)
        return analyze_once(text)

    monkeypatch.setattr(credentials_module, "analyze", counted)
    assert [absent_credential(q, entries) for q in questions] == first
    assert read == []  # every entry was read by the first round
    assert first[0] is None and first[4] is not None


def _neighbours_by_pass(
    entries: adjacent_module.DatedEntries, anchor: int, kinds: frozenset[str], *, after: bool
) -> list[int]:
    """``adjacent._neighbours`` as it was: a pass over every entry of the kinds."""
    spans = entries.spans
    start, end = spans[anchor]
    pool = [i for kind in kinds for i in entries.of_kind.get(kind, ()) if i != anchor]
    slack, wound = adjacent_module._SLACK, adjacent_module._WOUND_DOWN
    if after:
        return adjacent_module._main_first(
            entries,
            sorted(
                (i for i in pool if spans[i][0] > start and spans[i][0] >= end - slack),
                key=lambda i: (spans[i][0], i),
            ),
        )
    near = sorted(
        (
            i
            for i in pool
            if spans[i][0] < start
            and (
                spans[i][1] <= start + slack or (spans[i][1] <= end + slack and spans[i][1] - start <= wound)
            )
        ),
        key=lambda i: (-min(spans[i][1], start), i),
    )
    return adjacent_module._main_first(entries, near)


def test_the_entries_next_to_an_anchor_are_the_ones_a_pass_over_every_entry_found() -> None:
    rng = random.Random(23)
    kinds = ("work", "education", "volunteer", "project")
    for _ in range(60):
        chunks, spans = [], {}
        for i in range(rng.randint(1, 80)):
            kind = rng.choice(kinds)
            part = " (part-time)" if rng.random() < 0.2 else ""
            ident = f"profile#{kind}/{i}" + ("#2" if kind == "project" and rng.random() < 0.3 else "")
            chunks.append(_chunk(ident, kind, f"Role {i}{part} at Firm {i % 7}", f"Did things {i}."))
            begin = rng.choice((2010.0, 2012.0, 2015.5, 2018.0)) + rng.choice(
                (0.0, 0.25, 1.0, rng.random() * 3)
            )
            spans[i] = (begin, begin + rng.choice((0.0, 0.2, 1.0, 2.5, rng.random() * 4)))
            if rng.random() < 0.03:
                spans[i] = (float("nan"), begin)
        titles = [frozenset(c.title.casefold().split()) for c in chunks]
        entries = adjacent_module.DatedEntries(chunks, titles, spans)
        for anchor in spans:
            for asked in (frozenset({"work"}), frozenset({"education", "volunteer"}), frozenset(kinds)):
                for after in (False, True):
                    want = _neighbours_by_pass(entries, anchor, asked, after=after)
                    assert adjacent_module._neighbours(entries, anchor, asked, after=after) == want
