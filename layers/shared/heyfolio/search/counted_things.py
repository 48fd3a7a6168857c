"""A count of a thing asked of one named entry that never writes that thing: "how many weather services
use <library>?" when the library's passages speak of stars and labs, never of services.

Why: such a question shares the entry's name, so the entry ranks first and looks like a strong answer,
yet a résumé states the counts it has and not others - the stars, labs or vehicles it writes are not
weather services, and another entry's figure is not this entry's. ``figures`` reads the measures an
entry is counted by (stars, downloads, users, ...); this reads any other thing counted, narrowly (a
stricter reading, a number before the thing, cost true answers): the entry answers when any of its
passages writes the thing at all (in any form or a related word of the vocabulary), when a sentence
elsewhere writing its name states a number of it, or when a thing it counts is the one asked in other
words ("300 Debian and Ubuntu servers" of "machines", by the embedding model). Only a thing the entry
never mentions comes back weak. Counted units (days, euros, points) and a team's members are left out:
a duration or a sum is stated as dates or an amount, a team's size in words of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from heyfolio.search.counts import counted_head, counted_words, states_count
from heyfolio.search.figures import asked_measure, measure_words
from heyfolio.search.text import analyze, expand, fold, normalize_token

__all__ = ["counted_alike", "counted_phrases", "counted_thing", "thing_words", "writes_thing"]

_WORD = re.compile(r"\w+")
_MIN_THING = 3  # "labs", "apps", "VMs": of one named entry a short word says what is counted too
# Units a count is made in rather than things the entry would name: time, money, shares.
_UNITS = frozenset((
    "day", "hour", "minute", "second", "week", "month", "year", "decade", "euro", "dollar", "pound", "franc",
    "yen", "rupee", "krona", "krone", "real", "peso", "percent", "percentage", "point", "time",
))  # fmt: skip


# A number and the words after it, the thing it counts ("1,400 automated firmware tests", "about 300
# Debian and Ubuntu servers" -> "Debian", cut at "and"); a year is no count.
_COUNTED = re.compile(
    r"(?<![\w.,$€£-])(?!(?:19|20)\d\d\b)(?:\d[\d,.]*(?:\s*(?:k|m|million|thousand|billion))?|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\s+"
    r"((?:[^\W\d_][\w'’-]*[,;:.)]?\s*){1,5})",
    re.IGNORECASE,
)
_PHRASE_STOP = frozenset((
    "a", "an", "the", "to", "from", "in", "of", "for", "with", "by", "on", "at", "per", "than",
    "across", "into", "over", "under", "every", "each", "is", "was", "were", "are", "that", "which", "who",
    "as", "after", "before", "within", "since", "down", "up", "out",
))  # fmt: skip
_JOINS = frozenset(("and", "or"))  # joined words of one counted thing ("Debian and Ubuntu servers")
_ALIKE = 0.4  # cosine at which a counted phrase names the thing asked in other words ("servers" ~ "machines")


def thing_words(question: str) -> str:
    """The words a "how many" question counts, up to their head ("how many weather services use X?" ->
    "weather services"), as written for the embedding model."""
    words = counted_words(question)
    plurals = [i for i, w in enumerate(words) if w.endswith("s") and not w.endswith("ss")]
    if not plurals:
        return " ".join(words)
    at = plurals[0]
    while at + 1 in plurals:
        at += 1
    return " ".join(words[: at + 1])


def counted_phrases(texts: Iterable[str]) -> list[str]:
    """The things ``texts`` count, each as the words after a number up to a stop word or a mark
    ("Looked after about 300 Debian servers." -> "Debian servers")."""
    found: dict[str, None] = {}
    for text in texts:
        for m in _COUNTED.finditer(text):
            words: list[str] = []
            for raw in m.group(1).split():
                word = raw.strip(",;:.)")
                if not word or fold(word) in _PHRASE_STOP:
                    break
                words.append(word)
                if word != raw:
                    break
            while words and fold(words[-1]) in _JOINS:  # "300 Debian and" of a cut phrase
                words.pop()
            if words:
                found[" ".join(words)] = None
    return list(found)


def counted_alike(
    thing: str, phrases: Sequence[str], cosines: Callable[[str, Sequence[str]], Sequence[float]]
) -> bool:
    """Whether one of ``phrases`` counts ``thing`` in other words ("2,300 trucking companies" of
    "trucking firms", "300 Debian and Ubuntu servers" of "machines"): a cosine of the embedding model at
    ``_ALIKE`` or above, of the whole phrase or of its head noun (its last word) to the thing's."""
    if not phrases:
        return False
    if max(cosines(thing, phrases)) >= _ALIKE:
        return True
    return max(cosines(thing.split()[-1], [p.split()[-1] for p in phrases])) >= _ALIKE


def counted_thing(question: str) -> str | None:
    """The (singular, folded) thing a "how many" question counts when it is no measure an entry is
    counted by (``figures``), no unit and no member of a team ("how many weather services use X?" ->
    "service"), else None."""
    if asked_measure(question) is not None:
        return None
    thing = counted_head(question, _MIN_THING)
    if thing is None or thing in _UNITS or thing in measure_words("team"):
        return None
    return thing


def writes_thing(texts: Iterable[str], thing: str) -> bool:
    """Whether ``texts`` write ``thing`` in any form (a word starting with it, its stem or a related
    word of the search vocabulary) or state a number of it (``counts.states_count``)."""
    texts = list(texts)
    if states_count(texts, thing):
        return True
    forms = {t for t, _ in expand(normalize_token(thing)) if not t.startswith("kind:")}
    forms.update(analyze(thing))
    for text in texts:
        if forms & set(analyze(text)):
            return True
        if any(w.startswith(thing) for w in _WORD.findall(fold(text))):
            return True
    return False
