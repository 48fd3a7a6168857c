"""The closest passages to a question search found nothing strong for, when they may answer it.

Why: search's relevance floor is tuned to keep unanswerable questions out, so a question written
in other words than the portfolio's ("did she make outages shorter anywhere", "video codecs
experience") gets only passages marked weak, and the offline answerer said "I couldn't find
anything" although the closest passage holds the answer. A question that names nothing the
portfolio lacks - every name and topic it asks about is a word the portfolio uses - and shares
at least one topic word with it is shown its closest passages, marked as such ("the portfolio
doesn't answer that in so many words"). A question naming a thing the portfolio never names
("Flutter experience?", "does she own a car?") still gets the honest "not in the portfolio".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.chat.evidence import FIGURE
from heyfolio.chat.support import vocabulary
from heyfolio.jobfit.terms import TECH_WORDS
from heyfolio.search.index import Hit, SearchIndex
from heyfolio.search.text import (
    KIND_PREFIX,
    UNKNOWN_FILLER,
    fold,
    is_category_term,
    light_verb_terms,
    normalize_token,
    parse_query,
)

__all__ = ["asks_only_known", "nearest_passages"]

# A figure asked for ("how many", "how much", "what percentage"): the closest passages must state one.
_AMOUNT_Q = re.compile(
    r"\bhow (?:many|much|big|large)\b|\bwhat (?:percentage|number|share|amount)\b", re.IGNORECASE
)
# A compound with a one-letter part ("h-index", "k-means", "t-test", "x-ray"): a term of its own.
_LETTER_COMPOUND = re.compile(r"\b(?:[A-Za-z]-[A-Za-z]{2,}|[A-Za-z]{2,}-[A-Za-z])\b")
_DATE = re.compile(r"\b(?:19|20)\d\d(?:-\d\d){0,2}\b")

# Verbs and nouns of asking whether the owner has done something ("has she worked on", "any
# experience with", "did she use"): how a question asks, not what about.
_ASKING = frozenset(
    normalize_token(w)
    for w in ("work", "worked", "working", "experience", "use", "used", "using", "know", "deal", "dealt",
              "handle", "handled", "involve", "involved", "get", "got", "have", "had")
)  # fmt: skip

# Vendors written before the product they make ("Amazon S3", "Google BigQuery", "Apache Kafka"):
# the product is the thing asked about, the vendor only says whose it is.
_VENDORS = frozenset({"amazon", "aws", "google", "microsoft", "apache", "oracle", "ibm", "hashicorp"})


def asks_only_known(message: str, index: SearchIndex, owner_words: Sequence[str] = ()) -> bool:
    """Whether every name and topic ``message`` asks about is a word the portfolio uses, and at
    least one of its topic words is (not only the verbs of asking, nor the owner's name)."""
    for m in _LETTER_COMPOUND.finditer(message):
        if not _written(m.group(0), index):
            return False  # "her h-index": a term of its own, which "index" does not stand for
    terms = vocabulary(index.chunks).terms
    owner = {normalize_token(fold(w)) for w in owner_words}
    groups = [
        g
        for g in parse_query(index.respell(message), terms.__contains__)
        if not g.terms[0][0].startswith(KIND_PREFIX) and g.word not in owner
    ]
    light = light_verb_terms() | _ASKING
    known_topic = False
    for i, g in enumerate(groups):
        term = g.terms[0][0]
        if term in terms:
            known_topic = known_topic or term not in light
            continue
        after = groups[i + 1] if i + 1 < len(groups) else None
        if g.word in _VENDORS and after is not None and after.terms[0][0] in terms and _product(after.typed):
            continue  # "Amazon S3": S3 is what is asked about ("Google Research" is an employer)
        if g.unknown_weight > UNKNOWN_FILLER or _names_technology(g.typed or g.word):
            return False
    return known_topic


def _written(compound: str, index: SearchIndex) -> bool:
    """Whether a passage writes ``compound`` ("k-means") as the question does, hyphen or not."""
    pattern = re.compile(re.escape(compound).replace(r"\-", "[- ]?"), re.IGNORECASE)
    return any(pattern.search(f"{c.title}\n{c.text}") for c in index.chunks)


def _product(word: str) -> bool:
    """A product's name as written after its vendor: a technology, or an acronym or code ("S3", "EKS")."""
    return _names_technology(word) or (len(word) > 1 and (word.isupper() or any(c.isdigit() for c in word)))


def _names_technology(word: str) -> bool:
    folded = fold(word)
    term = normalize_token(folded)
    return folded in TECH_WORDS or term in TECH_WORDS or is_category_term(term)


def nearest_passages(
    message: str, index: SearchIndex, limit: int, owner_words: Sequence[str] = ()
) -> list[Hit]:
    """The closest passages to ``message`` (each marked weak) when it asks only about what the
    portfolio speaks of (:func:`asks_only_known`), else ``[]``."""
    if not asks_only_known(message, index, owner_words):
        return []
    hits = index.search(message, limit, weak=True)
    if _AMOUNT_Q.search(message):
        # "how many patents does she hold?": a passage stating no figure does not come close
        hits = [h for h in hits if _states_amount(h.chunk.text)]
    return [h if h.weak else Hit(h.chunk, h.score, h.snippet, True) for h in hits]


def _states_amount(text: str) -> bool:
    """Whether ``text`` states an amount: a figure other than a year or a date."""
    return bool(FIGURE.search(_DATE.sub(" ", text)))
