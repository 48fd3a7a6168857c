"""Rank passages for a question: BM25F with precomputed impacts, a relevance floor, optional dense fusion.

Why this shape: a Lambda answers a question in milliseconds from a warm index and must
cold-start small, so the index is pure Python (no numpy) and a query is only dictionary
lookups and additions over precomputed per-posting impacts (arrays of ints and floats). A large
index (``_ARRAY_SCORES_MIN`` passages) adds each posting list in bulk with numpy instead
(``accumulate``): the same sums, without a Python step per posting.

Ranking is BM25F over title, keywords and text. Relevance is separate from ranking: a
question is cut into ideas (``text.parse_query``), each worth the idf of its word — or,
when no passage has the word, what an absent word of its type is worth (a capitalised
name counts most, a résumé topic fully, a mere filler little). A passage earns an idea's
worth by mentioning its word (in part: a related word or the kind of passage the idea
asks for). Passages addressing under a quarter of the question are dropped, and unless
the best one addresses half of it (or nearly, with the others covering the rest) the
answer is ``[]`` — so "Has she worked at Google?" finds nothing rather than the least bad
passage.

Candidates that pass are ranked by BM25F scaled by how much of the question they address (the
owner's name aside), so one mention of the decisive rare word beats many mentions of common ones.
A name the visitor asks about that no passage has ("GitHub" on a résumé without it) earns little
through its related words.

A question word no passage has is read as a typo when the index knows a word one or two
edits away (``spelling.Speller``) and the dense model's vocabulary does not know it as a word
of its own ("catching" is not a misspelt "batching"); the correction counts a little less than
the word itself.
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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from functools import partial as bind
from typing import TYPE_CHECKING, Any, TypeAlias

from heyfolio.search.acronyms import Acronyms, as_written, capital_words, passage_texts, spelled_out
from heyfolio.search.adjacent import DatedEntries, adjacent_entries
from heyfolio.search.alternatives import DescribedEntry, compared, described_side, determined, entry_header
from heyfolio.search.attributes import (
    OWNER_KINDS,
    OWNER_RATE,
    OWNER_WIDE,
    PORTFOLIO_WIDE,
    asked_attribute,
    states_attribute,
    states_owner_pay,
)
from heyfolio.search.besides import without_excluded
from heyfolio.search.bridged import asked_entry_kinds
from heyfolio.search.career import CAREER_WORDS, read_career
from heyfolio.search.chatter import without_chatter
from heyfolio.search.chunks import Chunk
from heyfolio.search.clauses import question_clauses
from heyfolio.search.clients import asks_clients, client_entries
from heyfolio.search.closest import leftover
from heyfolio.search.compounds import PART_PREFIX
from heyfolio.search.contractions import without_contractions
from heyfolio.search.counted_things import (
    counted_alike,
    counted_phrases,
    counted_thing,
    thing_words,
    writes_thing,
)
from heyfolio.search.counts import asked_count, states_count
from heyfolio.search.credentials import (
    CREDENTIAL_CUE,
    CREDENTIAL_KINDS,
    LEVELLED_CREDENTIAL,
    LICENCE_CUE,
    absent_credential,
)
from heyfolio.search.described import EntryKey, described_entry, described_page, entry_key, figure_check
from heyfolio.search.embedder import Embedder, cosine, unit
from heyfolio.search.fact_kinds import asked_fact, states_fact, states_sum
from heyfolio.search.figures import (
    asked_measure,
    counts_a_made_thing,
    mentioned_names,
    mentioning_lines,
    named_entry,
    pure_count,
    states_measure,
)
from heyfolio.search.gaps import asks_gap, gap_fillers
from heyfolio.search.listed_only import LISTING_KINDS, asks_work_with, listed_technologies
from heyfolio.search.listing import asks_clients as list_asks_clients
from heyfolio.search.listing import asks_job_list, job_list
from heyfolio.search.metrics import ENTRY_METRICS, asked_metric, asked_year, lines_for_year, states_metric
from heyfolio.search.money import asks_largest_saving, largest_savings
from heyfolio.search.numbered_names import absent_numbered_names
from heyfolio.search.owner_only import (
    asked_owner_topics,
    asks_billing_terms,
    states_billing_terms,
    states_owner_topic,
)
from heyfolio.search.people import people_entries
from heyfolio.search.precision import asks_month, states_month
from heyfolio.search.preferences import unstated_favourite
from heyfolio.search.promotion import asks_promotion, asks_stay, employer_of, employers
from heyfolio.search.qualifiers import asks_store, contrasted_qualifier
from heyfolio.search.rates import asked_period, unstated_period
from heyfolio.search.ratings import asks_best_rated, best_rated, stated_rating
from heyfolio.search.respell import Respeller
from heyfolio.search.schools import CASUAL_SLOT, SCHOOL_SLOT, WENT_SLOT, unnamed_school
from heyfolio.search.sections import asked_section, section_heads, sections_of
from heyfolio.search.skill_levels import extreme_skills, graded_skills, read_extreme
from heyfolio.search.speedups import Speedup, asks_biggest_speedup, biggest_speedups, speedups
from heyfolio.search.spelling import Speller
from heyfolio.search.tech_names import TECHNOLOGY_NAMES
from heyfolio.search.text import (
    KIND_PREFIX,
    SHORTHAND,
    STOP_WORDS,
    UNKNOWN_FILLER,
    UNKNOWN_TOPIC,
    QueryGroup,
    analyze,
    category_members,
    expand,
    fold,
    is_category_term,
    is_family_member_term,
    is_instance_term,
    is_lexicon_term,
    kind_term,
    lexicon_spellings,
    light_verb_terms,
    normalize_token,
    parse_query,
    respelled,
    spoken_languages,
    token_spans,
    tokenize,
)
from heyfolio.search.undated import STAY_ASKED, STUDY_ASKED, undated_stay, unstated_study
from heyfolio.search.understand import (
    MORE_POPULAR,
    Facts,
    Superlative,
    asks_between,
    asks_duration,
    at_the_time,
    of_ranked_job,
    read_pitch,
    read_superlative,
    resolve_named,
    resolve_period,
    resolve_year,
)
from heyfolio.search.unlisted_employer import EMPLOYER_ASKED, unlisted_employer
from heyfolio.search.unnamed import asked_name, states_name
from heyfolio.search.used_at import USED_AT_ASKED, unused_at
from heyfolio.search.validity import mentions_validity, validity_unstated
from heyfolio.search.windows import passage_windows
from heyfolio.search.years_said import years_said

if TYPE_CHECKING:
    from heyfolio.search.accumulate import ArrayScores

__all__ = ["Hit", "SearchIndex"]

Scores: TypeAlias = "dict[int, float] | ArrayScores"
"""A question's accumulated score per passage: a dict, or arrays on a large index (``_new_scores``)."""

# BM25F parameters: per field (weight, length normalisation b), and term saturation k1.
_FIELDS: tuple[tuple[str, float, float], ...] = (
    ("title", 2.0, 0.5),
    ("keywords", 2.0, 0.3),
    ("text", 1.0, 0.75),
)
_K1 = 1.2
_KIND_IMPACT = 0.5  # a kind pseudo-term counts like one ordinary mention
_SPAN_LONG = 2.0  # a text this many times the average length is also read by its spans (_best_spans)
_SPAN_RE = re.compile(r"\n+|(?<=[.!?;])\s+(?=[A-Z0-9(\"'])")
_OWNER_WEIGHT = 0.25  # the owner's own name says little about which passage answers
_COVERAGE_BASE = 0.5  # a ranking score is scaled by (this + the share of the question the passage addresses)
_ABSENT_NAME_RELATED = 0.4  # what a related word counts for a name no passage has
_RELATED_TECH = 0.5  # a relative this close names the technology in other words ("EKS" of Kubernetes)
_INTENT_BOOST = 0.3  # passages of the kind a question asks for ("where did she study") rank higher
_MIN_SHARE = 0.25  # a passage must address at least this share of the question to be shown
DEFAULT_FLOOR = 0.5  # ... and the best of them this share (or together, see _UNION_SLACK)
_UNION_SLACK = 0.05  # a multi-part question may be answered by passages that each cover part
DEFAULT_DENSE_FLOOR = 0.45
_DENSE_WEIGHT = 0.4
_USED_FOR_KINDS = frozenset({"work", "volunteer", "project", "resume_project"})
_GAP_ENTRIES = 2  # dated entries brought for a question about a break between jobs
_GAP_KINDS = frozenset({"education", "volunteer", "project", "resume_project", "certificate"})
_OWN_VOICE = frozenset({"faq", "post"})  # the owner's own answers and posts, kept above brought roles
_KEEP_TOP = 3  # passages kept above the roles a career question brings: the best three and the summary
_PEOPLE_ENTRIES = 2  # roles stating whom the owner led, brought for a managing-people question
_EXTREME_SKILLS = 3  # skills at the top (bottom) level shown first for a strongest (weakest) skill question
_USED_FOR_ENTRIES = 3  # entries that used a technology shown first for how long she has used it
_CAREER_TERMS = frozenset(normalize_token(w) for w in CAREER_WORDS)  # index terms of the career's names
_YEARS_SAID_SCAN = 40  # passages naming the technology read for the years said of it (summary, skills)
_DESCRIBED_POOL = 10  # passages a described side of a comparison is looked for among
# the résumé's entries a comparison's side may describe by what they are ("the bank or the museum?")
_DESCRIBED_KINDS = frozenset({"work", "volunteer", "education", "resume_project", "award", "publication"})
_DENSE_FILL = 1  # the most similar passage kept among the results whatever its lexical rank
_FAQ_KIND = kind_term("faq")
_CLIENT_ORDERS = frozenset({"newest", "oldest", "previous", "longest", "shortest"})
_ENTRY_KINDS = frozenset({"work", "education", "volunteer", "project", "resume_project", "post"})
_COMPARISON = re.compile(r"\b(or|vs\.?|versus|compared (?:to|with)|than|between)\b", re.IGNORECASE)
# A comparison of how well the owner knows two things: answered by the skills' stated levels.
_PROFICIENCY = re.compile(
    r"\b(?:better|stronger|weaker|worse|best|strongest) (?:at|in|with|on|than)\b|"
    # "ios or android - where is she strongest?": the side she is strongest on, by the skills' levels
    r"\b(?:strongest|weakest)\b[\s?!.]*$|\bmore (?:experienced|proficient|"
    r"skilled|fluent|comfortable)\b|\b(?:skill|proficiency|expertise) levels?\b|\blevel\b|"
    # "is she more iOS or Android?": which of two things the owner is more of, by the skills' levels
    r"\b(?:is|are) (?:she|he|they) more (?:of an? )?[\w+#.-]+ or\b|"
    # "which is her stronger platform, ios or android?": the stronger of two things of a kind she works in
    r"\b(?:stronger|weaker|strongest|weakest) (?:platform|language|stack|side|area|suit|skill)s?\b",
    re.IGNORECASE,
)
_YES_NO = re.compile(r"\W*(?:does|do|did|is|are|was|would|will|can|could|has|have)\b", re.IGNORECASE)
_DECISIVE_MAX_DF = 2  # a word this few passages use may decide what a question asks (_Scored.decisive)
_DECISIVE_MARGIN = 0.5  # ... when its idf is at least this much above every other word of the question
_SENTENCE = re.compile(r"\n|(?<=[.!?])\s+(?=[A-Z0-9])")  # a passage's lines and sentences
_COINED = re.compile(r"(?<![\w-])[a-z][a-z0-9]{4,}(?:-[a-z0-9]+)*(?![\w-])")  # "ledgerlag", "ssrf-sieve"
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][a-z0-9]+(?:-[a-z0-9]+)*")
_MENTIONS_MAX = 3
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n")  # a passage's sentences and lines (``_bridged_measure``)


def _word_forms(word: str) -> list[str]:
    """``word`` and the forms it may be inflected from ("bakeries" -> "bakery", "hosted" -> "host"):
    a word of the language in any of them is no coined name."""
    forms = [word]
    for suffix, base in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.append(word[: -len(suffix)] + base)
    return forms  # passages (and lines) writing a name, beyond which it is no one thing to count


_WEAK_LEXICAL_KEEP = 1  # a weak answer keeps the lexical stage's best passage (see _weak_fused)
_DENSE_FULL_SCAN = 2000  # below this many passages, dense similarity looks at every passage
_DENSE_COARSE_MIN = 5_000
"""From this many passages, similarity is first estimated on the passage vectors' leading principal
directions (``_COARSE_DIMS`` of them) and only the ``_COARSE_POOL`` best estimates (and the lexical
candidates) are scored exactly: at 100k passages the exact product reads 154 MB per question (~30 ms
on the benchmark machine), the estimate a quarter of it; at 10k its p95 on a loaded machine went from
~9 ms to 0.6 ms. Below, every passage is scored exactly, so results on a portfolio-sized index (a few
hundred passages) are those of the full product."""
_COARSE_DIMS = 96
_COARSE_POOL = 256
_COARSE_SAMPLE = 4096  # passages the principal directions are computed from (deterministic stride)
_ARRAY_SCORES_MIN = 5_000
"""From this many passages a question's scores are accumulated in arrays (``accumulate.ArrayScores``):
adding a common word's posting list one passage at a time into a dict was most of a search at 100k
passages. Below, a dict is faster (and numpy is not loaded); both give the same scores."""
_LONG_POSTING_MIN = 5000  # related words on longer posting lists rescore candidates instead of scanning
SNIPPET_CHARS = 200
_CORRECTED_WEIGHT = 0.8  # a corrected word counts a little less than the word as asked
_MIN_TYPO_LEN = 5  # shorter words are too close to too many others to correct
_LONG_TYPO_LEN = 8  # from this length two edits are allowed (one below)
_WS_RE = re.compile(r"\s+")
# a word in any script ("Noémie" is one word, not "No" and a short typo "mie")
_RESPELL_WORD = re.compile(r"[^\W\d_][^\W_]*")


@dataclass(frozen=True)
class Hit:
    """A ranked passage: ``score`` is its relevance in 0..1 (the share of the question it
    answers, weighted by how strongly), ``snippet`` the best ~200-character window."""

    chunk: Chunk
    score: float
    snippet: str
    weak: bool = False
    """True when the passage only partly matches (below the relevance floor) or is only similar in
    meaning: shown as "closest match", never as the answer."""

    def citation(self) -> dict[str, str]:
        """What an answer cites: ``{"uri", "title", "snippet"}``."""
        return {"uri": self.chunk.uri, "title": self.chunk.title, "snippet": self.snippet}


