"""A count asked of the owner ("how many papers has she got out?") is answered by the passage stating it.

Why: a résumé states a count as a number before the thing counted ("Published 9 peer-reviewed papers",
"trained 12 annotators", "hired 8 people"), usually inside a role's highlights, while the entries of the
kind the question names (every publication, every award) share its words and fill the results without
stating any count. So when none of the passages found states a number next to the thing the question
counts, the best-ranked candidate that does is shown first. A question naming one entry is left to
``figures`` (the count of another entry does not answer it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from heyfolio.search.text import fold

__all__ = ["asked_count", "counted_head", "counted_words", "states_count"]

_ASKS = re.compile(r"\bhow many\s+((?:[^\W\d_][\w'-]*\s*){1,4})", re.IGNORECASE)
# Words that end the thing counted: the question's verb or subject ("how many papers has she ...").
_ENDS = frozenset((
    "has", "have", "had", "does", "do", "did", "is", "are", "was", "were", "will", "would", "can", "could",
    "should", "she", "he", "they", "i", "you", "we", "it", "in", "at", "of", "for", "on", "with", "from",
    "by", "to", "during", "since", "over", "per", "and", "or",
))  # fmt: skip
# Counts other readings answer: a duration is added up from dates ("how many years of Go?"), and a
# number of people led is stated as a team's size in other words ("a team of six engineers").
_LEFT = frozenset(("year", "month", "week", "hour", "minute", "time", "people", "person"))
_WORD = re.compile(r"[^\W_][\w,.+%]*")
# A count is stated within one clause: a date in a title or a number of the sentence before says nothing.
_CLAUSE = re.compile(r"[\n;:()]|[.!?](?:\s|$)")
_DATE = re.compile(r"^(?:19|20)\d\d(?:-\d\d){0,2}$")
_NUMBER = re.compile(
    r"^\d|^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundreds?|thousands?|millions?|dozens?)$"
)
_NEAR = 4  # words between a number and the thing it counts ("11 peer-reviewed journal papers")
_MIN_STEM = 4  # a shorter word ("ms", "day") is too common to say what is counted


def _stem(word: str) -> str:
    """A plural's singular, loosely ("papers" -> "paper", "companies" -> "compan")."""
    for ending in ("ies", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM - 1:
            return word[: -len(ending)] if ending != "es" or word[-3] in "sxz" else word[:-1]
    return word


def counted_words(question: str) -> list[str]:
    """The folded words after "how many" up to the question's verb or subject ([] without one)."""
    m = _ASKS.search(question)
    if m is None:
        return []
    counted: list[str] = []
    for word in m.group(1).split():
        w = fold(word.strip("'?!.,"))
        if w in _ENDS:
            break
        counted.append(w)
    return counted


def asked_count(question: str) -> str | None:
    """The (singular, folded) thing a "how many" question counts ("papers" -> "paper"), or None."""
    counted = counted_words(question)
    # the thing counted is a plural ("how many GitHub stars", "how many companies use it"); a lone
    # word before the verb is taken as it is ("how many staff does it have")
    plural = next((w for w in counted if w.endswith("s") and not w.endswith("ss")), None)
    if plural is None and len(counted) != 1:
        return None
    thing = _stem(plural or counted[0])
    return thing if len(thing) >= _MIN_STEM and thing not in _LEFT else None


def counted_head(question: str, min_stem: int) -> str | None:
    """The head noun a "how many" question counts, the last of a run of plurals ("how many logistics
    companies" -> "compan", "how many research labs" -> "lab"), singular and folded; None when it
    counts no plural, a span of time or people, or a word shorter than ``min_stem``."""
    counted = counted_words(question)
    plurals = [i for i, w in enumerate(counted) if w.endswith("s") and not w.endswith("ss")]
    if not plurals:
        return None
    at = plurals[0]
    while at + 1 in plurals:
        at += 1
    thing = _stem(counted[at])
    return thing if len(thing) >= min_stem and thing not in _LEFT else None


def states_count(texts: Iterable[str], thing: str) -> bool:
    """Whether any of ``texts`` states a number up to ``_NEAR`` words before ``thing``."""
    for text in texts:
        for clause in _CLAUSE.split(text):
            # a figure joined to what it counts ("a 30-person team") is two words; a date stays one
            folded = (fold(w) for w in _WORD.findall(clause))
            words = [p for w in folded for p in ([w] if _DATE.match(w) else w.split("-")) if p]
            for i, w in enumerate(words):
                if w.startswith(thing) and any(_counts(n) for n in words[max(0, i - _NEAR) : i]):
                    return True
    return False


def _counts(word: str) -> bool:
    """Whether ``word`` is a number that counts (not a year or a date)."""
    return bool(_NUMBER.search(word)) and not _DATE.match(word)
