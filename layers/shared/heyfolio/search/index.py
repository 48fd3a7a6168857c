"""Rank passages for a question: BM25F with precomputed impacts, a relevance floor, optional dense fusion.

Why this shape: a Lambda answers a question in milliseconds from a warm index and must
cold-start small, so the index is pure Python (no numpy) and a query is only dictionary
lookups and additions over precomputed per-posting impacts. Each question is cut into
ideas (``text.parse_query``); a passage's relevance is the share of the question's
information (idf mass) it covers, so a question the portfolio cannot answer scores low
everywhere and returns ``[]`` instead of the least bad passage.
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
import sys
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from heyfolio.search.chunks import Chunk
from heyfolio.search.embedder import Embedder, cosine, unit
from heyfolio.search.text import QueryGroup, analyze, kind_term, normalize_token, parse_query, token_spans

__all__ = ["Hit", "SearchIndex"]

# BM25F parameters: per field (weight, length normalisation b), and term saturation k1.
_FIELDS: tuple[tuple[str, float, float], ...] = (
    ("title", 2.0, 0.5),
    ("keywords", 2.0, 0.3),
    ("text", 1.0, 0.75),
)
_K1 = 1.2
_KIND_IMPACT = 0.5  # a kind pseudo-term counts like one ordinary mention
_OWNER_WEIGHT = 0.25  # the owner's own name says little about which passage answers
_UNKNOWN_IDF_FACTOR = 0.8  # a word no passage has, relative to the rarest word that exists
DEFAULT_FLOOR = 0.5
DEFAULT_DENSE_FLOOR = 0.45
_DENSE_WEIGHT = 0.4
_DENSE_FULL_SCAN = 2000  # below this many passages, dense similarity looks at every passage
SNIPPET_CHARS = 200
_WS_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class Hit:
    """A ranked passage: ``score`` is its relevance (about 0..1), ``snippet`` the best window."""

    chunk: Chunk
    score: float
    snippet: str

    def citation(self) -> dict[str, str]:
        """What an answer cites: ``{"uri", "title", "snippet"}``."""
        return {"uri": self.chunk.uri, "title": self.chunk.title, "snippet": self.snippet}


class SearchIndex:
    """An immutable index over passages; build once per content load, query many times."""

    __slots__ = (
        "_by_id",
        "_chunks",
        "_dense_floor",
        "_embedder",
        "_floor",
        "_idf",
        "_owner_terms",
        "_postings",
        "_unknown_idf",
        "_vectors",
    )

    def __init__(
        self,
        chunks: list[Chunk],
        postings: dict[str, tuple[array[int], array[float]]],
        idf: dict[str, float],
        owner_terms: frozenset[str],
        *,
        embedder: Embedder | None,
        vectors: list[list[float]] | None,
        floor: float,
        dense_floor: float,
    ) -> None:
        self._chunks = chunks
        self._by_id = {c.id: i for i, c in enumerate(chunks)}
        self._postings = postings
        self._idf = idf
        self._owner_terms = owner_terms
        n = len(chunks)
        self._unknown_idf = _UNKNOWN_IDF_FACTOR * _idf(n, 1) if n else 1.0
        self._embedder = embedder
        self._vectors = vectors
        self._floor = floor
        self._dense_floor = dense_floor

    @classmethod
    def build(
        cls,
        chunks: Sequence[Chunk],
        embedder: Embedder | None = None,
        *,
        floor: float = DEFAULT_FLOOR,
        dense_floor: float = DEFAULT_DENSE_FLOOR,
    ) -> SearchIndex:
        """Index ``chunks`` (ids must be unique). With an ``embedder``, every passage is embedded
        now and questions are ranked by lexical and dense relevance together."""
        ordered = sorted(chunks, key=lambda c: c.id)  # doc number order = id order: ties break by id
        for prev, cur in itertools.pairwise(ordered):
            if prev.id == cur.id:
                raise ValueError(f"duplicate chunk id {cur.id!r}")
        n = len(ordered)
        fields: list[list[Counter[str]]] = [[], [], []]
        lengths: list[list[int]] = [[], [], []]
        for chunk in ordered:
            for f, terms in enumerate(
                (analyze(chunk.title), analyze(" ; ".join(chunk.keywords)), analyze(chunk.text))
            ):
                fields[f].append(Counter(terms))
                lengths[f].append(len(terms))
        avg = [max(1.0, sum(ls) / n) if n else 1.0 for ls in lengths]

        raw: dict[str, list[tuple[int, float]]] = {}
        for d in range(n):
            combined: dict[str, float] = {}
            for f, (_, weight, b) in enumerate(_FIELDS):
                norm = weight / (1.0 - b + b * lengths[f][d] / avg[f])
                fields[f][d], counts = Counter(), fields[f][d]  # free as we go
                for term, tf in counts.items():
                    combined[term] = combined.get(term, 0.0) + tf * norm
            for term, tfw in combined.items():
                raw.setdefault(term, []).append((d, tfw / (_K1 + tfw)))
            raw.setdefault(kind_term(ordered[d].kind), []).append((d, _KIND_IMPACT))
        del fields, lengths

        postings: dict[str, tuple[array[int], array[float]]] = {}
        idf: dict[str, float] = {}
        for term, plist in raw.items():
            term_idf = _idf(n, len(plist))
            key = sys.intern(term)
            idf[key] = term_idf
            postings[key] = (array("i", [d for d, _ in plist]), array("f", [s * term_idf for _, s in plist]))
        raw.clear()

        owner_terms: frozenset[str] = frozenset()
        basics = next((c for c in ordered if c.id == "profile#basics"), None)
        if basics is not None:
            owner_terms = frozenset(analyze(basics.title.split(" — ")[0]))

        vectors = None
        if embedder is not None:
            vectors = [unit(v) for v in embedder.embed([f"{c.title}\n{c.text}" for c in ordered])]
        return cls(
            ordered, postings, idf, owner_terms, embedder=embedder, vectors=vectors, floor=floor,
            dense_floor=dense_floor,
        )  # fmt: skip

    def __len__(self) -> int:
        return len(self._chunks)

    @property
    def chunks(self) -> Sequence[Chunk]:
        """Every indexed passage, in id order."""
        return tuple(self._chunks)

    def get(self, id_or_uri: str) -> Chunk | None:
        """The passage with this id (``profile#work/0``) or URI (``portfolio://profile#work/0``)."""
        key = id_or_uri.removeprefix("portfolio://")
        i = self._by_id.get(key)
        return None if i is None else self._chunks[i]

    # -- querying -----------------------------------------------------------------------------

    def _lexical(self, query: str) -> _Scored:
        """Accumulate impacts per passage over the question's ideas (see ``_Scored``)."""
        groups = parse_query(query)
        out = _Scored()
        if not groups:
            return out
        only_owner = all(g.word in self._owner_terms for g in groups)
        if only_owner:  # "who is Ada?": the profile itself answers
            groups.append(QueryGroup(word=kind_term("basics"), terms=((kind_term("basics"), 1.0),)))
        acc = out.scores
        get = acc.get
        postings, idfs = self._postings, self._idf
        for group in groups:
            gw = _OWNER_WEIGHT if (group.word in self._owner_terms and not only_owner) else 1.0
            present = [(t, gw * tw) for t, tw in group.terms if t in postings]
            if not present:
                out.total += gw * self._unknown_idf  # an idea no passage mentions
                continue
            cap = max(w * idfs[t] for t, w in present)
            out.total += cap
            out.groups.append((cap, tuple(t for t, _ in present)))
            for t, w in present:
                out.term_weights[t] = max(out.term_weights.get(t, 0.0), w * idfs[t])
            if len(present) == 1:
                t, w = present[0]
                docs, impacts = postings[t]
                if w == 1.0:
                    for d, s in zip(docs, impacts, strict=True):
                        acc[d] = get(d, 0.0) + s
                else:
                    for d, s in zip(docs, impacts, strict=True):
                        acc[d] = get(d, 0.0) + s * w
                continue
            # Several words for one idea: a passage earns at most what the best one is worth,
            # so listing synonyms cannot outweigh the rest of the question.
            local: dict[int, float] = {}
            lget = local.get
            for t, w in present:
                docs, impacts = postings[t]
                for d, s in zip(docs, impacts, strict=True):
                    local[d] = lget(d, 0.0) + s * w
            for d, s in local.items():
                acc[d] = get(d, 0.0) + (s if s < cap else cap)
        return out

    def _coverage(self, d: int, scored: _Scored) -> float:
        """Share of the question's information (idf mass of its ideas) that passage ``d``
        addresses at all — by the word itself, a related word or its kind — independent of
        how often it repeats them. This is the relevance floor."""
        covered = 0.0
        for cap, terms in scored.groups:
            for term in terms:
                docs = self._postings[term][0]
                i = bisect_left(docs, d)
                if i < len(docs) and docs[i] == d:
                    covered += cap
                    break
        return covered / scored.total

    def search(self, query: str, limit: int = 5) -> list[Hit]:
        """The ``limit`` most relevant passages, best first; ``[]`` when nothing is relevant."""
        if limit <= 0 or not self._chunks:
            return []
        scored = self._lexical(query)
        if scored.total <= 0.0:
            return []
        if self._vectors is not None:
            return self._fused(query, scored, limit)
        hits: list[Hit] = []
        for d, s in _top(scored.scores, limit * 3):
            if self._coverage(d, scored) >= self._floor:
                hits.append(self._hit(d, s / scored.total, scored.term_weights))
                if len(hits) == limit:
                    break
        return hits

    def _fused(self, query: str, scored: _Scored, limit: int) -> list[Hit]:
        """Weighted fusion of lexical relevance and cosine similarity over the lexical
        candidates (every passage when the index is small). A passage is relevant when
        either signal clears its floor."""
        assert self._vectors is not None and self._embedder is not None
        if len(self._chunks) <= _DENSE_FULL_SCAN:
            candidates = range(len(self._chunks))
        else:
            candidates = [d for d, _ in _top(scored.scores, max(50, limit * 10))]  # type: ignore[assignment]
        qv = unit(self._embedder.embed([query])[0])
        fused: dict[int, float] = {}
        for d in candidates:
            lex = min(1.0, scored.scores.get(d, 0.0) / scored.total)
            cos = cosine(qv, self._vectors[d])
            if cos >= self._dense_floor or (lex > 0.0 and self._coverage(d, scored) >= self._floor):
                fused[d] = (1.0 - _DENSE_WEIGHT) * lex + _DENSE_WEIGHT * max(0.0, cos)
        return [self._hit(d, s, scored.term_weights) for d, s in _top(fused, limit)]

    def _hit(self, d: int, score: float, term_weights: dict[str, float]) -> Hit:
        chunk = self._chunks[d]
        return Hit(chunk=chunk, score=round(score, 6), snippet=snippet(chunk.text, term_weights))


class _Scored:
    """One question against the index: accumulated score per passage, the question's total
    idf mass, each matched idea as (its worth, the terms that express it), and term weights
    for snippets."""

    __slots__ = ("groups", "scores", "term_weights", "total")

    def __init__(self) -> None:
        self.scores: dict[int, float] = {}
        self.total = 0.0
        self.groups: list[tuple[float, tuple[str, ...]]] = []
        self.term_weights: dict[str, float] = {}


def _idf(n: int, df: int) -> float:
    return math.log(1.0 + (n - df + 0.5) / (df + 0.5))


def _top(scores: dict[int, float], k: int) -> list[tuple[int, float]]:
    """The ``k`` best (doc, score) pairs, ties broken by doc number (= chunk id order)."""
    if not scores:
        return []
    if len(scores) <= k:
        return sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    best = heapq.nlargest(k, scores.values())
    cutoff = best[-1]
    tied = [(d, s) for d, s in scores.items() if s >= cutoff]
    tied.sort(key=lambda item: (-item[1], item[0]))
    return tied[:k]


def snippet(text: str, term_weights: dict[str, float], width: int = SNIPPET_CHARS) -> str:
    """The ~``width``-character window of ``text`` holding the most (idf-weighted, distinct)
    matched words, cut at word boundaries, whitespace collapsed."""
    flat = _WS_RE.sub(" ", text).strip()
    if len(flat) <= width:
        return flat
    spans = list(token_spans(flat))
    marks = [(start, end, normalize_token(tok)) for tok, start, end in spans]
    matched = [(s, e, t) for s, e, t in marks if t in term_weights]
    best_lo, best_score = 0, -1.0
    counts: dict[str, int] = {}
    score = 0.0
    j = 0
    for i, (start, _, term) in enumerate(matched):
        while j < len(matched) and matched[j][1] - start <= width:
            t = matched[j][2]
            counts[t] = counts.get(t, 0) + 1
            if counts[t] == 1:
                score += term_weights[t]
            j += 1
        if score > best_score:
            best_score, best_lo = score, i
        counts[term] -= 1
        if counts[term] == 0:
            score -= term_weights[term]
    if matched:
        lo = matched[best_lo][0]
        hi = max(e for s, e, _ in matched[best_lo:] if e - lo <= width) if best_score > 0 else lo
        slack = max(0, width - (hi - lo))
        begin = max(0, lo - slack // 3)
    else:
        begin = 0
    end = min(len(flat), begin + width)
    begin = max(0, min(begin, end - width))
    # snap to word boundaries
    if begin > 0:
        space = flat.find(" ", begin)
        begin = space + 1 if 0 <= space < begin + 30 else begin
    if end < len(flat):
        space = flat.rfind(" ", begin, end)
        end = space if space > begin + width // 2 else end
    out = flat[begin:end].strip()
    return ("…" if begin > 0 else "") + out + ("…" if end < len(flat) else "")