class SearchIndex:
    """An immutable index over passages; build once per content load, query many times."""

    __slots__ = (
        "_acronyms",
        "_by_id",
        "_capitalised",
        "_capitals",
        "_certificates",
        "_chunks",
        "_coarse",
        "_credentials",
        "_dated",
        "_dense",
        "_dense_floor",
        "_described",
        "_embedder",
        "_employers",
        "_entries",
        "_facts",
        "_floor",
        "_focused",
        "_graded",
        "_idf",
        "_kinds",
        "_language_passages",
        "_leading",
        "_long_posting",
        "_named_entries",
        "_owner_terms",
        "_owner_wide",
        "_postings",
        "_ratings",
        "_respeller",
        "_savings",
        "_sections",
        "_skill_terms",
        "_speedups",
        "_speller",
        "_surfaces",
        "_title_index",
        "_titles",
        "_unknown_idf",
        "_vectors",
        "_window_groups",
        "_window_owners",
        "_window_rows",
        "_windowed",
        "_windows",
    )

    def __init__(
        self,
        chunks: list[Chunk],
        postings: dict[str, tuple[array[int], array[float]]],
        idf: dict[str, float],
        owner_terms: frozenset[str],
        *,
        embedder: Embedder | None,
        vectors: Any,
        floor: float,
        dense_floor: float,
        surfaces: dict[str, str] | None = None,
        titles: Sequence[frozenset[str]] | None = None,
        windows: tuple[Any, Sequence[int]] | None = None,
        focused: dict[str, tuple[array[int], array[float]]] | None = None,
    ) -> None:
        self._chunks = chunks
        # per term, the passages whose best span names it more densely than the whole text, and the
        # impact that reading adds (``_best_spans``): used when a question asks about one thing
        self._focused = focused or {}
        # each passage's analysed title: built with the index, or (a loaded artifact) on first use
        self._titles: Sequence[frozenset[str]] | None = titles
        self._title_index: dict[str, list[int]] | None = None  # title word -> passages (``_title_docs``)
        self._surfaces = surfaces or {}
        self._speller: Speller | None = None  # built on the first misspelt question
        self._respeller: Respeller | None = None  # built on the first question with an unknown word
        self._acronyms: Acronyms | None = None  # built on the first question with an unknown acronym
        self._capitals: frozenset[str] | None = None  # built on the first question with capital shorthand
        self._by_id = {c.id: i for i, c in enumerate(chunks)}
        self._kinds = [sys.intern(c.kind) for c in chunks]
        self._postings = postings
        self._idf = idf
        self._owner_terms = owner_terms
        n = len(chunks)
        self._unknown_idf = _idf(n, 0) if n else 1.0  # rarer than any word present
        self._long_posting = max(_LONG_POSTING_MIN, n // 20)
        self._embedder = embedder
        self._vectors = vectors
        self._dense: Any = None  # the passage vectors as a float32 numpy matrix (n x dimensions)
        self._coarse: tuple[Any, Any] | None = None  # (basis, projected passages) on a large index
        if vectors is not None:
            self._dense = _as_matrix(vectors)
            if len(self._dense) >= _DENSE_COARSE_MIN:
                self._coarse = _coarse_projection(self._dense)
        # windows of long passages (``windows.passage_windows``): their vectors, and the passage each
        # belongs to; a passage's similarity is the best of its own and its windows'
        self._windows: Any = None
        self._window_owners: Any = None
        self._window_rows: dict[int, Any] = {}
        self._window_groups: tuple[Any, Any] | None = None  # (passages with windows, their first row)
        self._windowed: Any = None  # per passage, whether it has windows (bool array): ``_similar``'s pool
        if self._dense is not None and windows is not None and len(windows[1]):
            import numpy as np

            owners = np.asarray(windows[1], dtype=np.int64)
            order = np.argsort(owners, kind="stable")  # each passage's windows adjacent: one reduceat
            self._windows = _as_matrix(windows[0])[order]
            self._window_owners = owners = owners[order]
            starts = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])
            self._window_groups = (owners[starts], starts)
            self._windowed = np.zeros(len(self._dense), dtype=bool)
            self._windowed[owners[starts]] = True
            for row, d in enumerate(owners.tolist()):
                self._window_rows.setdefault(d, []).append(row)
            self._window_rows = {d: np.asarray(rows, dtype=np.int64) for d, rows in self._window_rows.items()}
        self._facts: Facts | None = None  # dates and popularity, read on the first superlative
        self._entries: list[tuple[int, ...]] | None = None  # each passage's entry (``_entry_of``)
        self._employers: dict[str, tuple[int, ...]] | None = None  # employer -> its roles (``_promoted``)
        self._sections: dict[str, list[tuple[int, str]]] | None = None  # write-up -> its sections
        self._speedups: dict[int, list[Speedup]] | None = None  # passage -> its speed-ups (``speedups``)
        self._ratings: dict[int, float] | None = None  # passage -> the rating it states (``ratings``)
        self._named_entries: dict[EntryKey, list[int]] | None = None  # entry -> its passages (``described``)
        self._described: dict[int, DescribedEntry] | None = None  # entry -> its terms (``_described_sides``)
        self._capitalised: frozenset[str] | None = (
            None  # words the content writes capitalised (``_coined_words``)
        )
        self._owner_wide: dict[str, bool] | None = None  # whether any passage states pay
        # the passages a credential is held by (certificates, awards, degrees, languages), and the
        # words of the owner's name: read on the first question about a credential
        self._credentials: tuple[list[Chunk], list[str]] | None = None
        self._certificates: list[Chunk] | None = (
            None  # the certificate passages of them (``_validity_unstated``)
        )
        self._savings: list[int] | None = None  # passages stating the largest savings (``money``)
        self._dated: DatedEntries | None = None  # dated entries by title word and kind (``adjacent``)
        self._skill_terms: frozenset[str] | None = None  # the skills' keywords, as terms (``_unused_at``)
        self._graded: list[tuple[int, int]] | None = None  # skills with a stated level (``_skill_extreme``)
        self._leading: list[int] | None = None  # roles stating whom the owner led (``_career``)
        self._language_passages: list[int] | None = (
            None  # the passages grading spoken languages (``_spoken``)
        )
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
        # Pass 1: raw term frequencies per field, packed 10 bits each into one int per posting
        # (title | keywords << 10 | text << 20), so memory stays a few bytes per posting.
        docs_of: dict[str, array[int]] = {}
        packed_of: dict[str, array[int]] = {}
        lengths = [array("i"), array("i"), array("i")]
        surfaces: dict[str, str] = {}
        titles: list[frozenset[str]] = []
        for d, chunk in enumerate(ordered):
            packed: dict[str, int] = {}
            for f, text in enumerate((chunk.title, " ; ".join(chunk.keywords), chunk.text)):
                terms = analyze(text, surfaces, parts=True)
                if f == 0:
                    titles.append(frozenset(terms))
                lengths[f].append(len(terms))
                shift = 10 * f
                for term, tf in Counter(terms).items():
                    packed[term] = packed.get(term, 0) | (min(tf, 1023) << shift)
            packed[kind_term(chunk.kind)] = 0  # the kind pseudo-term: a fixed impact below
            for term, bits in packed.items():
                docs = docs_of.get(term)
                if docs is None:
                    term = sys.intern(term)
                    docs = docs_of[term] = array("i")
                    packed_of[term] = array("i")
                docs.append(d)
                packed_of[term].append(bits)
        # Pass 2: BM25F impacts. Field-weighted, length-normalised frequency tf', saturated as
        # tf'/(k1 + tf') and scaled by idf — so a query only adds precomputed numbers.
        avg = [max(1.0, sum(ls) / n) if n else 1.0 for ls in lengths]
        norms = [
            [weight / (1.0 - b + b * length / avg[f]) for length in lengths[f]]
            for f, (_, weight, b) in enumerate(_FIELDS)
        ]
        title_norm, kw_norm, text_norm = norms
        _, text_weight, text_b = _FIELDS[2]
        spans = {
            d: _best_spans(ordered[d].text, length, ordered[d].title)
            for d, length in enumerate(lengths[2])
            if length >= _SPAN_LONG * avg[2]
        }
        postings: dict[str, tuple[array[int], array[float]]] = {}
        focused: dict[str, tuple[array[int], array[float]]] = {}
        idf: dict[str, float] = {}
        for term, docs in docs_of.items():
            term_idf = idf[term] = _idf(n, len(docs))
            if term.startswith(KIND_PREFIX):
                postings[term] = (docs, array("f", [_KIND_IMPACT * term_idf]) * len(docs))
                continue
            impacts = array("f")
            gains: tuple[array[int], array[float]] = (array("i"), array("f"))
            for d, bits in zip(docs, packed_of.pop(term), strict=True):
                tfw = (bits & 1023) * title_norm[d] + ((bits >> 10) & 1023) * kw_norm[d]
                text_tf = (bits >> 20) * text_norm[d]
                impact = term_idf * (tfw + text_tf) / (_K1 + tfw + text_tf)
                impacts.append(impact)
                span = spans[d].get(term) if d in spans else None
                if span is not None:
                    # the span naming the term, read as a passage of its own
                    span_count, span_length = span
                    span_tf = span_count * text_weight / (1.0 - text_b + text_b * span_length / avg[2])
                    if span_tf > text_tf:
                        gains[0].append(d)
                        gains[1].append(term_idf * (tfw + span_tf) / (_K1 + tfw + span_tf) - impact)
            if gains[0]:
                focused[term] = gains
            postings[term] = (docs, impacts)

        owner_terms: frozenset[str] = frozenset()
        basics = next((c for c in ordered if c.id == "profile#basics"), None)
        if basics is not None:
            owner_terms = frozenset(analyze(basics.title.split(" — ")[0]))

        vectors: Any = None
        windows: tuple[Any, list[int]] | None = None
        if embedder is not None:
            texts = [f"{c.title}\n{c.text}" for c in ordered]
            owners: list[int] = []
            for d, c in enumerate(ordered):
                extra = passage_windows(c.title, c.text)
                texts += extra
                owners += [d] * len(extra)
            embed_array = getattr(embedder, "embed_array", None)
            embedded = (
                embed_array(texts) if embed_array is not None else [unit(v) for v in embedder.embed(texts)]
            )
            vectors = embedded[:n]
            windows = (embedded[n:], owners) if owners else None
        return cls(
            ordered, postings, idf, owner_terms, embedder=embedder, vectors=vectors, floor=floor,
            dense_floor=dense_floor, surfaces=surfaces, titles=titles, windows=windows, focused=focused,
        )  # fmt: skip

    def __len__(self) -> int:
        return len(self._chunks)

    @property
    def term_count(self) -> int:
        """Distinct index terms (a size figure for benchmarks)."""
        return len(self._postings)

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

    def _spelling(self) -> Speller:
        """The speller over the content's words and the analyzer's lexicon (how many passages
        use each: the tie-break), built once, on the first question that needs it, so building
        the index and cold starts stay cheap."""
        if self._speller is None:
            postings = self._postings
            surfaces = self._surfaces
            for word, term in lexicon_spellings():
                surfaces.setdefault(word, term)
            words = {w: len(postings[t][0]) if t in postings else 0 for w, t in surfaces.items()}
            self._speller = Speller(words)
        return self._speller

    def warm_spelling(self) -> None:
        """Build the speller now (at init, or to time it) instead of on the first misspelt question."""
        self._spelling()

    def rarity(self, term: str) -> float:
        """How rare an index term is across the passages (its idf; rarer than any for an unknown
        term): how much a word of the question says about what it asks."""
        return self._idf.get(term, self._unknown_idf)

    def respell(self, query: str, *, acronyms: bool = False) -> str:
        """``query`` without the greetings and thanks around it (``chatter``), its shorthand and short
        typos written out ("yrs of exp" -> "years of experience", "wher" -> "where"; see
        ``respell.Respeller``): what search reads, and what the offline answerer reads the question's
        cues from. Cheap when every word is known. With ``acronyms`` (search's ranking only), also its
        acronyms the content spells out ("BCM" -> "body control module", ``acronyms``): found by their
        initials alone, they may name an unrelated run of words, so no reader takes them as asked."""
        return self._read(query, acronyms=acronyms)[0]

    def _read(self, query: str, *, acronyms: bool) -> tuple[str, bool]:
        """``respell``, and whether an acronym was read as the content's phrase."""
        query = as_written(without_contractions(without_chatter(query)), self._writes_acronym)
        postings = self._postings
        typed = _RESPELL_WORD.findall(query)
        if all(normalize_token(w) in postings or w in STOP_WORDS for w in map(fold, typed)) and not any(
            w.isupper() and fold(w) in SHORTHAND
            for w in typed  # "EM", though the content says "em"
        ):
            return query, False
        spelled = False
        if acronyms:
            said = spelled_out(
                query, self._acronym_table, self._writes_acronym, self._names_acronym, self._plain_word
            )
            query, spelled = said, said != query
        if self._respeller is None:
            speller = self._spelling()
            words = {w: speller.frequency(w) for w in self._surfaces}
            self._respeller = Respeller(
                words,
                postings.__contains__,
                getattr(self._embedder, "knows_word", None),
                speller,
                self._writes_capitals,
            )
        return self._respeller.question(query), spelled

    def _writes_capitals(self, word: str) -> bool:
        """Whether the content writes ``word`` in capitals ("PT", "EM"), built on first use."""
        if self._capitals is None:
            self._capitals = capital_words(passage_texts(self._chunks))
        return word in self._capitals

    def _acronym_table(self) -> Acronyms:
        """The content's phrases by their initials (``acronyms``), built on first use."""
        if self._acronyms is None:
            self._acronyms = Acronyms(passage_texts(self._chunks))
        return self._acronyms

    def _writes_acronym(self, acronym: str) -> bool:
        """Whether the content writes ``acronym`` ("AWS"; by its concept: "IaC"): read as itself."""
        return normalize_token(acronym.casefold()) in self._postings

    def _plain_word(self, word: str) -> bool:
        """Whether the lower-case ``word`` reads as a word: of the content, the chat shorthand or
        (when the embedder has a vocabulary) the language ("ota", "mttr" are none of them)."""
        if word in STOP_WORDS or word in SHORTHAND or normalize_token(word) in self._postings:
            return True
        knows_word = getattr(self._embedder, "knows_word", None)
        return knows_word is None or knows_word(word)

    @staticmethod
    def _names_acronym(acronym: str) -> bool:
        """Whether the tables name ``acronym`` ("MTTR", "CAN"): a word in its own right."""
        return is_lexicon_term(normalize_token(acronym.casefold()))

    def _corrected(self, group: QueryGroup) -> QueryGroup | None:
        """``group`` with its unknown word read as the closest word the index knows, or None.

        Only plain words of five letters or more that no table knows as a word in its own right
        ("scala" is not "scale") are corrected: one edit up to seven letters, two beyond. A word
        written as a name ("Parcelbox") is another name, not a typo of a name in the content
        ("Parcelfox"): it is only corrected, by one edit, into a well-known name of the lexicon
        ("Kubernets" -> "kubernetes"). Either keeps its first letter (typos rarely touch it: "vegan"
        is not "began", "Flink" is not "link"). Ties go to the word more passages use; each candidate
        (and its related words) counts ``_CORRECTED_WEIGHT`` of what it would as asked."""
        typed = group.typed
        if len(typed) < _MIN_TYPO_LEN or not typed.isalpha() or is_lexicon_term(group.word):
            return None
        knows_word = getattr(self._embedder, "knows_word", None)
        if knows_word is not None and knows_word(typed):
            return None  # a word of the language ("catching"), not a misspelt word of the content
        speller = self._spelling()
        if group.name:
            surfaces = self._surfaces
            words = speller.suggest(
                typed,
                1,
                accept=lambda w: is_lexicon_term(surfaces[w]) and w[:1] == typed[:1],
            )
        else:
            words = speller.suggest(
                typed, 2 if len(typed) >= _LONG_TYPO_LEN else 1, accept=lambda w: w[:1] == typed[:1]
            )
        if not words:
            return None
        fixed = respelled(group, words, _CORRECTED_WEIGHT)
        if not any(t in self._postings for t, _ in fixed.terms):
            return None
        return fixed

    def _alternatives_present(self, query: str, groups: list[QueryGroup]) -> list[QueryGroup]:
        """Drop a name the portfolio never mentions when the question offers it as an alternative
        to one it does ("Kafka or Flink?"): either answers the question, so the absent one must not
        weigh against the passages naming the other. The absent name is still said by the answer."""
        asked = query.casefold()
        absent = {
            g.typed.casefold()
            for g in groups
            if g.name and g.typed and g.terms[0][0] not in self._postings and self._corrected(g) is None
        }
        present = {
            g.typed.casefold() for g in groups if g.name and g.typed and g.terms[0][0] in self._postings
        }
        if not absent or not present:
            return groups
        dropped = {
            a
            for a in absent
            for p in present
            if re.search(rf"\b{re.escape(p)}\s*(?:,|or|/)\s*{re.escape(a)}\b", asked)
            or re.search(rf"\b{re.escape(a)}\s*(?:,|or|/)\s*{re.escape(p)}\b", asked)
        }
        return [g for g in groups if not (g.typed and g.typed.casefold() in dropped)] if dropped else groups

    def _lexical(self, query: str) -> _Scored:
        """Accumulate impacts per passage over the question's ideas (see ``_Scored``).

        Each idea is worth the idf of the word as asked; if no passage has that word, what
        an absent word of its type is worth (``QueryGroup.unknown_weight``). A passage gets
        that worth in full for the word itself and in part for a related word or its kind."""
        postings, idfs = self._postings, self._idf
        groups = parse_query(query, postings.__contains__, getattr(self._embedder, "knows_word", None))
        out = _Scored()
        out.asked = tuple(groups)
        if not groups:
            return out
        groups = self._alternatives_present(query, groups)
        only_owner = all(g.word in self._owner_terms for g in groups)
        if only_owner:  # "who is Ada?": the profile itself answers
            groups.append(QueryGroup(word=kind_term("basics"), terms=((kind_term("basics"), 1.0),)))
        acc = out.scores = self._new_scores()
        # A question about one thing ("does she know Kubernetes?") is answered by a single span, so a
        # long passage is read by its span naming it best; with several things, each may sit in a
        # different span, and only the whole passage says they go together. An idea no passage
        # mentions in any word ("at what scale" where no passage says "scale") is in no span.
        topics = [
            g
            for g in groups
            if not g.terms[0][0].startswith(KIND_PREFIX)
            and g.word not in self._owner_terms
            and any(t in postings for t, _ in g.terms if not t.startswith(KIND_PREFIX))
        ]
        focused = self._focused if len(topics) == 1 else {}
        literal_idfs: list[tuple[float, str, bool]] = []
        fixes = [None if g.terms[0][0] in postings else self._corrected(g) for g in groups]
        read = [f or g for f, g in zip(fixes, groups, strict=True)]
        apart = self._names_apart(read)
        # a word of a name the portfolio lacks ("Security Specialist") names nothing it has
        partly = {g.run for g in read if g.run >= 0 and g.terms[0][0] not in postings}
        for group, corrected in zip(groups, fixes, strict=True):
            gw = group.share * (_OWNER_WEIGHT if group.word in self._owner_terms and not only_owner else 1.0)
            literal, literal_weight = group.terms[0]
            if corrected is not None:
                group = corrected
            present = [(t, tw) for t, tw in group.terms if t in postings]
            if group.run in apart:
                # a word of a name no passage writes whole ("Loadstar Logistics" where the employer is
                # Loadstar Freight): the passages naming its words name something else
                present = [(t, tw * _ABSENT_NAME_RELATED) for t, tw in present]
                out.absent_thing = True
            elif (group.name or is_instance_term(literal)) and corrected is None and literal not in postings:
                # a name the portfolio never mentions ("GitHub" where there is none), or an instance
                # of a kind ("a PhD" where the degrees are others): its related words and kinds say
                # little about it, so a passage earns little for them
                present = [(t, tw * _ABSENT_NAME_RELATED) for t, tw in present]
            elif literal not in postings:
                # a word only found inside a compound ("java" in "JavaScript") is not the word; an FAQ
                # passage answers its own fixed question (notice, remote work), so being one says little
                # of a topic the portfolio never names ("what salary is she looking for?")
                present = [
                    (t, tw * _ABSENT_NAME_RELATED if t.startswith(PART_PREFIX) or t == _FAQ_KIND else tw)
                    for t, tw in present
                ]
            if (
                group.name
                and literal in postings
                and group.word not in self._owner_terms
                and group.run not in apart
                and group.run not in partly
            ):
                out.present_name = True
            if corrected is None and literal not in postings and not literal.startswith(KIND_PREFIX):
                if is_instance_term(literal):
                    out.absent_instance = True
                if group.unknown_weight > out.absent_weight:
                    out.absent_weight = group.unknown_weight
                if group.name or is_family_member_term(literal):
                    out.absent_thing = True
            if corrected is not None:  # worth what the word would be, spelled right
                fixed = group.terms[0][0]
                worth = gw * (idfs[fixed] if fixed in postings else group.unknown_weight * self._unknown_idf)
            elif literal in postings:
                worth = gw * idfs[literal] / literal_weight
                if (
                    not literal.startswith(KIND_PREFIX)
                    and group.word not in self._owner_terms
                    and literal not in light_verb_terms()
                ):
                    literal_idfs.append((idfs[literal], literal, group.unknown_weight > UNKNOWN_FILLER))
            elif literal.startswith(KIND_PREFIX) and present:  # a cue that only points at kinds
                worth = gw * max(idfs[t] for t, _ in present)
            else:
                worth = gw * group.unknown_weight * self._unknown_idf
            out.total += worth
            if not present:
                continue
            if group.word in self._owner_terms and not only_owner:
                out.owner_groups.add(len(out.groups))
            out.groups.append((worth, tuple(present)))
            out.intents.update(t[len(KIND_PREFIX) :] for t, _ in present if t.startswith(KIND_PREFIX))
            weighted = [(t, gw * tw) for t, tw in present]
            for t, w in weighted:
                out.term_weights[t] = max(out.term_weights.get(t, 0.0), w * idfs[t])
            if len(weighted) == 1:
                t, w = weighted[0]
                _add_postings(acc, *postings[t], w)
                if t in focused:
                    _add_postings(acc, *focused[t], w)
                continue
            # Several words for one idea: a passage earns at most what the best one is worth,
            # so listing synonyms cannot outweigh the rest of the question.
            # In a large index a related word on a long posting list only rescores the best
            # candidates afterwards (see _settle); it cannot make a passage a candidate alone.
            cap = max(w * idfs[t] for t, w in weighted)
            local = self._new_scores()
            deferred: list[tuple[str, float]] = []
            for i, (t, w) in enumerate(weighted):
                docs, impacts = postings[t]
                if i and len(docs) > self._long_posting:
                    deferred.append((t, w))
                    continue
                _add_postings(local, docs, impacts, w)
                if t in focused:
                    _add_postings(local, *focused[t], w)
            _add_capped(acc, local, cap)
            if deferred:
                out.deferred.append((cap, local, deferred))
        out.decisive = self._decisive(literal_idfs)
        return out

    def _new_scores(self) -> Scores:
        """An empty score per passage: a dict, or arrays on a large index (``_ARRAY_SCORES_MIN``)."""
        if len(self._chunks) < _ARRAY_SCORES_MIN:
            return {}
        from heyfolio.search.accumulate import ArrayScores  # deferred: numpy only for a large index

        return ArrayScores(len(self._chunks))

    def _names_apart(self, groups: list[QueryGroup]) -> set[int]:
        """The several-word names of the question (``QueryGroup.run``) whose words no passage names
        together, the owner's name aside. Why: each word of "Certified Kubernetes Security Specialist"
        may be in the portfolio, on passages about other things (her Kubernetes Administrator
        certificate, a security job); the name itself is not."""
        runs: dict[int, list[str]] = {}
        for g in groups:
            if g.run >= 0 and g.word not in self._owner_terms:
                runs.setdefault(g.run, []).append(g.terms[0][0])
        apart: set[int] = set()
        for run, terms in runs.items():
            if len(set(terms)) < 2:
                continue
            if any(t not in self._postings for t in terms):
                continue  # a word no passage has weighs as an absent name already
            rarest = min(terms, key=lambda t: (len(self._postings[t][0]), t))
            rest = [t for t in set(terms) if t != rarest]
            entry = self._entry_of()
            if not any(
                all(any(self._mentions(e, t) for e in entry[d]) for t in rest)
                for d in self._postings[rarest][0]
            ):
                apart.add(run)
        return apart

    def _entry_of(self) -> list[tuple[int, ...]]:
        """For each passage, the passages of its entry (a project's or a post's sections; any other
        passage is an entry of its own), built once: a name may sit across an entry's sections."""
        if self._entries is None:
            members: dict[str, list[int]] = {}
            keys = [_entry_key(c.uri) for c in self._chunks]
            for d, key in enumerate(keys):
                members.setdefault(key, []).append(d)
            groups = {key: tuple(ds) for key, ds in members.items()}
            self._entries = [groups[key] for key in keys]
        return self._entries

    def _decisive(self, literal_idfs: list[tuple[float, str, bool]]) -> str | None:
        """The decisive word among the question's words as asked (their idf, term and whether it names
        a thing: a name or a résumé topic, not phrasing), if any (see ``_Scored.decisive``). Why: BM25
        saturates a word's weight within a passage, so several common words of a question ("work",
        "company") outrank the one passage holding its rare word; that passage is what the question is
        about. A rare word of phrasing ("dealt") says nothing of what it is about."""
        if len(literal_idfs) < 2:
            return None
        ordered = sorted(literal_idfs, reverse=True)
        (top, term, thing), (second, _, _) = ordered[0], ordered[1]
        if not thing or top - second < _DECISIVE_MARGIN or len(self._postings[term][0]) > _DECISIVE_MAX_DF:
            return None
        return term

    def _mentions(self, d: int, term: str) -> bool:
        docs = self._postings[term][0]
        i = bisect_left(docs, d)
        return i < len(docs) and docs[i] == d

    def _keep_decisive(
        self, order: list[int], ranked: list[tuple[int, float]], protected: set[int], decisive: str | None
    ) -> list[int]:
        """``order`` with the best passage of the lexical ranking that mentions the question's
        decisive word in place of its last passage (not one of ``protected``) when none of ``order``
        mentions it."""
        if decisive is None or not order or any(self._mentions(d, decisive) for d in order):
            return order
        best = next((d for d, _ in ranked if self._mentions(d, decisive)), None)
        out = list(order)
        drop = next((i for i in range(len(out) - 1, -1, -1) if out[i] not in protected), None)
        if best is None or drop is None:
            return order
        out[drop] = best
        return out

    def _settle(self, scored: _Scored, pool: int) -> list[int] | None:
        """Add the deferred related words' share to the best ``pool`` candidates. Returns them when
        none lost score (then the best ``pool`` after settling are among them), else None; None too
        when nothing was deferred."""
        if not scored.deferred:
            return None
        scores = scored.scores
        best = [d for d, _ in _top(scores, pool)]
        raised = True
        for d in best:
            for cap, local, deferred in scored.deferred:
                before = local.get(d, 0.0)
                after = before
                for term, w in deferred:
                    docs, impacts = self._postings[term]
                    i = bisect_left(docs, d)
                    if i < len(docs) and docs[i] == d:
                        after += impacts[i] * w
                if after != before:
                    gain = min(after, cap) - min(before, cap)
                    raised = raised and gain >= 0.0
                    scores[d] += gain
        scored.deferred = []
        return best if raised else None

    @staticmethod
    def _best_of(scores: Scores, settled: list[int] | None, k: int) -> list[tuple[int, float]]:
        """``_top(scores, k)``, read from the passages ``_settle`` raised when it returned them.

        Why exact: every passage outside them ranked below each of them before settling, and settling
        only raised them, so the best ``k`` (at most as many) are among them, in the same order (score,
        ties by passage number). Why: on a large index a pass over every scored passage (~0.2 ms at
        100k passages) is saved for each ranking with a related word on a long posting list."""
        if settled is None or k > len(settled):
            return _top(scores, k)
        return sorted(((d, scores[d]) for d in settled), key=lambda item: (-item[1], item[0]))[:k]

    def _credits(self, d: int, scored: _Scored) -> list[float]:
        """What passage ``d`` earns for each idea: the idea's worth in full for the word
        itself, in part for a related word or its kind, nothing if it does not mention it —
        however often it repeats it."""
        out = []
        for worth, terms in scored.groups:
            best = 0.0
            for term, weight in terms:
                if weight > best:
                    docs = self._postings[term][0]
                    i = bisect_left(docs, d)
                    if i < len(docs) and docs[i] == d:
                        best = weight
            out.append(worth * best)
        return out

    def _ranked(
        self, scored: _Scored, limit: int, pool: int, *, weak: bool = False
    ) -> list[tuple[int, float]]:
        """The best ``pool`` passages by score, with passages of the kinds the question asks
        for raised, keeping the first ``limit`` that address enough of the question on their
        own; [] unless the best of them addresses the floor's share of the question — or
        nearly, and together they address it."""
        settled = self._settle(scored, max(5 * pool, 100))
        candidates = self._best_of(scored.scores, settled, pool)
        if scored.intents:
            kinds, intents = self._kinds, scored.intents
            candidates = sorted(
                ((d, s * (1.0 + _INTENT_BOOST) if kinds[d] in intents else s) for d, s in candidates),
                key=lambda item: (-item[1], item[0]),
            )
        kept: list[tuple[int, float]] = []
        union = [0.0] * len(scored.groups)
        best = 0.0
        for d, s in candidates:
            credits = self._credits(d, scored)
            share = sum(credits) / scored.total
            if share >= _MIN_SHARE:
                # how much of the question a passage addresses counts alongside how often it repeats
                # the words: one mention of the decisive rare word beats many of the common ones
                # (the owner's name says nothing about which passage answers)
                kept.append((d, s * (_COVERAGE_BASE + scored.coverage(credits))))
                union = [max(u, c) for u, c in zip(union, credits, strict=True)]
                best = max(best, share)
                if len(kept) == limit:
                    break
        kept.sort(key=lambda item: (-item[1], item[0]))
        together = sum(union) / scored.total
        if (
            best >= self._floor or (best >= self._floor - _UNION_SLACK and together >= self._floor)
        ) and not scored.absent_instance:
            scored.strong = True
            return kept
        return kept if weak else []

    def search(self, query: str, limit: int = 5, *, weak: bool = False) -> list[Hit]:
        """The ``limit`` most relevant passages, best first; ``[]`` when nothing is relevant.

        With ``weak=True`` a question nothing answers well still gets its closest passages, each
        marked ``weak`` (a strong partial match is shown, as such, rather than dropped)."""
        if limit <= 0 or not self._chunks:
            return []
        return self._search_one(query, limit, weak=weak)

    def _search_one(self, query: str, limit: int, *, weak: bool) -> list[Hit]:
        """``search`` of one question.

        An acronym read as the content's phrase (``acronyms``) ranks the passages that write it, but
        does not by itself make the question answered: the phrase is found by its initials alone, and
        a question about an acronym the portfolio lacks ("CRM?") may spell some unrelated run of words
        ("comfortable running meetings"). The question as asked says whether it is answered."""
        read, spelled = self._read(query, acronyms=True)
        hits = self._search_read(without_excluded(read, self._postings.__contains__), limit, weak=weak)
        hits = self._each_part(read, hits, limit)
        if not spelled:
            return hits
        asked = without_excluded(self.respell(query), self._postings.__contains__)
        if self._answered(asked):
            return hits
        if not weak:
            return self._search_read(asked, limit, weak=False)
        return [h if h.weak else replace(h, weak=True) for h in hits]

    def _each_part(self, query: str, hits: list[Hit], limit: int) -> list[Hit]:
        """``hits`` holding, for a question of several parts ("where did she do her PhD, and what awards
        has she won?", ``clauses``), the best passage of each part its words alone find answered.

        Why: the passages sharing most words with the whole question often all answer one part (the
        awards), and the other part's one passage (the PhD) is pushed out of the results. Only the
        lexical stage reads each part (no embedding per part: cheap). A part one of whose best
        ``_PART_SHOWN`` passages the results already show is left as it is; otherwise its best passage
        takes the last place (the order above it stays: placed second, it cost never-tuned-5 two
        answers); it is weak when the results are (a part answered does not make the question answered)."""
        if not hits:
            return hits
        parts = question_clauses(query)
        if not parts:
            return hits
        shown = {h.chunk.id for h in hits[:limit]}
        added: list[Hit] = []
        # each part's other best passages, for places the results leave empty (made hits only if used)
        # (its score against its part's best, part, passage, the part's scores)
        spare: list[tuple[float, int, int, _Scored]] = []
        before = ""
        for i, part in enumerate(parts):
            # a part pointing back ("what did he build there?", "did it lead to anything?") is read with
            # the part it points to
            before = part = f"{before} {part}" if _POINTS_BACK.search(part) else part
            scored = self._lexical(part)
            best = self._ranked(scored, _PART_SHOWN, _PART_POOL, weak=False) if scored.total > 0.0 else []
            if best and not any(self._chunks[d].id in shown for d, _ in best):
                d = best[0][0]
                shown.add(self._chunks[d].id)
                added.append(self._part_hit(d, scored, hits[0].weak))
                top = best[0][1]
                best = best[1:]
            else:
                top = best[0][1] if best else 0.0
            spare += [(s / top if top > 0 else 0.0, i, d, scored) for d, s in best]
        # the passages nearly as good as their part's best first: a list's other members ("which certs?")
        spare.sort(key=lambda item: (-item[0], item[1]))
        # "which certs does she hold and which languages does she speak?": the whole question found
        # three passages (the languages, one certificate); a list asked in one part fills the places left
        free = limit - min(len(hits), limit) - len(added)
        for _, _, d, scored in spare:
            if free <= 0:
                break
            if self._chunks[d].id not in shown:
                shown.add(self._chunks[d].id)
                added.append(self._part_hit(d, scored, hits[0].weak))
                free -= 1
        if not added:
            return hits
        room = max(1, min(len(hits), limit - len(added)))
        return [*hits[:room], *added][:limit]

    def _part_hit(self, d: int, scored: _Scored, weak: bool) -> Hit:
        """Passage ``d`` as found by one part of a question (``_each_part``)."""
        return self._hit(
            d, self._relevance(scored.scores.get(d, 0.0), scored), scored.term_weights, weak=weak
        )

    def _answered(self, query: str) -> bool:
        """Whether the lexical stage finds ``query`` answered (its best passages address enough of it)."""
        scored = self._lexical(query)
        if scored.total <= 0.0:
            return False
        self._ranked(scored, 1, _PART_POOL, weak=False)
        return scored.strong

    def _search_read(self, query: str, limit: int, *, weak: bool) -> list[Hit]:
        """``_search_one`` of the question as read (``respell``)."""
        scored = self._lexical(query)
        if self._dense is not None and self._embedder is not None and query.strip():
            hits = self._fused(query, scored, limit, weak=weak)
        elif scored.total <= 0.0:
            hits = []
        else:
            ranked = self._ranked(scored, limit, max(4 * limit, 20), weak=weak)
            hits = [
                self._hit(d, self._relevance(s, scored), scored.term_weights, weak=not scored.strong)
                for d, s in ranked
            ]
        hits = self._linked(self._understood(query, scored, hits, limit), scored, limit)
        hits = self._bridged(query, hits, scored, limit)
        heads = asked_section(query) if hits and not hits[0].weak else None
        if heads:
            hits = self._sectioned(hits, heads, scored, limit)
        if hits and not hits[0].weak:
            hits = self._counted(query, hits, scored, limit)
            hits = self._described_figure(query, hits, scored, limit)
        if hits and (
            self._figure_unstated(query)
            or self._metric_unstated(query)
            or self._qualifier_contrasted(query, [h.chunk for h in hits])
            or self._period_unstated(query, [h.chunk for h in hits])
            or self._favourite_unstated(query, [h.chunk for h in hits])
            or self._month_unstated(query)
            or self._name_unstated(query, [h.chunk for h in hits])
            or self._credential_absent(query)
            or self._owner_topic_unstated(query)
            or self._validity_unstated(query, [h.chunk for h in hits])
            or self._school_unnamed(query)
            or self._employer_unlisted(query)
            or self._stay_undated(query)
            or self._unused_at(query)
            or self._listed_only(query)
            or self._numbered_absent(query)
        ):
            hits = [replace(h, weak=True) for h in hits]
        if hits and self._attribute_unstated(query, [h.chunk for h in hits]):  # shown only when asked for
            hits = [replace(h, weak=True) for h in hits] if weak else []
        if asks_promotion(query) or asks_stay(query):
            return self._promoted(query, hits, scored, limit)
        return hits

    def unstated(self, query: str, found: Sequence[Chunk] = ()) -> bool:
        """Whether the question asks a fact of a kind the portfolio does not state where it asks it:
        a count of the entry it names, an attribute of it, a sum, a grade, a person (what ``search``
        marks weak for it). Why public: a passage the answerer reads among the weak ones as said in
        other words cannot state what the entry never states (``found``: those passages)."""
        query = without_excluded(self.respell(query), self._postings.__contains__)
        return (
            self._figure_unstated(query)
            or self._metric_unstated(query)
            or self._qualifier_contrasted(query, found)
            or self._period_unstated(query, found)
            or self._favourite_unstated(query, found)
            or self._month_unstated(query)
            or self._name_unstated(query, found)
            or self._attribute_unstated(query, found)
            or self._validity_unstated(query, found)
            or self._stay_undated(query)
            or self._unused_at(query)
            or self._listed_only(query)
        )

    def _name_unstated(self, query: str, found: Sequence[Chunk]) -> bool:
        """Whether the question asks the name of a thing ("which banks use it?") that what search found
        only mentions anonymously ("two European banks"; ``unnamed``)."""
        noun = asked_name(query)
        if noun is None or not found:
            return False
        return states_name((line for c in found for line in c.text.split("\n")), noun) is False

    def _counted(self, query: str, hits: list[Hit], scored: _Scored, limit: int) -> list[Hit]:
        """``hits`` with the best lexical candidate stating the count asked ("how many papers has she
        got out?" -> "Published 9 peer-reviewed papers") first, when none of them states it (``counts``);
        a question naming one entry is left to ``_figure_unstated``."""
        thing = asked_count(query)
        if thing is None or states_count((h.chunk.text for h in hits), thing) or self._named_passages(query):
            return hits
        for d, s in _top(scored.scores, max(4 * limit, 20)):
            if states_count((self._chunks[d].text,), thing):
                found = self._hit(d, self._relevance(s, scored), scored.term_weights)
                return [found, *(h for h in hits if h.chunk.id != found.chunk.id)][:limit]
        return hits

    def _described_figure(self, query: str, hits: list[Hit], scored: _Scored, limit: int) -> list[Hit]:
        """``hits`` with the passage stating the figure asked of the entry most of them belong to
        ("how many stars does the Go operator have?": that operator's "Results") where theirs was,
        other entries' passages stating it (their own stars) after the rest (``described``)."""
        check = figure_check(query)
        entry = described_entry([h.chunk for h in hits]) if check is not None else None
        if check is None or entry is None:
            return hits
        ours = [h for h in hits if entry_key(h.chunk) == entry]
        if check([h.chunk.text for h in ours]):
            return hits
        if self._named_entries is None:
            entries: dict[EntryKey, list[int]] = {}
            for d, c in enumerate(self._chunks):
                key = entry_key(c)
                if key is not None:
                    entries.setdefault(key, []).append(d)
            self._named_entries = entries
        present = {h.chunk.id for h in hits}
        stating = [
            d
            for d in self._named_entries.get(entry, ())
            if self._chunks[d].id not in present and check([self._chunks[d].text])
        ]
        if not stating:
            return hits
        best = max(stating, key=lambda d: (scored.scores.get(d, 0.0), -d))
        answer = self._hit(best, ours[0].score, scored.term_weights)
        others = [
            h for h in hits if h not in ours and entry_key(h.chunk) is not None and check([h.chunk.text])
        ]
        kept = [h for h in hits if h not in others]
        at = min(hits.index(h) for h in (ours[0], *others))
        at = sum(1 for h in kept if hits.index(h) < at)
        return [*kept[:at], answer, *kept[at:], *others][:limit]

    def _best_rated(self, query: str, limit: int) -> list[int] | None:
        """For "which of her apps has the best rating?": the passages stating the highest ratings,
        wherever stated (``ratings``); None for another question or when no passage states one."""
        if not asks_best_rated(query):
            return None
        if self._ratings is None:
            self._ratings = {
                d: r for d, c in enumerate(self._chunks) if (r := stated_rating(c.text)) is not None
            }
        return best_rated(self._chunks, self._ratings, max(1, limit - 2)) or None

    def _biggest_speedup(self, query: str, limit: int) -> list[int] | None:
        """For "what's the biggest latency improvement he made?": the passages stating the largest
        speed-ups, of the thing named when one is (``speedups``); None for another question or none."""
        if not asks_biggest_speedup(query):
            return None
        if self._speedups is None:
            self._speedups = {d: ls for d, c in enumerate(self._chunks) if (ls := speedups(c.text))}
        return biggest_speedups(query, self._chunks, self._speedups, max(1, limit - 2)) or None

    def _numbered_absent(self, query: str) -> bool:
        """Whether the question names a standard by a number no passage writes ("DO-254" where the
        portfolio has DO-178C; ``numbered_names``): the passages naming its letters name another."""
        return bool(absent_numbered_names(query, (f"{c.title}\n{c.text}" for c in self._chunks)))

    def _credential_absent(self, query: str) -> bool:
        """Whether the question asks about a credential no one certificate, award or degree of the
        owner's names ("is she CKAD certified?" of a CKA holder; ``credentials``)."""
        if not (
            CREDENTIAL_CUE.search(query) or LEVELLED_CREDENTIAL.search(query) or LICENCE_CUE.search(query)
        ):
            return False
        held, owner = self._held_credentials()
        written = self._postings.__contains__
        return absent_credential(query, held, owner, _technology_terms().__contains__, written) is not None

    def _held_credentials(self) -> tuple[list[Chunk], list[str]]:
        """The passages a credential is held by and the words of the owner's name, read once."""
        if self._credentials is None:
            basics = self._by_id.get("profile#basics")
            owner = self._chunks[basics].title.split(" — ")[0].split() if basics is not None else []
            held = [c for c in self._chunks if c.kind in CREDENTIAL_KINDS]
            self._credentials = (held, owner)
        return self._credentials

    def _school_unnamed(self, query: str) -> bool:
        """Whether the question asks about a school no education entry names ("did he study at Seoul
        National University?" of a Hangang graduate living in Seoul; ``schools``)."""
        if not (SCHOOL_SLOT.search(query) or WENT_SLOT.search(query) or CASUAL_SLOT.search(query)):
            return False
        held, owner = self._held_credentials()
        basics = [self._chunks[d] for d in (self._by_id.get("profile#basics"),) if d is not None]
        return unnamed_school(query, [*held, *basics], owner) is not None

    def _employer_unlisted(self, query: str) -> bool:
        """Whether the question asks whether the owner worked at an organisation no job names ("has
        she worked at Google?" of a Google Cloud certificate holder; ``unlisted_employer``)."""
        return EMPLOYER_ASKED.search(query) is not None and unlisted_employer(query, self._chunks) is not None

    def _unused_at(self, query: str) -> bool:
        """Whether the question asks whether the owner used a technology at one of her employers whose
        jobs never name it ("did she use Spark at <employer>?"; ``used_at``)."""
        if USED_AT_ASKED.search(query) is None:
            return False
        _, owner = self._held_credentials()
        return unused_at(query, self._chunks, self._known_technology().__contains__, owner) is not None

    def _known_technology(self) -> frozenset[str]:
        """The index terms that name a technology: the skills' keywords and the well-known names."""
        if self._skill_terms is None:
            skills = (k for c in self._chunks if c.kind == "skill" for k in c.keywords[1:])
            self._skill_terms = frozenset(t for k in skills for t in analyze(k)) | _technology_terms()
        return self._skill_terms

    def _listed_only(self, query: str) -> bool:
        """Whether the question asks which work used a technology ("which of her projects was built
        with Next.js?") that no passage but a list (skills, certificates) names (``listed_only``)."""
        if not asks_work_with(query):
            return False
        asked = listed_technologies(
            query, self._known_technology().__contains__, self._owner_terms.__contains__
        )
        return any(not self._named_in_work(t) for t in asked)

    def _named_in_work(self, term: str) -> bool:
        """Whether a passage other than a list (``LISTING_KINDS``) writes ``term`` or a close relative."""
        related = {term} | {t for t, w in expand(term) if w >= _RELATED_TECH and not t.startswith("kind:")}
        return any(
            self._chunks[d].kind not in LISTING_KINDS
            for t in related
            if t in self._postings
            for d in self._postings[t][0]
        )

    def _stay_undated(self, query: str) -> bool:
        """Whether the question asks how long or when the owner was at an organisation the portfolio
        only mentions, with no entry or sentence dating it ("how long did he work at <X>?" of a former
        employer named in the summary), or what she studied at a school no entry or sentence says a
        field of (``undated``)."""
        stay, study = STAY_ASKED.search(query) is not None, STUDY_ASKED.search(query) is not None
        if not (stay or study):
            return False
        _, owner = self._held_credentials()
        return (stay and undated_stay(query, self._chunks, owner) is not None) or (
            study and unstated_study(query, self._chunks, owner) is not None
        )

    def _validity_unstated(self, query: str, found: Sequence[Chunk] = ()) -> bool:
        """Whether the question asks whether a certificate still holds ("is her CKA still valid?") and
        no passage states it of that certificate (``validity``)."""
        if not mentions_validity(query):
            return False
        held, owner = self._held_credentials()
        if self._certificates is None:  # read once: a pass over every credential, 0.3-2.5 ms at 100k passages
            self._certificates = [c for c in held if c.kind == "certificate"]
        return validity_unstated(query, self._certificates, found, owner)

    def _owner_topic_unstated(self, query: str) -> bool:
        """Whether the question asks what only the owner can say (a salary, a notice period) and no
        passage of the portfolio states it (``owner_only``; read once per index and topic)."""
        for label in asked_owner_topics(query):
            if self._anywhere(f"topic:{label}", bind(states_owner_topic, label)):
                continue
            if asks_billing_terms(query, label) and self._anywhere("billing terms", states_billing_terms):
                continue  # "a day rate or fixed price?" asks how she bills, which a passage states
            return True
        return False

    def _figure_unstated(self, query: str) -> bool:
        """Whether the question counts a measure of the one entry it names ("how many stars does
        tidepool have?") that none of that entry's passages states (``figures``)."""
        measure = asked_measure(query)
        thing = counted_thing(query) if measure is None else None
        if measure is None and thing is None:
            return False
        passages = self._named_passages(query)
        if not passages:
            # "how many downloads did the Pão Quente app get?": a thing a highlight mentions, counted
            # only where a line writing its name states the figure
            passages = self._mentioning_lines(query)
        if not passages:
            # "how many citations do her papers have?", "how many views did his blog post get?": an entry
            # described rather than named, counted by a measure no passage anywhere states
            return (
                measure is not None
                and pure_count(measure)
                and not self._anywhere(f"measure:{measure}", lambda c: states_measure([c.text], measure))
            )
        if measure is not None:
            # "how many weekly users did <app> have in 2025?" of "6,500 weekly users in January 2026"
            if states_measure(lines_for_year(passages, asked_year(query)), measure):
                return False
            # "how many stars does the tool she presented at <conference> have?": the talk names the
            # tool, whose own line elsewhere states the figure
            return not (counts_a_made_thing(query) and self._bridged_measure(passages, measure))
        # "how many weather services use <library>?": a thing the entry never writes, nor a line
        # elsewhere writing its name ("Used by two national weather services and <library>", of
        # another project), is counted by nothing it says (``counted_things``)
        named = self._named_chunks(query)
        # of an entry named (a capitalised word a line writes may be a place: "her Berlin employer")
        if thing is None or not named or writes_thing(passages, thing):
            return False
        elsewhere = self._lines_naming(query, named)
        if states_count(elsewhere, thing):
            return False
        # "how many machines did she look after at <X>?" of "about 300 Debian servers": a thing the entry
        # (or a sentence elsewhere writing its name) counts in other words answers
        counted = counted_phrases([*passages, *elsewhere])
        return not counted_alike(thing_words(query), counted, self._phrase_cosines)

    def _phrase_cosines(self, text: str, phrases: Sequence[str]) -> list[float]:
        """Cosines of a few short ``phrases`` to ``text`` by the index's embedding model (none alike
        without one)."""
        if self._embedder is None:
            return [0.0] * len(phrases)
        rows = self._embedder.embed([text, *phrases])
        first = unit(rows[0])
        return [cosine(first, unit(row)) for row in rows[1:]]

    def _lines_naming(self, query: str, entry: Sequence[Chunk]) -> list[str]:
        """The sentences of passages outside ``entry`` that write the name word the question names it by
        ("Recorded the Parlure corpus with a team of 12 annotators", a job's line, of the corpus)."""
        named = self._facts_of().named
        owner = self._owner_terms.__contains__
        words = {t for t in tokenize(query) if t in named and not owner(t)}
        if len(words) != 1:
            return []
        word = words.pop()
        terms = analyze(word)
        if not terms or not all(t in self._postings for t in terms):
            return []
        docs = set.intersection(*(set(self._postings[t][0]) for t in terms)) - {
            self._by_id[c.id] for c in entry
        }
        return [
            sentence
            for d in sorted(docs)
            for sentence in _SENTENCE.split(self._chunks[d].text)
            if word in tokenize(sentence)
        ]

    def _metric_unstated(self, query: str) -> bool:
        """Whether the question asks how the one thing it names performs ("what was the p99 latency
        of <employer>'s checkout API?", "how accurate is <app>?") and none of that thing's passages
        states a figure of that kind (``metrics``)."""
        kind = asked_metric(query)
        if kind is None:
            return False
        passages = self._named_passages(query)
        if not passages and kind not in ENTRY_METRICS:
            passages = self._mentioning_lines(query)
        return bool(passages) and not states_metric(passages, kind, asked_year(query))

    def _qualifier_contrasted(self, query: str, found: Sequence[Chunk]) -> bool:
        """Whether the question asks a figure under a qualifier ("the p99 latency", "high-severity
        findings") the passages found state only a sibling of ("p95", "critical"; ``qualifiers``). An
        app store is read in the one entry the question names: another app's "on Google Play" does not
        make its "rated 4.7 on the App Store" a Google Play rating."""
        if contrasted_qualifier(query, (f"{c.title}\n{c.text}" for c in found)) is not None:
            return True
        if not found or not asks_store(query):
            return False
        named = self._named_chunks(query)
        return (
            bool(named) and contrasted_qualifier(query, (f"{c.title}\n{c.text}" for c in named)) is not None
        )

    def _period_unstated(self, query: str, found: Sequence[Chunk]) -> bool:
        """Whether the question asks a count per period ("how many orders a day?") that the passages
        read never write per that period, in any form (``rates``). Read: the passages of the entry the
        question names with the best one found, else all found (another entry's "three days" of a
        duration does not make the named one's figure a daily one)."""
        if asked_period(query) is None or not found:
            return False
        named = self._named_chunks(query)
        read = [*named, found[0]] if named else list(found)
        return unstated_period(query, (f"{c.title}\n{c.text}" for c in read)) is not None

    @staticmethod
    def _favourite_unstated(query: str, found: Sequence[Chunk]) -> bool:
        """Whether the question asks a favourite ("her favourite framework?") that no passage found
        writes a liking of any kind in: a list of skills ranks nothing (``preferences``)."""
        return unstated_favourite(query, (f"{c.title}\n{c.text}" for c in found))

    def _month_unstated(self, query: str) -> bool:
        """Whether the question asks a month ("in which month did she start at <X>?") of the one entry
        it names, whose passages write no month (dated by the year alone; ``precision``)."""
        if not asks_month(query):
            return False
        named = self._named_chunks(query)
        return bool(named) and not states_month(f"{c.title}\n{c.text}" for c in named)

    def _coined_words(self, query: str) -> list[str]:
        """The lower-case words of the question that are names the content coined ("ledgerlag", a tool
        a highlight names): no word of the language (the embedder's vocabulary), yet written in the
        content. None without a vocabulary to tell."""
        knows_word = getattr(self._embedder, "knows_word", None)
        if knows_word is None:
            return []
        if self._capitalised is None:  # a word the content ever capitalises ("Rewrote ...") is no coined name
            self._capitalised = frozenset(
                w.casefold() for c in self._chunks for w in _CAPITALISED.findall(f"{c.title}\n{c.text}")
            )
        return [
            w
            for w in _COINED.findall(query)
            if w not in STOP_WORDS
            and w not in self._capitalised
            and not any(knows_word(form) for form in _word_forms(w))
            and normalize_token(w) in self._postings
        ]

    def _bridged_measure(self, passages: Sequence[str], measure: str) -> bool:
        """Whether a name the named entry's ``passages`` write is written elsewhere with ``measure``
        stated (``names_elsewhere``): the figure of the thing the question describes by the named entry
        ("how many stars does the tool she presented at <conference> have?")."""
        return any(states_measure(lines, measure) for _, lines in self.names_elsewhere(passages))

    def names_elsewhere(self, passages: Sequence[str]) -> list[tuple[Chunk, list[str]]]:
        """The other passages writing a name ``passages`` write - a project's name, or a word the content
        coined ("ledgerlag": no word of the language), in a few passages only - each with where it is
        written: the project's own entry whole, else the sentences writing the name ("Open-sourced
        ledgerlag ...; it has 1,400 GitHub stars"). A talk names the tool it presents; the tool's figures
        are stated where the tool is. Only the words of ``passages`` are looked up, so the cost is their
        length, not the corpus's."""
        knows_word = getattr(self._embedder, "knows_word", None)
        shared: dict[int, set[str]] = {}  # another passage -> the names of ``passages`` it writes
        for text in passages:
            for word in dict.fromkeys(_COINED.findall(text.casefold())):
                term = normalize_token(word)
                posting = self._postings.get(term)
                if posting is None or not 1 < len(posting[0]) <= _MENTIONS_MAX or word in STOP_WORDS:
                    continue
                coined = knows_word is not None and not any(knows_word(f) for f in _word_forms(word))
                for d in posting[0]:
                    project = self._chunks[d].kind in ("project", "resume_project")
                    if coined or (project and term in analyze(self._chunks[d].title)):
                        shared.setdefault(d, set()).add(term)
        out: list[tuple[Chunk, list[str]]] = []
        for d, terms in shared.items():
            other = self._chunks[d]
            if any(p in other.text for p in passages):
                continue  # a passage of the named entry itself
            titled = terms & set(analyze(other.title))
            said = [s for s in _SENTENCES.split(other.text) if terms & set(analyze(s))]
            out.append((other, [other.text] if titled else said))
        return out

    def _mentioning_lines(self, query: str) -> list[str]:
        """The lines writing the name the question writes with capitals (``figures``) - the rarest, when
        it names several - when a few passages have it; [] when it names none, or none is one thing."""
        owner = self._owner_terms.__contains__
        found: list[tuple[int, str, set[int]]] = []  # (passages, name, docs) of each name the index has
        names = mentioned_names(query, lambda w: all(owner(t) for t in analyze(w)))
        for name in [*names, *self._coined_words(query)]:
            terms = analyze(name)
            if terms and all(t in self._postings for t in terms):
                docs = set.intersection(*(set(self._postings[t][0]) for t in terms))
                found.append((len(docs), name, docs))
        # the rarest name is the thing counted ("the Pão Quente app on the App Store")
        found.sort(key=lambda f: f[0])
        if not found or found[0][0] > _MENTIONS_MAX or (len(found) > 1 and found[1][0] == found[0][0]):
            return []
        _, name, docs = found[0]
        lines = mentioning_lines(((self._chunks[d].title, self._chunks[d].text) for d in sorted(docs)), name)
        return lines if len(lines) <= _MENTIONS_MAX else []

    def _attribute_unstated(self, query: str, found: Sequence[Chunk] = ()) -> bool:
        """Whether the question asks an attribute of the one entry it names ("why did she leave
        Cobalt?", "who acquired Parcelbird?") that none of that entry's passages states (``attributes``).
        A question of several parts is read by the part that asks it: the entry another part names
        ("..., and what did she build there against SSRF?") is not the one asked about (``clauses``)."""
        parts = question_clauses(query)
        if parts:
            asking = [p for p in parts if asked_attribute(p) is not None or asked_fact(p) is not None]
            return bool(asking) and all(self._attribute_unstated_in(p, found) for p in asking)
        return self._attribute_unstated_in(query, found)

    def _attribute_unstated_in(self, query: str, found: Sequence[Chunk] = ()) -> bool:
        """``_attribute_unstated`` for a question of one part."""
        attribute = asked_attribute(query)
        if attribute is not None and self._entry_attribute_unstated(query, attribute):
            return True
        # "what did the client pay for <project>?", "what grade did she get for her PhD?": the entry is
        # there, a fact of the kind asked is not (``fact_kinds``)
        asked = asked_fact(query)
        if asked is None:
            return False
        named = self._named_chunks(query)
        if not named and asked.kind == "money" and self._mentioning_lines(query) and self._names_known(query):
            # "how much prize money came with the <platform> ranking?", "the budget for the <X> migration?":
            # a name several passages write (an award, a job's line, a profile) - what search found
            # writing it is read (``states_fact``)
            named = [c for c in found if c.kind not in OWNER_KINDS]
        if not named and asked.kind == "money" and asked.role == "budget":
            # "what budget does she manage?" of no entry: a budget stated anywhere may be it, none is not
            return not self._anywhere("budget", lambda c: states_sum("budget", c))
        if not named and asked.kind == "person" and asked.role == "supervisor":
            # "who was her PhD supervisor?": the degrees are where a supervisor is said, named or not
            named = self._of_kinds(("education",))
        if not named and asked.kind != "grade":  # a grade is read from the degree it names, named or not
            return False
        # what search found is read too: the name word may belong to several entries
        seen = {c.id for c in named}
        read = [*named, *(c for c in found if c.id not in seen)]
        # pay the owner states once for every role (a salary FAQ, a day rate in the profile) answers any
        wide = self._of_kinds(OWNER_KINDS) if attribute in OWNER_WIDE else []
        # a grade is read from the education entries, a person also from the references (``states_fact``)
        portfolio = self._of_kinds(("education", "reference"))
        return not states_fact(asked, read, query, portfolio, self._owner_terms, owner_wide=wide)

    def _of_kinds(self, kinds: Iterable[str]) -> list[Chunk]:
        """The passages of ``kinds`` in index order, from their kind pseudo-terms' postings: a question
        reading one kind of passage (the degrees, the references) costs their number, not a pass over
        every passage (the latency tail at 10k passages)."""
        docs: list[int] = []
        for kind in kinds:
            posting = self._postings.get(kind_term(kind))
            if posting is not None:
                docs.extend(posting[0])
        return [self._chunks[d] for d in sorted(docs)]

    def _names_known(self, query: str) -> bool:
        """Whether every name the question writes with capitals (the owner's aside) is in the index."""
        owner = self._owner_terms.__contains__
        names = mentioned_names(query, lambda w: all(owner(t) for t in analyze(w)))
        return bool(names) and all(t in self._postings for n in names for t in analyze(n))

    def _named_chunks(self, query: str) -> list[Chunk]:
        """The passages of the one entry the question names (``figures.named_entry``)."""
        entry = named_entry(tokenize(query), self._facts_of().named, self._owner_terms.__contains__)
        entries = self._entry_of()
        return [self._chunks[d] for d in sorted({d for e in entry for d in entries[e]})]

    def _entry_attribute_unstated(self, query: str, attribute: str) -> bool:
        """Whether the entry the question names (or the degree it describes, or the owner for pay asked
        of her) states no ``attribute`` (``attributes``)."""
        if attribute in PORTFOLIO_WIDE:  # "what was her thesis about?": said anywhere, or nowhere
            return not self._anywhere(attribute, lambda c: states_attribute([c.text], attribute))
        passages = self._named_passages(query)
        if not passages and attribute == "grade":
            passages = self._described_studies(query)  # "her GPA in the PhD": the degree it describes
        if not passages and attribute in OWNER_WIDE and OWNER_RATE.search(query) and not _YES_NO.match(query):
            # "what's her day rate?" names no entry: asked of the owner, stated anywhere or nowhere ("does
            # she charge a day rate or fixed price?" asks how she bills, which the content may well say)
            if self._owner_wide is None:
                self._owner_wide = {}
            if attribute not in self._owner_wide:
                self._owner_wide[attribute] = states_owner_pay(c.text for c in self._chunks)
            return not self._owner_wide[attribute]
        if passages and attribute in OWNER_WIDE:
            passages += [c.text for c in self._of_kinds(OWNER_KINDS)]
        return bool(passages) and not states_attribute(passages, attribute)

    def _anywhere(self, kind: str, states: Callable[[Chunk], bool]) -> bool:
        """Whether any passage ``states`` a fact of ``kind``, read once per index and kind (a question
        of that kind asked again costs a lookup, not a pass over the passages)."""
        if self._owner_wide is None:
            self._owner_wide = {}
        key = f"anywhere:{kind}"
        if key not in self._owner_wide:
            self._owner_wide[key] = any(states(c) for c in self._chunks)
        return self._owner_wide[key]

    def _described_studies(self, query: str) -> list[str]:
        """The text of the one education entry whose title shares the most words with the question
        ("her GPA in the PhD programme" -> the PhD), or [] when none or several share as many."""
        asked = set(analyze(query))
        titles = self._title_terms()
        education = self._postings.get(kind_term("education"))  # its passages in order: no pass over all
        shared = {d: len(asked & titles[d]) for d in (education[0] if education else ())}
        best = max(shared.values(), default=0)
        tops = [d for d, n in shared.items() if n == best]
        return [self._chunks[tops[0]].text] if best > 0 and len(tops) == 1 else []

    def _named_passages(self, query: str) -> list[str]:
        """The texts of the passages of the one entry the question names (``figures.named_entry``)."""
        return [c.text for c in self._named_chunks(query)]

    def _facts_of(self) -> Facts:
        """The index's facts (dates, popularity, quoted titles), read once, with its analysed titles."""
        if self._facts is None:
            self._facts = Facts(self._chunks, self._title_terms())
        return self._facts

    def _title_terms(self) -> Sequence[frozenset[str]]:
        """Each passage's analysed title, once per index: title matches on a question cost set
        lookups rather than a stemmer run over the titles (the latency tail at 10k passages)."""
        if self._titles is None:
            self._titles = [frozenset(analyze(c.title)) for c in self._chunks]
        return self._titles

    def _linked(self, hits: list[Hit], scored: _Scored, limit: int) -> list[Hit]:
        """``hits`` with the entries the best passage quotes by title placed right after it
        (``understand.Facts.quotes``): the second hop of a multi-hop question."""
        if not hits or hits[0].weak:
            return hits
        quoted = self._facts_of().quotes.get(self._by_id[hits[0].chunk.id], [])
        present = {h.chunk.id for h in hits}
        extra = [
            self._hit(d, hits[0].score, scored.term_weights)
            for d in quoted[:2]
            if self._chunks[d].id not in present
        ]
        if not extra:
            return hits
        return (hits[:1] + extra + hits[1:])[:limit]

    def _bridged(self, query: str, hits: list[Hit], scored: _Scored, limit: int) -> list[Hit]:
        """``hits`` with the entry of the kind the question picks among (``bridged``) that shares the
        rarest words with the best passage of another kind among them that shares any (the entry it
        describes: a skill, an award) placed right after that passage: the second hop of a multi-hop
        question. Only a word of that passage the question does not ask and few passages write bridges."""
        kinds = asked_entry_kinds(query)
        if not kinds:
            return hits
        asked = {g.terms[0][0] for g in scored.asked if g.terms}
        rare = max(2, len(self._chunks) // _BRIDGE_DF_SHARE)
        for at, first in enumerate(hits[:limit]):
            if first.chunk.kind in kinds:
                continue
            gain: dict[int, float] = {}
            for term in set(analyze(f"{first.chunk.title} {first.chunk.text}", parts=True)) - asked:
                docs = self._postings[term][0] if term in self._postings else ()
                if term.startswith(KIND_PREFIX) or len(docs) > rare:
                    continue
                for d in docs:
                    if self._chunks[d].kind in kinds:
                        gain[d] = gain.get(d, 0.0) + self._idf[term]
            if not gain:
                continue
            # the entry sharing most, read at its passage the question's own words find best (a
            # write-up's results, not its architecture), else at its head
            entry = self._entry_of()[max(gain, key=lambda d: (gain[d], scored.scores.get(d, 0.0), -d))]
            best = max(entry, key=lambda d: (scored.scores.get(d, 0.0), -d))
            if any(h.chunk.id == self._chunks[best].id for h in hits):
                return hits
            second = self._hit(best, first.score, scored.term_weights, weak=first.weak)
            return [*hits[: at + 1], second, *hits[at + 1 :]][:limit]
        return hits

    def _sectioned(self, hits: list[Hit], heads: tuple[str, ...], scored: _Scored, limit: int) -> list[Hit]:
        """``hits`` with the sections of the best passage's write-up that the question's form asks for
        ("why did she build it?": its "Why"; ``sections``) placed right after it, as strong as it."""
        if self._sections is None:
            self._sections = section_heads(self._chunks)
        at = 0
        wanted = sections_of(self._sections.get(hits[0].chunk.uri.partition("#")[0], ()), heads)
        if not wanted:
            # the best passage is no write-up with such a section ("what incident made her write
            # schemadrift?" first finds a post on incidents): the write-up most results belong to is
            page = described_page([h.chunk.uri for h in hits])
            if page is not None:
                at = next(i for i, h in enumerate(hits) if h.chunk.uri.partition("#")[0] == page)
                wanted = sections_of(self._sections.get(page, ()), heads)
        first = hits[at]
        extra = [
            self._hit(d, first.score, scored.term_weights)
            for d in wanted
            if self._chunks[d].id != first.chunk.id
        ]
        if not extra:
            return hits
        ids = {h.chunk.id for h in extra}
        rest = [h for h in hits if h.chunk.id not in ids and h is not first]
        return _fewest_repeats([*rest[:at], first, *extra, *rest[at:]], limit)

    def _promoted(self, query: str, hits: list[Hit], scored: _Scored, limit: int) -> list[Hit]:
        """``hits`` with the other roles at the employer of the first work passage among them placed
        right after it (``promotion``): a question about a promotion is answered by both roles."""
        anchor = next((i for i, h in enumerate(hits) if h.chunk.kind == "work"), None)
        if anchor is None:
            return hits
        if self._employers is None:
            self._employers = employers(self._chunks)
        name = employer_of(hits[anchor].chunk)
        present = {h.chunk.id for h in hits}
        first = hits[anchor]
        extra = [
            self._hit(d, first.score, scored.term_weights, weak=first.weak)
            for d in self._employers.get(name or "", ())
            if self._chunks[d].id not in present
        ][:2]
        if not extra:
            return hits
        return (hits[: anchor + 1] + extra + hits[anchor + 1 :])[:limit]

    def partial(self, query: str, limit: int = 5) -> list[Hit]:
        """The closest passages to a question nothing answers in full, when they are a strong
        partial match worth showing as such (each marked ``weak``), else ``[]``.

        Strong partial: the index knows every name and topic of the question as asked (an unknown
        one is what the portfolio does not say: "Kotlin", "salary"; only one phrasing word may be
        unknown), and the closest passage mentions the question's rarest known word — the one
        that says what it is about ("Java" of "did he ever learn Java?"). Why: a relevance floor
        tuned to keep unanswerable questions out must not drop a passage that holds the thing
        asked about."""
        query = self.respell(query)
        postings, idfs = self._postings, self._idf
        groups = [
            g
            for g in parse_query(query, postings.__contains__)
            if not g.terms[0][0].startswith(KIND_PREFIX) and g.word not in self._owner_terms
        ]
        known = [g.terms[0][0] for g in groups if g.terms[0][0] in postings]
        unknown = [g for g in groups if g.terms[0][0] not in postings]
        if (
            not known
            or len(unknown) > min(1, len(known))  # mostly words the portfolio does not use: a guess
            or any(g.unknown_weight > UNKNOWN_FILLER for g in unknown)
        ):
            return []
        rarest = max(known, key=lambda t: (idfs[t], t))
        hits = self.search(query, limit, weak=True)
        if self._attribute_unstated(query, [h.chunk for h in hits]):  # the entry is there, its fact is not
            return []
        if not hits or rarest not in analyze(f"{hits[0].chunk.title}\n{hits[0].chunk.text}"):
            return []
        return [replace(h, weak=True) for h in hits if rarest in analyze(f"{h.chunk.title}\n{h.chunk.text}")]

    def _client_answer(self, query: str, sup: Superlative) -> list[int] | None:
        """A dated superlative over clients ("her longest client engagement"), answered among the client
        work (``clients.client_entries``); None for another question or with fewer than two clients."""
        if "work" not in sup.kinds or sup.order not in _CLIENT_ORDERS or not asks_clients(query):
            return None
        clients = client_entries(self._chunks, self._owner_terms)
        if len(clients) < 2:
            return None
        return self._facts_of().ranked(clients, sup.order, 2) or None

    def _job_list(self, query: str, limit: int) -> list[int] | None:
        """The jobs, newest first, for a question asking for the list of them (``listing``)."""
        if not asks_job_list(query):
            return None
        date = self._facts_of().date
        if list_asks_clients(query):
            # "what clients has she had?": the client work, not her own practice or a lectureship
            clients = client_entries(self._chunks, self._owner_terms)
            return job_list(self._chunks, date, limit, clients) or None
        return job_list(self._chunks, date, limit) or None

    def _largest_saving(self, query: str) -> list[int] | None:
        """The passages stating the largest sums saved, for a question ranking them (``money``)."""
        if not asks_largest_saving(query):
            return None
        if self._savings is None:
            self._savings = largest_savings(self._chunks)
        return self._savings or None

    def _adjacent(self, query: str, *, doings_only: bool = False) -> list[int] | None:
        """The entries next to one the question describes ("after her PhD": ``adjacent.adjacent_entries``)."""
        if self._dated is None:
            facts = self._facts_of()
            self._dated = DatedEntries(self._chunks, facts.titles, facts.span)
        return adjacent_entries(self._dated, query, doings_only=doings_only)

    def _understood(self, query: str, scored: _Scored, hits: list[Hit], limit: int) -> list[Hit]:
        """Superlatives ("most popular project", "most recent job") and questions about named
        entries ("how long at Cobalt?", "before Tidewater?", "is shoal more popular than ebbflow?")
        answered from the facts passages state, placed first; comparisons ("Cobalt or Parcelbird")
        keep one passage per named thing in the results."""
        # "her previous employers": the list of them, not the one job before the current one
        sup = None if asks_job_list(query) else read_superlative(query)
        pitch = read_pitch(query) if sup is None else None
        entries: list[int] | None = None
        described: list[int] | None = None  # the sides of a comparison the question describes
        used: list[int] | None = None  # the entries that used the technology a question asks how long of
        period: list[int] | None = None  # the entries a period named by two years holds
        # the summary, for a question about the whole career: not one about an entry the question names
        career = self._career(query, scored) if sup is None and pitch is None else None
        if sup is None and pitch is None:
            entries = (
                at_the_time(self._facts_of(), query)
                or self._adjacent(query, doings_only=True)
                or resolve_named(self._facts_of(), query)
                or resolve_year(self._facts_of(), query)
                or (period := resolve_period(self._facts_of(), query))
                or self._adjacent(query)
                or self._job_list(query, limit)
                or self._largest_saving(query)
                or self._skill_extreme(query)
            )
            if not entries:
                entries = described = self._described_popular(query)
            if not entries:
                used = self._used_for(query, scored)
        if sup is not None and sup.order in ("oldest", "newest", "previous") and "work" in sup.kinds:
            # "the first job she had after freelancing", "her last role before the bootcamp": the first
            # (last) ranks the entries next to the one described, not the whole career
            entries = self._adjacent(query) or of_ranked_job(self._facts_of(), query, sup) or None
        rated = self._best_rated(query, limit) or self._biggest_speedup(query, limit)
        if sup is not None or pitch is not None or entries or rated:
            facts = self._facts_of()
            answer = (
                rated
                or entries
                or (self._client_answer(query, sup) if sup is not None else None)
                or (facts.answer(sup, limit) if sup is not None else facts.pitch(str(pitch)))
            )
            if answer:
                # a thing the question names that no passage mentions ("based in Sydney?", "her
                # longest job at Google?") is what it asks about: the facts read answer another question
                # a topic the portfolio never names asked of the entry the facts pick ("how much notice
                # must he give his current employer?") is not answered by picking it
                unsure = (
                    (scored.absent_thing and not scored.present_name)
                    or scored.absent_instance
                    or (pitch is None and not scored.strong and scored.absent_weight >= UNKNOWN_TOPIC)
                )
                first = [self._hit(d, 1.0, scored.term_weights, weak=unsure) for d in answer]
                ids = {h.chunk.id for h in first}
                hits = (first + [h for h in hits if h.chunk.id not in ids])[:limit]
        if used:
            hits = self._after_best(hits, used, scored, limit)
        if career and hits and read_career(query) == "before":
            # "how'd she end up in tech?": the summary and the oldest role tell the change and lead; the
            # passage sharing the most words with it ("a health-tech client") says nothing of it
            lead = [self._hit(d, hits[0].score, scored.term_weights, weak=hits[0].weak) for d in career]
            ids = {h.chunk.id for h in lead}
            hits = _fewest_repeats([*lead, *(h for h in hits if h.chunk.id not in ids)], limit)
        elif career:
            hits = _fewest_repeats(self._after_best(hits, career, scored, limit + len(career)), limit)
            led = self._led(query)
            if led:
                hits = _fewest_repeats(self._after_top(hits, led, scored, limit + len(led)), limit)
        # the roles a period named by its years held answer what she did then; a break in it is asked apart
        filled = None if period else self._gap_filled(query)
        if filled:
            hits = _fewest_repeats(self._after_best(hits, filled, scored, limit + len(filled)), limit)
        spoken = self._spoken(query)
        if spoken:
            hits = _fewest_repeats(self._after_best(hits, spoken, scored, limit + len(spoken)), limit)
        # "what did she do between Pécule and Navette?": the entries in between answer, no side compared
        spanned = bool(entries) and asks_between(query)
        if _COMPARISON.search(query) and hits and not described and not spanned:
            # the things compared: names, and the technologies a question writes in lower case
            # ("stronger on ios or android?": a platform's name, however it is written)
            # the ideas ``_lexical`` read from this question: a parse without the language's words
            # (``parse_query``'s ``common``) differs only in words no passage has, which are not kept
            named = [
                g.word
                for g in scored.asked
                if (g.name or is_category_term(g.word) or g.word in _technology_terms())
                and g.word in self._postings
            ]
            # "the payments company or the freight marketplace?": sides that describe résumé entries by
            # what they are, not by a name or a technology alone ("Rust or Go?"), find those entries
            titled = {g.word for g in scored.asked if g.name or g.word in _technology_terms()}
            sides = self._described_sides(query, titled)
            if sides:
                ids = {self._chunks[d].id for d in sides}
                lead = [self._hit(d, hits[0].score, scored.term_weights, weak=hits[0].weak) for d in sides]
                hits = (lead + [h for h in hits if h.chunk.id not in ids])[:limit]
            elif len(named) >= 2:
                proficiency = bool(_PROFICIENCY.search(query))
                present = {h.chunk.id for h in hits}
                extra: list[Hit] = []
                for term in named:
                    d = self._compared_passage(term, proficiency)
                    if self._chunks[d].id not in present:
                        extra.append(self._hit(d, hits[0].score, scored.term_weights, weak=hits[0].weak))
                        present.add(self._chunks[d].id)
                if extra:
                    keep = max(0, min(len(hits), limit - len(extra)))
                    hits = (extra + hits[:keep])[:limit]
        return hits

    def _described_sides(self, query: str, titled: set[str]) -> list[int]:
        """The two résumé entries a comparison describes by what they are ("which saved more, the bank
        or the search company?", ``alternatives.described_side``), in the question's order; [] unless
        each side finds its own entry, or when a side is only names or technologies (``titled``: "Rust
        or Go?", "Kestrel or Parcelbird?" are compared by what names them)."""
        sides = compared(query)
        if sides is None or not all(determined(query, side) for side in sides):
            return []
        words = [analyze(side) for side in sides]
        if any(not set(w) - titled for w in words):
            return []
        if self._described is None:
            self._described = {}
        found = [described_side(w, self._entries_saying(w)) for w in words]
        if found[0] is None or found[1] is None or found[0] == found[1]:
            return []
        return [found[0], found[1]]

    def _entries_saying(self, terms: Sequence[str]) -> list[DescribedEntry]:
        """The résumé entries (``_DESCRIBED_KINDS``) whose passages say any of ``terms``, each with the
        terms of its own lines and of its whole text (read once per passage): found by the terms'
        posting lists, not by a pass over every passage."""
        assert self._described is not None
        docs = sorted({d for t in terms if t in self._postings for d in self._postings[t][0]})
        out: list[DescribedEntry] = []
        for d in docs:
            c = self._chunks[d]
            if c.kind not in _DESCRIBED_KINDS:
                continue
            if d not in self._described:
                self._described[d] = (
                    d,
                    frozenset(analyze(f"{c.title}\n{entry_header(c.text)}")),
                    frozenset(analyze(c.text)),
                )
            out.append(self._described[d])
        return out

    def _compared_passage(self, term: str, proficiency: bool) -> int:
        """The passage about one thing a comparison names (``term``, in the index): a skill stating its
        level when the question asks how well ("better at Rust or TypeScript?"), else an entry whose title
        names it (a job, a project), else any passage whose title does, else the one mentioning it most
        (ties: the first passage).

        Read from the passages whose title names the term and from the skills, each found in the term's
        posting list by bisection, not by a pass over the whole list: a common word's list holds thousands of
        passages on a large index (~0.35 ms of a "frontend or backend?" question at 10k passages)."""
        docs, impacts = self._postings[term]
        kinds = self._kinds  # each passage's kind, without reading its passage (cache misses at 100k)
        titled = _positions(docs, self._title_docs().get(term, ()))
        entries = [i for i in titled if kinds[docs[i]] in _ENTRY_KINDS]
        skills = self._postings.get(kind_term("skill")) if proficiency else None
        levels = _positions(docs, skills[0]) if skills else []
        pool = levels or entries or titled or range(len(docs))
        # the first of the best: positions ascend with the passages, so ties go to the first passage
        return docs[max(pool, key=impacts.__getitem__)]

    def _title_docs(self) -> dict[str, list[int]]:
        """Each title word's passages in order (``_title_terms`` inverted), built once per index."""
        if self._title_index is None:
            index: dict[str, list[int]] = {}
            for d, terms in enumerate(self._title_terms()):
                for term in terms:
                    index.setdefault(term, []).append(d)
            self._title_index = index
        return self._title_index

    def _after_best(self, hits: list[Hit], entries: list[int], scored: _Scored, limit: int) -> list[Hit]:
        """``hits`` with ``entries`` placed right after the best of them (the passage saying it most in
        so many words, a summary's "ten years of Go", stays first), as strong as it."""
        if not hits:
            return [self._hit(d, 1.0, scored.term_weights, weak=not scored.strong) for d in entries][:limit]
        ids = {h.chunk.id for h in hits[:1]}
        extra = [self._hit(d, hits[0].score, scored.term_weights, weak=hits[0].weak) for d in entries]
        extra = [h for h in extra if h.chunk.id not in ids]
        shown = {h.chunk.id for h in extra}
        return (hits[:1] + extra + [h for h in hits[1:] if h.chunk.id not in shown])[:limit]

    def _gap_filled(self, query: str) -> list[int] | None:
        """For what the owner did in a break between jobs (``gaps.asks_gap``): the dated courses,
        volunteering and projects that fill it (``gaps.gap_fillers``), then the summary; None for any
        other question, or when no dated entry falls in a break."""
        if not asks_gap(query):
            return None
        spans = self._facts_of().span
        top = {d: span for d, span in spans.items() if "#" not in self._chunks[d].id.split("/", 1)[-1]}
        roles = [span for d, span in top.items() if self._chunks[d].kind == "work"]
        entries = {d: span for d, span in top.items() if self._chunks[d].kind in _GAP_KINDS}
        found = gap_fillers(query, roles, entries, _GAP_ENTRIES)
        # the summary tells a career's turns in words ("switched to software after a bootcamp")
        basics = self._by_id.get("profile#basics")
        return [*found, basics] if found and basics is not None else found or None

    def _after_top(self, hits: list[Hit], entries: list[int], scored: _Scored, limit: int) -> list[Hit]:
        """``hits`` with ``entries`` placed after its first ``_KEEP_TOP`` (the question's own best
        passages and the summary stay above them), as strong as the first."""
        if not hits:
            return self._after_best(hits, entries, scored, limit)
        ids = {h.chunk.id for h in hits[:_KEEP_TOP]}
        extra = [self._hit(d, hits[0].score, scored.term_weights, weak=hits[0].weak) for d in entries]
        extra = [h for h in extra if h.chunk.id not in ids]
        shown = {h.chunk.id for h in extra}
        rest = [h for h in hits[_KEEP_TOP:] if h.chunk.id not in shown]
        # what the owner wrote in their own voice (an answer, a post) outranks a role they did not name
        own = [h for h in rest if h.chunk.kind in _OWN_VOICE and not h.chunk.id.startswith("profile#")]
        return (hits[:_KEEP_TOP] + own + extra + [h for h in rest if h not in own])[:limit]

    def _spoken(self, query: str) -> list[int] | None:
        """For a question naming a spoken language the portfolio grades ("could she run meetings in
        Spanish?"): the passage listing the owner's languages and their levels; None otherwise.

        Why: such a question is about how well the owner speaks it, whatever else it says (clinics in
        Madrid, meetings), and the one passage stating the level shares only that word with it."""
        names = spoken_languages()
        asked = [normalize_token(t) for t in tokenize(query) if t in names]
        asked = [t for t in asked if t in self._postings]
        if not asked:
            return None
        if self._language_passages is None:
            self._language_passages = [d for d, c in enumerate(self._chunks) if c.kind == "language"]
        found = [d for d in self._language_passages if any(self._mentions(d, t) for t in asked)]
        return found[:1] or None

    def _skill_extreme(self, query: str) -> list[int] | None:
        """For "what's her strongest skill?" / "what is he weakest at?" (``skill_levels.read_extreme``): the
        skill passages at the highest (lowest) level the résumé states, at most ``_EXTREME_SKILLS``."""
        which = read_extreme(query)
        if which is None:
            return None
        if self._graded is None:
            self._graded = graded_skills(self._chunks)
        return extreme_skills(self._graded, which, _EXTREME_SKILLS) or None

    def _career(self, query: str, scored: _Scored) -> list[int] | None:
        """For a question about the career as a whole (``career.read_career``): the summary, and for
        what came before the current line of work the oldest role too; None for any other question,
        and for one that names something, present ("how long did she work at Cobalt?" is about that
        entry, which the question's words find) or absent ("how long did she work at apple?" is about
        what the portfolio does not say)."""
        ask = read_career(query)
        basics = self._by_id.get("profile#basics")
        if ask is None or basics is None or scored.present_name:
            return None
        # a résumé that never says "manage" or "people" still answers whether the owner manages people
        # ("my one-person consultancy"); a thing asked of it that it never names is another question
        if scored.absent_thing if ask == "people" else self._absent_beyond_career(scored) >= UNKNOWN_TOPIC:
            return None
        named = self._facts_of().named
        if any(token in named for token in tokenize(query)):
            return None
        if ask == "before":
            oldest = self._facts_of().answer(Superlative(frozenset({"work"}), "oldest"), 1)
            return [basics, *oldest[:1]]
        return [basics]

    def _absent_beyond_career(self, scored: _Scored) -> float:
        """``scored.absent_weight`` without the words that name the career itself (``CAREER_WORDS``):
        "why did she switch careers?" asks about the career the summary tells, though it never says
        "career"."""
        if scored.absent_weight < UNKNOWN_TOPIC:
            return scored.absent_weight
        return max(
            (
                g.unknown_weight
                for g in scored.asked
                if g.terms[0][0] not in self._postings and g.word not in _CAREER_TERMS
            ),
            default=0.0,
        )

    def _led(self, query: str) -> list[int] | None:
        """For whether the owner has managed people (``career.read_career``, asked once the summary was
        brought): the roles that say whom the owner led (``people.people_entries``: a team led in an
        earlier career counts, as does a one-person practice), at most ``_PEOPLE_ENTRIES``."""
        if read_career(query) != "people":
            return None
        if self._leading is None:
            self._leading = [d for d, _ in people_entries(self._chunks)]
        return self._leading[:_PEOPLE_ENTRIES] or None

    def _used_for(self, query: str, scored: _Scored) -> list[int] | None:
        """For how long the owner has used a technology ("how many years of Django?", "how long has he
        done Rust?"): the dated work, volunteering and project entries that name it, best ranked first
        (at most ``_USED_FOR_ENTRIES``, placed after the best passage); None when the question names no technology or asks how long
        about something else (a named entry is resolved before this).

        Why: the years are the sum of the entries that used it, and the passages that rank best for
        the word are the skill line and the one entry saying it most, not the several jobs that did."""
        rest = asks_duration(query)
        if rest is None:
            return None
        things = [t for t in dict.fromkeys(analyze(rest)) if t in self._postings and is_category_term(t)]
        if not things:
            return None
        spans = self._facts_of().span
        rarest = min(things, key=lambda t: (len(self._postings[t][0]), t))
        # a job naming a specific member of a broad word ("moved 140 services to Amazon EKS") used it
        # too: the years of Kubernetes count it
        naming = {t: [m for m in (t, *sorted(category_members(t))) if m in self._postings] for t in things}
        pool = sorted({d for m in naming[rarest] for d in self._postings[m][0]})
        entries = [
            d
            for d in pool
            if d in spans
            and self._chunks[d].kind in _USED_FOR_KINDS
            and "#" not in self._chunks[d].id.split("/", 1)[-1]
            and all(any(self._mentions(d, m) for m in naming[t]) for t in things)
        ]
        entries.sort(key=lambda d: (-scored.scores.get(d, 0.0), d))
        # a passage saying the years in so many words ("nine years building React apps") answers too,
        # shown after the entries the years are counted from (what the offline answerer adds up)
        said = [
            d
            for d in self._postings[rarest][0][:_YEARS_SAID_SCAN]
            if self._chunks[d].kind not in _USED_FOR_KINDS and years_said(self._chunks[d].text, rarest)
        ]
        shown = entries[:_USED_FOR_ENTRIES]
        # the years run from the first entry that used it: the earliest is always shown, among the
        # entries saying all the shown ones say of it ("React" alone is not "React Native")
        words = {t: naming.get(t, [t]) for t in dict.fromkeys(analyze(rest)) if t in self._postings}
        core = [w for w in words.values() if all(any(self._mentions(d, m) for m in w) for d in shown)]
        said_all = [d for d in entries if all(any(self._mentions(d, m) for m in w) for w in core)]
        first = min(said_all, key=lambda d: (spans[d][0], d), default=None)
        if first is not None and first not in shown:
            shown[-1] = first
        found = shown + said[:1]
        return found or None

    def _described_popular(self, query: str) -> list[int] | None:
        """For a popularity comparison of projects the question describes rather than names ("more
        starred, the trace viewer or the Rust log library?", ``alternatives.compared``): each side's
        project, found by a search of the side's words alone, as its passage stating its popularity
        figure, the more popular first; None unless both sides find distinct projects."""
        if not MORE_POPULAR.search(query):
            return None
        sides = compared(query, MORE_POPULAR)
        if sides is None:
            return None
        popularity = self._facts_of().popularity
        entries: dict[str, int] = {}
        for side in sides:
            d = self._project_of(side)
            if d is None:
                return None
            entries.setdefault(_entry_key(self._chunks[d].uri), d)
        if len(entries) < 2:
            return None
        ranked = sorted(entries, key=lambda key: (-popularity.get(key, (0.0, 0))[0], key))
        return [popularity[key][1] if key in popularity else entries[key] for key in ranked]

    def _project_of(self, words: str) -> int | None:
        """The project a few words describe ("the k8s autoscaler"): the best-ranked project passage that
        addresses the floor's share of them, one whose pages count its stars or downloads first (a résumé's
        project line and the project's own pages describe the same thing); None if none does."""
        scored = self._lexical(words)
        if scored.total <= 0.0:
            return None
        settled = self._settle(scored, _DESCRIBED_POOL)
        popularity = self._facts_of().popularity
        found = [
            d
            for d, _ in self._best_of(scored.scores, settled, _DESCRIBED_POOL)
            if self._chunks[d].kind in ("project", "resume_project")
            and sum(self._credits(d, scored)) >= self._floor * scored.total
        ]
        counted = (d for d in found if popularity.get(_entry_key(self._chunks[d].uri), (0.0, 0))[0] >= 1.0)
        return next(counted, found[0] if found else None)

    @staticmethod
    def _relevance(score: float, scored: _Scored) -> float:
        """A ranking score as relevance in 0..1: relative to the question's worth (and to
        the intent boost it could earn)."""
        best = scored.total * (1.0 + _INTENT_BOOST if scored.intents else 1.0) * (_COVERAGE_BASE + 1.0)
        return min(1.0, score / best) if best > 0.0 else 0.0

    def embed_question(self, query: str) -> Any:
        """The question's unit vector (float32), by the index's embedder."""
        import numpy as np

        assert self._embedder is not None
        embed_array = getattr(self._embedder, "embed_array", None)
        raw = embed_array([query])[0] if embed_array is not None else self._embedder.embed([query])[0]
        v = np.asarray(raw, dtype=np.float32)
        n = float(np.linalg.norm(v))
        return v / n if n > 0 else v

    def _fused(self, query: str, scored: _Scored, limit: int, *, weak: bool) -> list[Hit]:
        """Lexical relevance fused with cosine similarity.

        When the lexical stage finds the question answered, candidates are its passages plus the
        passages most similar in meaning (cosine >= the dense floor); each scores a weighted sum
        of lexical share and similarity, and the ``_DENSE_FILL`` most similar are kept in the
        results (what lexical ranking misses, a paraphrase, still shows). When it does not, only
        passages very similar in meaning (>= the strong floor) answer; with ``weak`` the closest
        lexical and dense passages come back marked weak."""

        assert self._dense is not None
        # The lexical stage's best 20 are the lexical candidates: ranking 50 (as before) cost ~2 ms per
        # question at 10k passages and changed no result on any question set (bench/RESULTS.md tables).
        pool = max(4 * limit, 20)
        ranked = self._ranked(scored, pool, pool, weak=True) if scored.total > 0.0 else []
        strong = scored.strong
        lexical = dict(ranked)
        k = min(len(self._dense), max(2 * limit, 10))
        dense, sim = self._similar(self.embed_question(query), k)
        floor = getattr(self._embedder, "dense_floor", self._dense_floor)  # each model's own scale
        strong_floor = getattr(self._embedder, "strong_floor", floor)
        # a name or a degree the portfolio never mentions ("Flink", "a PhD") is what the question asks
        # about: a passage merely close in meaning does not answer it
        # unless it also names one the portfolio has ("Kafka or Flink?"): that one may be answered
        rescue = (not scored.absent_thing or scored.present_name) and not scored.absent_instance
        if not strong and (not rescue or not any(c >= strong_floor for _, c in dense)):
            if not weak:
                return []
            return self._weak_fused(ranked[:limit], dense[:limit], floor, scored, limit)
        candidates = dict.fromkeys(lexical) if strong else {}
        for d, c in dense:
            if c >= (floor if strong else strong_floor):
                candidates[d] = None
        scores: dict[int, float] = {}
        for d in candidates:
            lex_share = self._relevance(lexical.get(d, 0.0), scored) if strong else 0.0
            scores[d] = (1.0 - _DENSE_WEIGHT) * lex_share + _DENSE_WEIGHT * max(0.0, sim(d))
        # Kept whatever the weighted sum says: the lexical stage's best (its exact matches) and the
        # passages most similar in meaning (paraphrases it misses); the rest by the weighted sum.
        keep: list[int] = []
        if strong:
            keep += [d for d, _ in ranked[: max(0, limit - _DENSE_FILL)]]
        keep += [d for d, c in dense[:_DENSE_FILL] if d in scores and d not in keep]
        for d, _ in _top(scores, limit):
            if len(keep) >= limit:
                break
            if d not in keep:
                keep.append(d)
        order = sorted(keep[:limit], key=lambda d: (-scores[d], d))
        if strong:
            protected = {d for d, _ in ranked[:1]} | {d for d, _ in dense[:_DENSE_FILL]}
            chosen = self._keep_decisive(order[:limit], ranked, protected, scored.decisive)
            order = sorted(chosen, key=lambda d: (-scores[d], d))
        return [self._hit(d, round(scores[d], 6), scored.term_weights) for d in order[:limit]]

    def _weak_fused(
        self,
        ranked: list[tuple[int, float]],
        dense: list[tuple[int, float]],
        floor: float,
        scored: _Scored,
        limit: int,
    ) -> list[Hit]:
        """The closest passages to a question nothing answers, marked weak: the lexical candidates and
        the dense ones at or above ``floor`` by the better of their lexical relevance and cosine, the
        lexical stage's best kept whatever its score; slots left over go to the dense passages below
        the floor (``closest.leftover``).

        Why keep it: a lexical relevance (a share of the question's worth) and a cosine are on
        different scales, and the dense list's usual 0.3-0.4 pushed out the one passage with the
        question's rarest word ("hand-editing production databases" -> the drift incidents
        schemadrift caught), as the strong path already keeps its lexical best."""
        fused = {d: self._relevance(s, scored) for d, s in ranked}
        for d, c in dense:
            if c >= floor:
                fused[d] = max(fused.get(d, 0.0), c)
        keep = [d for d, _ in ranked[:_WEAK_LEXICAL_KEEP]]
        keep += [d for d, _ in _top(fused, limit) if d not in keep]
        best = sorted(keep[:limit], key=lambda d: (-fused[d], d))
        hits = [self._hit(d, fused[d], scored.term_weights, weak=True) for d in best]
        return hits + [
            self._hit(d, c, scored.term_weights, weak=True) for d, c in leftover(best, dense, floor, limit)
        ]

    def _similar(self, q: Any, k: int) -> tuple[list[tuple[int, float]], Callable[[int], float]]:
        """The ``k`` passages most similar to the unit vector ``q`` as ``(passage, cosine)``, best
        first (ties by position), and the cosine of any passage. A large index estimates first on
        its principal directions and scores exactly only the best ``_COARSE_POOL`` (``_DENSE_COARSE_MIN``)."""
        import numpy as np

        dense = self._dense
        window_rows = self._window_rows
        if self._coarse is None:
            sims = dense @ q
            if self._window_groups is not None:
                owners, starts = self._window_groups
                sims[owners] = np.maximum(sims[owners], np.maximum.reduceat(self._windows @ q, starts))
            top = np.argpartition(-sims, k - 1)[:k] if k < len(sims) else np.arange(len(sims))

            def exact(d: int) -> float:
                return float(sims[d])

        else:
            basis, projected = self._coarse
            estimate = projected @ (q @ basis)
            size = min(len(estimate), max(_COARSE_POOL, 4 * k))
            pool = np.argpartition(-estimate, size - 1)[:size] if size < len(estimate) else np.arange(size)
            sims = dense[pool] @ q
            ids = pool.tolist()
            if window_rows:
                # only the pooled passages that have windows are visited (a pass over the whole pool was
                # ~30 us a question at 10k passages, where few have any)
                for i in np.flatnonzero(self._windowed[pool]).tolist():
                    sims[i] = max(sims[i], np.max(self._windows[window_rows[ids[i]]] @ q))
            scored = dict(zip(ids, sims.tolist(), strict=True))
            # best first, ties by position: one sort in numpy (float32 orders as its float64 values do),
            # not a Python sort with a key per pooled passage (~60 us a question at 10k passages)
            top = pool[np.lexsort((pool, -sims))[:k]]

            def exact(d: int) -> float:
                c = scored.get(d)
                if c is None:
                    c = float(dense[d] @ q)
                    rows = window_rows.get(d)
                    if rows is not None:
                        c = max(c, float(np.max(self._windows[rows] @ q)))
                    scored[d] = c
                return c

        ranked = sorted(((int(d), exact(int(d))) for d in top), key=lambda item: (-item[1], item[0]))
        return ranked, exact

    def _hit(self, d: int, score: float, term_weights: dict[str, float], *, weak: bool = False) -> Hit:
        chunk = self._chunks[d]
        return Hit(chunk=chunk, score=round(score, 6), snippet=snippet(chunk.text, term_weights), weak=weak)


@lru_cache(maxsize=1)
def _technology_terms() -> frozenset[str]:
    """The index terms of the well-known technology names (``tech_names``)."""
    return frozenset(normalize_token(t) for t in TECHNOLOGY_NAMES)


def _positions(docs: array[int], passages: Sequence[int]) -> list[int]:
    """Where each of ``passages`` (ascending) sits in the posting list ``docs``, for those it holds.
    Why: one bisection each, from where the last one stopped (the list's own order), where finding
    the position and checking the passage is there took two."""
    out: list[int] = []
    i, end = 0, len(docs)
    for d in passages:
        i = bisect_left(docs, d, i)
        if i < end and docs[i] == d:
            out.append(i)
    return out


def _entry_key(uri: str) -> str:
    """``portfolio://projects/x#why`` -> ``portfolio://projects/x``: a project's or a post's sections
    are one entry; every other passage is its own."""
    head = uri.partition("#")[0]
    return head if head.startswith(("portfolio://projects/", "portfolio://posts/")) else uri


def _fewest_repeats(hits: list[Hit], limit: int) -> list[Hit]:
    """``hits`` cut to ``limit`` by dropping, from the end, the passages whose entry an earlier hit already
    shows (a post's or a project's other section) before any other: a passage added to the results
    displaces the one saying least that the rest do not."""
    extra = len(hits) - limit
    if extra <= 0:
        return hits
    seen: set[str] = set()
    repeats: list[int] = []
    for i, h in enumerate(hits):
        key = _entry_key(h.chunk.uri)
        if key in seen:
            repeats.append(i)
        seen.add(key)
    drop = set(repeats[::-1][:extra])
    return [h for i, h in enumerate(hits) if i not in drop][:limit]


def _is_name_group(group: tuple[float, tuple[tuple[str, float], ...]]) -> bool:
    """A question idea that names one thing (its own word, no related words or kinds)."""
    _, terms = group
    return len(terms) == 1 and terms[0][1] == 1.0 and not terms[0][0].startswith(KIND_PREFIX)


class _Scored:
    """One question against the index: accumulated score per passage, the question's total
    worth, each idea some passage mentions as (its worth, its (term, weight) pairs), term weights
    for snippets."""

    __slots__ = (
        "absent_instance",
        "absent_thing",
        "absent_weight",
        "asked",
        "decisive",
        "deferred",
        "groups",
        "intents",
        "owner_groups",
        "present_name",
        "scores",
        "strong",
        "term_weights",
        "total",
    )

    def __init__(self) -> None:
        self.deferred: list[tuple[float, Scores, list[tuple[str, float]]]] = []
        self.intents: set[str] = set()
        self.scores: Scores = {}
        self.total = 0.0
        self.groups: list[tuple[float, tuple[tuple[str, float], ...]]] = []
        self.term_weights: dict[str, float] = {}
        self.strong = False  # the best passages address enough of the question to answer it
        self.owner_groups: set[int] = set()  # ideas that are only the owner's name
        self.absent_instance = False  # the question names a degree level no passage mentions
        self.absent_weight = 0.0  # the heaviest idea of the question no passage mentions (0: none)
        self.absent_thing = False  # the question names a thing no passage mentions (see _fused)
        self.present_name = False  # the question names something the portfolio mentions
        self.asked: tuple[QueryGroup, ...] = ()
        """The question's ideas as ``parse_query`` read them, before any is dropped or corrected."""
        self.decisive: str | None = None
        """The question's decisive word: one of its words as asked, used by one or two passages and
        markedly rarer than its others ("adtech" of "would she work for an adtech company"), whose
        passage the answer keeps (``SearchIndex._keep_decisive``)."""

    def coverage(self, credits: list[float]) -> float:
        """The share of the question's worth a passage's ``credits`` address, the owner's name aside."""
        owner = self.owner_groups
        worth = self.total - sum(self.groups[i][0] for i in owner)
        got = sum(c for i, c in enumerate(credits) if i not in owner)
        return got / worth if worth > 0.0 else 0.0


def _as_matrix(vectors: Any) -> Any:
    """Unit passage vectors as one float32 matrix: one product scores every passage."""
    import numpy as np  # deferred: an index without a dense stage never loads numpy

    m = np.asarray(vectors, dtype=np.float32)
    if m.ndim != 2:
        m = m.reshape(len(vectors), -1)
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.maximum(norms, 1e-12)


def _coarse_projection(dense: Any) -> tuple[Any, Any]:
    """``(basis, dense @ basis)``: the ``_COARSE_DIMS`` directions that carry most of the passage
    vectors' energy (eigenvectors of their second moment, from a deterministic sample), and every
    passage projected on them. A dot product on them estimates the cosine; the rest of it is small."""
    import numpy as np

    sample = dense[:: max(1, len(dense) // _COARSE_SAMPLE)].astype(np.float64)
    values, vectors = np.linalg.eigh(sample.T @ sample)
    dims = min(_COARSE_DIMS, dense.shape[1])
    basis = np.ascontiguousarray(vectors[:, np.argsort(values)[::-1][:dims]], dtype=np.float32)
    return basis, np.ascontiguousarray(dense @ basis)


def _best_spans(text: str, length: int, title: str = "") -> dict[str, tuple[int, int]]:
    """For each term of a text of several spans (lines, sentences), ``(tf, length)`` of the span
    that names it most densely (most mentions per analysed word); ``{}`` for a single span. A line
    repeating ``title`` is not a span.

    Why: BM25 normalises a term's frequency by its passage's length, so a long work entry whose one
    highlight says "Kubernetes (EKS)" ranked below every short passage mentioning the word once;
    read by that highlight, it counts as what it is, a focused statement of the term."""
    # a line repeating the title (a section's heading) is the title field's to score
    parts = [p for p in _SPAN_RE.split(text) if p.strip() and p.strip() != title]
    if len(parts) < 2:
        return {}
    best: dict[str, tuple[int, int]] = {}
    for part in parts:
        terms = analyze(part)
        size = len(terms)
        if not size or size >= length:
            continue
        for term, tf in Counter(terms).items():
            old = best.get(term)
            if old is None or tf * old[1] > old[0] * size:
                best[term] = (tf, size)
    return best


def _idf(n: int, df: int) -> float:
    return math.log(1.0 + (n - df + 0.5) / (df + 0.5))


def _add_postings(acc: Scores, docs: array[int], impacts: array[float], w: float) -> None:
    """``acc[d] += impact * w`` along a posting list (in bulk when ``acc`` holds arrays)."""
    if not isinstance(acc, dict):
        acc.add(docs, impacts, w)
        return
    get = acc.get
    if w == 1.0:
        for d, sc in zip(docs, impacts, strict=True):
            acc[d] = get(d, 0.0) + sc
    else:
        for d, sc in zip(docs, impacts, strict=True):
            acc[d] = get(d, 0.0) + sc * w


def _add_capped(acc: Scores, local: Scores, cap: float) -> None:
    """``acc[d] += min(local[d], cap)`` for every passage of ``local`` (one idea's capped share)."""
    if not isinstance(acc, dict) and not isinstance(local, dict):
        acc.add_capped(local, cap)
        return
    get = acc.get
    for d, sc in local.items():
        acc[d] = get(d, 0.0) + (sc if sc < cap else cap)


# a word of a question's part that points back to an earlier part ("there", "it", "that one")
_POINTS_BACK = re.compile(r"\b(?:there|it|its|that|this|they|them|those|these|then)\b", re.IGNORECASE)
_PART_POOL = 20
# a word bridges two entries when at most one passage in this many writes it (and two always may)
_BRIDGE_DF_SHARE = 8
_PART_SHOWN = 3  # a part one of whose best passages the results show is answered there
"""The lexical candidates a part of a question (or a question as asked) is judged answered from."""


def _top(scores: Scores, k: int) -> list[tuple[int, float]]:
    """The ``k`` best (doc, score) pairs, ties broken by doc number (= chunk id order)."""
    if not isinstance(scores, dict):
        return scores.top(k)
    if not scores:
        return []
    if len(scores) <= k:
        return sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    best = heapq.nlargest(k, scores.values())
    cutoff = best[-1]
    tied = [(d, s) for d, s in scores.items() if s >= cutoff]
    tied.sort(key=lambda item: (-item[1], item[0]))
    return tied[:k]


@lru_cache(maxsize=512)  # ~13 kB each on the example portfolio: a few MB
def _marks(text: str) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    """``text`` with whitespace collapsed, and each of its words as ``(start, end, index term)``.
    Why cached: a snippet is cut for every hit of every question, and normalizing a passage's words
    (stemming) was most of its cost; the passages that answer recur from question to question."""
    flat = _WS_RE.sub(" ", text).strip()
    return flat, tuple((start, end, normalize_token(tok)) for tok, start, end in token_spans(flat))


def snippet(text: str, term_weights: dict[str, float], width: int = SNIPPET_CHARS) -> str:
    """The ~``width``-character window of ``text`` holding the most (idf-weighted, distinct)
    matched words, cut at word boundaries, whitespace collapsed."""
    flat, marks = _marks(text)
    if len(flat) <= width:
        return flat
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
