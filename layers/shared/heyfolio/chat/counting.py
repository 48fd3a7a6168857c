"""Whether passages state the number a "how many ...?" question asks for.

Why: "how many employees did Pied Piper have?" finds the Pied Piper job and "how many kids does
she have?" the code club - close in meaning, yet neither states such a number, and quoting them
reads as an answer. A count question is answered only when a sentence of the passages states an
amount (a figure that is not a date) of the thing counted ("45 regular students" for "how many
kids come to her club?"), or of what the rest of the question is about ("19 contributors" for
"how many people contribute to shoal?"). Durations ("how many years") are worked out from dates
elsewhere, so they are not judged here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze, expand

__all__ = ["CountQuestion", "read_count", "states_count"]

_HOW_MANY = re.compile(
    r"\bhow many\s+(?P<noun>(?:[\w'+#.-]+\s+){0,2}?[\w'+#.-]+?)"
    r"(?=\s+(?:does|did|do|is|was|are|were|has|have|had|would|will|can|could|should|in|at|on|of|for|per)\b|\s*[?.!]|\s*$)"
    r"(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
_HOW_MANY_WORD = re.compile(r"\bhow many\s+(?P<noun>[\w'+#.-]+)(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
# Units of time: "how many years at Cobalt?" is a duration, answered from the dates.
_TIME_UNITS = frozenset(
    analyze("years yrs year months month weeks week days day hours hrs hour minutes decades")
)
# A figure: digits, or a number written out ("the six-person team", "the first eight engineers").
_FIGURE = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|hundred|thousand|million|billion|dozens?)\b",
    re.IGNORECASE,
)
_DATE = re.compile(r"\b(?:19|20)\d\d(?:-\d\d){0,2}\b")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
_RELATED = 0.5  # a related word ("trace" of "spans") says what the rest of the question is about


@dataclass(frozen=True)
class CountQuestion:
    """The thing a count question counts, and the other ideas it asks about, as index terms
    with their related words."""

    counted: frozenset[str]
    about: tuple[frozenset[str], ...]


def _idea(term: str, least: float = _RELATED) -> frozenset[str]:
    return frozenset({term, *(t for t, w in expand(term) if w >= least and not t.startswith("kind:"))})


def read_count(
    question: str, ignore: Iterable[str] = (), known: Callable[[str], bool] = lambda _: True
) -> CountQuestion | None:
    """The count ``question`` asks for, else None (not a count, or a duration). ``ignore``: words
    that name the owner, which say nothing about what is counted; ``known``: whether the portfolio
    uses a term (a word it never uses - "come" - cannot tell which passage speaks to the question).

    The thing counted is matched by its own word and true aliases only: a looser relative names
    something else ("the child process" is not "kids")."""
    m = _HOW_MANY.search(question)
    if m is None:  # "how many kids come to her club?": the word after "how many" is what is counted
        m = _HOW_MANY_WORD.search(question)
    if m is None:
        return None
    noun = analyze(m.group("noun"))
    if not noun or any(t in _TIME_UNITS for t in noun):
        return None
    skip = set(noun) | {t for w in ignore for t in analyze(w)}
    ideas = (_idea(t) for t in dict.fromkeys(analyze(m.group("rest"))) if t not in skip)
    about = tuple(idea for idea in ideas if any(known(t) for t in idea))
    return CountQuestion(frozenset().union(*(_idea(t, 1.0) for t in noun)), about)


def _amount(sentence: str) -> bool:
    return bool(_FIGURE.search(_DATE.sub(" ", sentence)))


def states_count(count: CountQuestion, passages: Iterable[Chunk]) -> bool:
    """Whether any sentence of ``passages`` states an amount of the thing counted, or a passage that
    speaks to most of what else the question asks about states an amount, or a passage lists the
    things counted ("how many languages?": the languages entry, counted by the reader)."""
    for chunk in passages:
        if count.counted & set(analyze(f"{chunk.kind.replace('_', ' ')} {chunk.title}")):
            return True
        text = f"{chunk.title}\n{chunk.text}"
        words = set(analyze(text))
        covered = sum(1 for idea in count.about if idea & words)
        speaks = bool(count.about) and 2 * covered >= len(count.about)
        for sentence in _SENTENCE.split(text):
            if _amount(sentence) and (speaks or count.counted & set(analyze(sentence))):
                return True
    return False
