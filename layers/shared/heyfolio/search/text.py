"""Text analysis for grounded search: tokens, stop words, stems, aliases and question intents.

Index and query go through the same normalisation so that "K8s", "kubernetes" and
"Kubernetes" meet on one term, and "studied" meets "study". The domain tables here
are generic to résumés and portfolios (never tuned to one owner): aliases that are
true synonyms are folded into one term on both sides; looser relations ("salary" ~
"compensation") only expand the query, with a lower weight; and question cues
("where did she study") point at the kinds of chunk that answer them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import snowballstemmer

__all__ = [
    "FAQ_TOPIC_TERMS",
    "KIND_PREFIX",
    "STOP_WORDS",
    "QueryGroup",
    "analyze",
    "fold",
    "kind_term",
    "normalize_token",
    "parse_query",
    "stem",
    "token_spans",
    "tokenize",
]

# A token is a run of letters/digits; dots join runs ("node.js", "4.0"), and trailing
# "+"/"#" stay attached ("c++", "c#"). Hyphens, slashes and apostrophes split.
_TOKEN_RE = re.compile(r"[^\W_](?:[^\W_]|\.(?=[^\W_]))*[+#]*")

KIND_PREFIX = "kind:"  # the tokenizer never produces ":", so these cannot collide with words


def kind_term(kind: str) -> str:
    """The pseudo-term every chunk of ``kind`` carries, which question intents point at."""
    return KIND_PREFIX + kind


def fold(token: str) -> str:
    """Lower-case and strip accents ("Résumé" -> "resume") so spelling variants meet."""
    token = token.casefold()
    if token.isascii():
        return token
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokenize(text: str) -> list[str]:
    """Folded raw tokens, stop words included (phrases like "right to work" need them)."""
    return [fold(m) for m in _TOKEN_RE.findall(text)]


def token_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """Folded tokens with their character offsets in ``text`` (for snippets)."""
    for m in _TOKEN_RE.finditer(text):
        yield fold(m.group()), m.start(), m.end()


STOP_WORDS: frozenset[str] = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "anything",
        "are",
        "aren",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "cannot",
        "could",
        "couldn",
        "d",
        "did",
        "didn",
        "do",
        "does",
        "doesn",
        "doing",
        "don",
        "down",
        "during",
        "each",
        "either",
        "else",
        "ever",
        "every",
        "few",
        "for",
        "from",
        "further",
        "get",
        "gets",
        "got",
        "had",
        "hadn",
        "has",
        "hasn",
        "have",
        "haven",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "isn",
        "it",
        "its",
        "itself",
        "just",
        "ll",
        "m",
        "may",
        "me",
        "might",
        "mine",
        "more",
        "most",
        "much",
        "must",
        "mustn",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "please",
        "re",
        "s",
        "same",
        "shall",
        "she",
        "should",
        "shouldn",
        "so",
        "some",
        "something",
        "such",
        "t",
        "tell",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "upon",
        "us",
        "ve",
        "very",
        "was",
        "wasn",
        "we",
        "were",
        "weren",
        "what",
        "whats",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "won",
        "would",
        "wouldn",
        "y",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "anyone",
        "someone",
        "somebody",
        "person",
        "candidate",
        "thing",
        "things",
        "kind",
        "sort",
        "lot",
        "lots",
        "want",
        "wants",
        "wanted",
        "like",
        "use",
        "used",
        "uses",
        "using",
        "know",
        "knows",
        "known",
    ]
)

# True synonyms: folded into one canonical token on both the index and the query side.
_ALIASES: dict[str, str] = {
    "k8s": "kubernetes",
    "kube": "kubernetes",
    "golang": "go",
    "js": "javascript",
    "ecmascript": "javascript",
    "ts": "typescript",
    "postgres": "postgresql",
    "psql": "postgresql",
    "pg": "postgresql",
    "py": "python",
    "python3": "python",
    "nodejs": "node.js",
    "reactjs": "react",
    "react.js": "react",
    "vuejs": "vue",
    "vue.js": "vue",
    "cpp": "c++",
    "cplusplus": "c++",
    "csharp": "c#",
    "dotnet": ".net",
    "tf": "terraform",
    "sklearn": "scikit",
    "mongo": "mongodb",
    "dynamo": "dynamodb",
    "gcp": "gcp",
    "ml": "ml",
    "ai": "ai",
    "nlp": "nlp",
    "llm": "llm",
    "llms": "llm",
    "cicd": "ci",
    "cv": "resume",
    "résumé": "resume",
    "phd": "phd",
    "ph.d": "phd",
    "msc": "master",
    "m.sc": "master",
    "ms": "master",
    "bsc": "bachelor",
    "b.sc": "bachelor",
    "ba": "bachelor",
    "bs": "bachelor",
    "b.s": "bachelor",
    "m.s": "master",
    "mba": "mba",
    "wfh": "remote",
    "h1b": "visa",
    "h-1b": "visa",
    "email": "email",
    "e-mail": "email",
    "mail": "email",
    "hobbies": "hobby",
    "favourite": "favorite",
    "colour": "color",
    "honour": "honor",
    "licence": "license",
    "authorised": "authorized",
    "authorisation": "authorization",
    "organisation": "organization",
    "optimise": "optimize",
    "optimised": "optimized",
    "optimisation": "optimization",
}

# Multi-word names of one thing: the index keeps the words and adds the concept token;
# a query naming the phrase asks for the concept (so "ML" and "machine learning" meet).
_PHRASES: dict[str, str] = {
    "amazon web services": "aws",
    "google cloud platform": "gcp",
    "google cloud": "gcp",
    "machine learning": "ml",
    "deep learning": "deep_learning",
    "artificial intelligence": "ai",
    "natural language processing": "nlp",
    "large language model": "llm",
    "large language models": "llm",
    "continuous integration": "ci",
    "continuous delivery": "ci",
    "continuous deployment": "ci",
    "c sharp": "c#",
    "notice period": "notice_period",
    "work authorization": "work_authorization",
    "right to work": "work_authorization",
    "work permit": "work_authorization",
    "green card": "work_authorization",
    "visa sponsorship": "work_authorization",
    "work from home": "remote",
    "free time": "hobby",
    "spare time": "hobby",
    "side project": "project",
    "side projects": "project",
    "open source": "open_source",
    "get in touch": "contact",
    "start date": "availability",
    "salary expectations": "salary",
    "salary expectation": "salary",
    "tech stack": "skill",
    "alma mater": "university",
    "grade point average": "gpa",
    "team lead": "lead",
    "tech lead": "lead",
}

# Loose relations, used only to widen a query (weight below 1): each set holds
# words that answer the same question.
_RELATED: tuple[tuple[str, ...], ...] = (
    ("salary", "compensation", "pay", "paid", "wage", "remuneration", "rate", "earn", "money", "package"),
    ("remote", "hybrid", "onsite", "office", "relocate", "relocation", "commute"),
    (
        "work_authorization",
        "visa",
        "sponsorship",
        "sponsor",
        "authorization",
        "authorized",
        "citizen",
        "citizenship",
        "permit",
        "residency",
        "resident",
    ),
    ("notice_period", "notice", "resign", "resignation"),
    ("availability", "available", "start", "join", "open", "looking", "opportunity", "hire", "hiring"),
    ("contact", "email", "reach"),
    ("hobby", "interest", "pastime", "passion", "enjoy", "fun"),
    ("now", "current", "currently", "today", "present", "presently"),
    (
        "build",
        "built",
        "create",
        "created",
        "develop",
        "developed",
        "implement",
        "implemented",
        "design",
        "designed",
        "make",
        "made",
        "wrote",
        "write",
    ),
    ("lead", "led", "manage", "managed", "manager", "leadership", "mentor", "mentored", "head"),
    ("award", "prize", "won", "win", "honor", "recognition", "recognized"),
    ("certification", "certificate", "certified", "license", "accreditation"),
    ("publication", "paper", "published", "publish", "journal", "book"),
    ("blog", "post", "article", "essay", "writing"),
    ("volunteer", "volunteering", "charity", "nonprofit", "community"),
    ("reference", "recommend", "recommendation", "testimonial", "endorsement"),
    ("project", "portfolio", "open_source", "repository", "repo"),
    ("skill", "expertise", "proficient", "proficiency", "familiar", "technology", "tool", "stack"),
    ("live", "based", "located", "location", "city", "country", "hometown", "timezone"),
    (
        "university",
        "college",
        "school",
        "degree",
        "education",
        "study",
        "studied",
        "graduate",
        "graduated",
        "major",
        "academic",
    ),
    ("job", "employer", "company", "employment", "career", "position", "role", "work", "worked"),
    ("language", "speak", "spoken", "fluent", "fluency", "native"),
    ("gpa", "score", "grade", "grades"),
    ("course", "courses", "coursework", "class", "classes"),
    ("founded", "started", "cofounder", "founder", "ceo"),
)

# Question cues -> kinds of chunk likely to answer (the pseudo-term weight in the query).
_INTENTS: dict[str, tuple[str, ...]] = {
    "education": (
        "university",
        "college",
        "school",
        "degree",
        "education",
        "study",
        "studied",
        "graduate",
        "graduated",
        "major",
        "academic",
        "bachelor",
        "master",
        "phd",
        "doctorate",
        "diploma",
        "gpa",
        "course",
        "coursework",
        "student",
        "mba",
    ),
    "work": (
        "job",
        "employer",
        "company",
        "companies",
        "employment",
        "employed",
        "career",
        "position",
        "role",
        "work",
        "worked",
        "working",
        "experience",
        "title",
        "firm",
        "startup",
        "ceo",
        "founded",
    ),
    "volunteer": ("volunteer", "volunteering", "volunteered", "charity", "nonprofit", "community"),
    "award": ("award", "awards", "prize", "won", "honor", "recognition", "recognized"),
    "certificate": ("certification", "certificate", "certified", "license", "accreditation"),
    "publication": ("publication", "paper", "published", "publish", "journal", "book", "research"),
    "skill": (
        "skill",
        "expertise",
        "proficient",
        "proficiency",
        "familiar",
        "technology",
        "technologies",
        "tool",
        "stack",
        "know",
        "programming",
        "framework",
        "frameworks",
    ),
    "language": ("language", "languages", "speak", "spoken", "fluent", "fluency", "native"),
    "interest": ("hobby", "interest", "interests", "pastime", "passion", "enjoy", "fun"),
    "reference": ("reference", "recommend", "recommendation", "testimonial", "endorsement", "say"),
    "resume_project": ("project", "projects", "hackathon", "built", "build", "open_source"),
    "project": ("project", "projects", "built", "build", "open_source", "repository", "repo", "github"),
    "post": ("blog", "post", "posts", "article", "articles", "essay", "writing", "wrote", "written"),
    "faq": (
        "available",
        "availability",
        "start",
        "remote",
        "relocate",
        "relocation",
        "hybrid",
        "onsite",
        "visa",
        "sponsorship",
        "sponsor",
        "work_authorization",
        "notice_period",
        "notice",
        "salary",
        "compensation",
        "earn",
        "pay",
        "hire",
        "hiring",
        "open",
        "looking",
        "opportunity",
        "timezone",
        "contact",
    ),
    "basics": (
        "background",
        "bio",
        "summary",
        "contact",
        "email",
        "reach",
        "live",
        "based",
        "located",
        "location",
        "city",
        "country",
        "website",
        "profile",
        "profiles",
        "twitter",
        "linkedin",
        "github",
        "social",
        "title",
        "headline",
    ),
}

# Words a recruiter uses for each fixed FAQ fact; chunking attaches them as keywords.
FAQ_TOPIC_TERMS: dict[str, tuple[str, ...]] = {
    "availability": ("availability", "available", "start date", "start", "open to work", "hiring"),
    "location": ("location", "based", "live", "city", "country", "timezone", "time zone"),
    "remote": ("remote", "hybrid", "onsite", "office", "relocate", "relocation", "travel"),
    "work_authorization": (
        "work authorization",
        "visa",
        "sponsorship",
        "right to work",
        "citizenship",
        "permit",
    ),
    "notice_period": ("notice period", "notice", "start date", "resign"),
    "links": ("links", "profiles", "contact", "github", "linkedin", "website"),
}

_INTENT_WEIGHT = 0.6
_RELATED_WEIGHT = 0.5

_STEMMER = snowballstemmer.stemmer("english")
_STEM_CACHE: dict[str, str] = {}
_STEM_CACHE_MAX = 200_000


def stem(token: str) -> str:
    """Snowball English stem of a plain word, cached; tokens with digits or symbols stay whole."""
    cached = _STEM_CACHE.get(token)
    if cached is not None:
        return cached
    out = _STEMMER.stemWord(token) if token.isalpha() and len(token) > 2 else token
    if len(_STEM_CACHE) >= _STEM_CACHE_MAX:
        _STEM_CACHE.clear()  # bounded: arbitrary queries must not grow memory forever
    _STEM_CACHE[token] = out
    return out


def normalize_token(token: str) -> str:
    """Folded token -> index term: alias to its canonical name, then stem."""
    return stem(_ALIASES.get(token, token))


def _norm_phrase(phrase: str) -> tuple[str, ...]:
    return tuple(normalize_token(t) for t in tokenize(phrase))


def _build_phrase_table() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, concept in _PHRASES.items():
        words = _norm_phrase(phrase)
        table.setdefault(words[0], []).append((words, normalize_token(concept)))
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))  # longest phrase wins
    return table


def _build_related() -> dict[str, tuple[str, ...]]:
    related: dict[str, set[str]] = {}
    for group in _RELATED:
        terms = {normalize_token(t) for t in group}
        for t in terms:
            related.setdefault(t, set()).update(terms - {t})
    return {t: tuple(sorted(others)) for t, others in related.items()}


def _build_intents() -> dict[str, tuple[str, ...]]:
    cues: dict[str, set[str]] = {}
    for kind, words in _INTENTS.items():
        for w in words:
            cues.setdefault(normalize_token(w), set()).add(kind)
    return {t: tuple(sorted(kinds)) for t, kinds in cues.items()}


_PHRASE_TABLE = _build_phrase_table()
_RELATED_TERMS = _build_related()
_INTENT_KINDS = _build_intents()
_STOP_TERMS = frozenset(normalize_token(w) for w in STOP_WORDS)


def _terms_with_phrases(tokens: list[str]) -> Iterator[tuple[str, int, bool]]:
    """Yield (term, position, is_concept) over normalised tokens, adding phrase concepts."""
    norm = [normalize_token(t) for t in tokens]
    for i, term in enumerate(norm):
        for words, concept in _PHRASE_TABLE.get(term, ()):
            k = len(words)
            if tuple(norm[i : i + k]) == words:
                yield concept, i, True
                break
        yield term, i, False


def analyze(text: str) -> list[str]:
    """Index-side terms of ``text``: stems without stop words, plus phrase concepts and the
    parts of dotted names ("node.js" also gives "node", "js")."""
    out: list[str] = []
    tokens = tokenize(text)
    for term, _, is_concept in _terms_with_phrases(tokens):
        if is_concept:
            out.append(term)
            continue
        if term in _STOP_TERMS:
            continue
        out.append(term)
        if "." in term:
            parts = term.split(".")
            if all(p.isalpha() for p in parts):
                out.extend(normalize_token(p) for p in parts if p and p not in STOP_WORDS)
    return out


@dataclass(frozen=True, slots=True)
class QueryGroup:
    """One idea of the question: the word as asked (``terms[0]``), its related words and the
    kinds of chunk it hints at, each with a weight. A chunk matching any of them covers it."""

    word: str
    terms: tuple[tuple[str, float], ...]


def parse_query(text: str) -> list[QueryGroup]:
    """Turn a question into groups of weighted index terms (see ``QueryGroup``)."""
    tokens = tokenize(text)
    groups: list[QueryGroup] = []
    seen: set[str] = set()
    consumed_until = -1
    for term, pos, is_concept in _terms_with_phrases(tokens):
        if pos <= consumed_until:
            continue
        if is_concept:
            # The phrase stands for one idea; skip its words.
            for words, concept in _PHRASE_TABLE.get(normalize_token(tokens[pos]), ()):
                if concept == term:
                    consumed_until = pos + len(words) - 1
                    break
        elif term in _STOP_TERMS:
            if term in _INTENT_KINDS and term not in seen:
                # A cue too common to match as a word ("know"): it only points at kinds.
                seen.add(term)
                kinds = tuple((kind_term(k), _INTENT_WEIGHT) for k in _INTENT_KINDS[term])
                groups.append(QueryGroup(word=term, terms=kinds))
            continue
        if term in seen:
            continue
        seen.add(term)
        groups.append(QueryGroup(word=term, terms=tuple(_expand(term))))
    return groups


def _expand(term: str) -> Iterable[tuple[str, float]]:
    yield term, 1.0
    for other in _RELATED_TERMS.get(term, ()):
        yield other, _RELATED_WEIGHT
    for kind in _INTENT_KINDS.get(term, ()):
        yield kind_term(kind), _INTENT_WEIGHT
