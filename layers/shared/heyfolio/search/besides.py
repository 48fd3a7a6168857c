"""A question without the thing it sets aside: "any other projects besides tessera-geo?".

Why: "besides X", "apart from X", "other than X" name X to exclude it, yet X is the rarest word of
the question, so a bag of words ranks X's own passages first and fills the answer with them, the
one thing the visitor already knows about. Read without X, the question asks what it means ("any
other projects?"). X is only set aside when the portfolio names it: "anywhere besides Google?" of
an owner who never worked there keeps Google, the thing the question turns on.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from heyfolio.search.text import analyze

__all__ = ["without_excluded"]

_EXCLUDE = re.compile(
    r"\b(?:besides|apart from|aside from|other than|except(?: for)?|excluding|in addition to)\s+",
    re.IGNORECASE,
)
# the excluded thing ends where the question goes on: a pause, or a word that starts a clause
_END = re.compile(
    r"[?.!,;:]|\s(?:has|have|had|does|do|did|is|are|was|were|can|could|would|will|that|which|who|where|"
    r"what|when|how|and|or|she|he|they|for|in|at|on|with|during|since)\b",
    re.IGNORECASE,
)
_MAX_WORDS = 4  # longer runs are not one thing's name
# "apart from work", "besides her job": the owner's life outside work is asked about, nothing set aside
_WORK = frozenset(analyze("work job jobs career day"))


def without_excluded(question: str, known: Callable[[str], bool]) -> str:
    """``question`` without the thing a "besides" / "other than" phrase sets aside, when every word
    of it is one the index ``known``s; unchanged otherwise (or when nothing else would be left)."""
    m = _EXCLUDE.search(question)
    if m is None:
        return question
    rest = question[m.end() :]
    end = _END.search(rest)
    thing = rest[: end.start()] if end else rest
    terms = analyze(thing)
    if (
        not terms
        or len(thing.split()) > _MAX_WORDS
        or not all(known(t) for t in terms)
        or any(t in _WORK for t in terms)
    ):
        return question
    out = (question[: m.start()] + rest[len(thing) :]).strip(" ,")
    out = re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s{2,}", " ", out))
    return out if analyze(out) else question
