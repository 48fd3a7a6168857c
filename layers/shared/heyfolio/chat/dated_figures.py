"""Whether a figure asked for a year ("what was the uptime in 2018?") is stated for that year.

Why: the year asked is written in the dates of the entries that span it, so search ranks the job
held that year first for "what was the p99 latency in 2017?", and quoting its lines reads as the
answer though none of them states a latency - or states one without saying it was that year's. A
measure asked for a year is answered only by a sentence that names the measure with a figure and is
dated to the year (``counting.dated_to``: it writes the year, or its whole entry lies within it).
Otherwise the reply says so, with the measure's undated figure, if any, shown as the closest.
Counts ("how many ... in 2019?") are judged by ``counting`` itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from heyfolio.chat.counting import asked_year, dated_to
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import Hit
from heyfolio.search.text import analyze, expand

__all__ = ["UndatedFigure", "undated_figure"]

# A measure: what a figure is a figure of ("uptime", "p99 latency", "crash-free rate", "revenue")
_MEASURE = (
    r"(?:rates?|latenc(?:y|ies)|uptime|availability|percentages?|percent|shares?|revenues?|turnover|"
    r"income|profits?|margins?|costs?|spend|budgets?|prices?|salar(?:y|ies)|growth|traffic|throughput|"
    r"volumes?|totals?|averages?|medians?|ratios?|churn|retention|accuracy|speed|duration|headcount|"
    r"valuation|p\d\d|[a-z]+-time|(?:boot|load|response|build|start-?up|wait|run) times?)"
)
# "what was the p99 latency in 2017?", "what were her AWS costs during 2020?": the measure named
# before the year (up to a preposition: "the crash-free rate of the app" is a rate)
_WHAT_MEASURE = re.compile(
    r"\bwhat (?:was|were|is|are)\s+(?:the|her|his|their|its|[\w-]+'s)\s+"
    rf"(?P<measure>(?:[\w%-]+\s+){{0,2}}?{_MEASURE})(?=\s+(?:of|at|for|in|during|on|by|across|over)\b)"
    r"(?=[^?]*\b(?:in|during|for|by|of)\s+(?:the year\s+)?(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# "what percentage of findings were fixed in 2017?", "how much revenue did it make in 2020?"
_SHARE_OR_AMOUNT = re.compile(
    r"\bwhat (?P<part>percentage|percent|share|proportion|fraction) of\s+(?P<share>(?:[\w-]+\s+){0,2}?[\w-]+?)"
    r"(?=\s+(?:were|was|did|got|had|have|are|is|in|during)\b)|"
    r"\bhow much\s+(?P<amount>(?:[\w-]+\s+){0,1}?[\w-]+?)(?=\s+(?:did|does|was|were|had|has|is|in|during)\b)",
    re.IGNORECASE,
)
# A figure: digits (a date is none) or a number written out
# "how much did she cut the API latency in 2019?", "how much has he grown the revenue in 2021?": a
# change asked of a measure, named as the verb's object
_CHANGED_MEASURE = re.compile(
    r"\bhow much (?:did|does|has|have|had)\s+[\w-]+\s+"
    r"(?:cut|reduc|lower|improv|rais|increas|grow|grew|shr[iu]nk|drop|sav|boost|decreas|bring|brought)\w*"
    r"(?:\s+down)?\s+(?:the|her|his|their|its|[\w-]+'s)\s+"
    rf"(?P<measure>(?:[\w%-]+\s+){{0,2}}?{_MEASURE})\b",
    re.IGNORECASE,
)
# "how much did he cut address-match failures in 2020?": the same change asked of any thing named
# as the verb's object, its determiner left out - the words up to the year name what was changed
_CHANGED_THING = re.compile(
    r"\bhow much (?:did|does|has|have|had)\s+[\w-]+\s+"
    r"(?:cut|reduc|lower|improv|rais|increas|grow|grew|shr[iu]nk|drop|sav|boost|decreas|bring|brought)\w*"
    r"(?:\s+down)?\s+(?:(?:the|her|his|their|its|[\w-]+'s)\s+)?"
    r"(?P<measure>(?:[\w%-]+\s+){0,3}?[\w%-]+)(?=\s+(?:in|during)\s+(?:the year\s+)?(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
_FIGURE = re.compile(
    r"\d|%|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand|million|"
    r"billion|half|double|twice|tripled?)\b",
    re.IGNORECASE,
)
_DATE = re.compile(r"\b(?:19|20)\d\d(?:-\d\d){0,2}\b|\b(?:19|20)\d0s\b")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
_RELATED = 0.5  # a related word ("outage" of "downtime") names the measure too


@dataclass(frozen=True)
class UndatedFigure:
    """A measure asked for a year that no passage found states for it, and the closest: a sentence
    naming the measure with a figure not dated to the year (its passage), if any."""

    measure: str
    year: str
    closest: tuple[Chunk, str] | None = None


def _asked_measure(question: str) -> tuple[str, str] | None:
    """The measure asked as the reply names it, and the words a sentence stating it names."""
    m = _WHAT_MEASURE.search(question)
    if m is not None:
        return m.group("measure"), m.group("measure")
    m = _CHANGED_MEASURE.search(question)
    if m is not None and asked_year(question[m.end() :]) is not None:
        return m.group("measure"), m.group("measure")
    m = _CHANGED_THING.search(question)
    if m is not None:
        return m.group("measure"), m.group("measure")
    m = _SHARE_OR_AMOUNT.search(question)
    if m is None or asked_year(question[m.end() :]) is None:
        return None
    if m.group("share"):  # "what percentage of findings ...": a figure of the findings
        return f"{m.group('part')} of {m.group('share')}", m.group("share")
    return m.group("amount"), m.group("amount")


def _ideas(words: str) -> list[frozenset[str]]:
    return [
        frozenset({t, *(e for e, w in expand(t) if w >= _RELATED and not e.startswith("kind:"))})
        for t in dict.fromkeys(analyze(words))
    ]


def undated_figure(question: str, hits: Sequence[Hit]) -> UndatedFigure | None:
    """The measure ``question`` asks for a year when no passage of ``hits`` states it for that year
    (a sentence naming each word of the measure, with a figure, dated to the year), else None."""
    year = asked_year(question)
    asked = _asked_measure(question) if year is not None else None
    if year is None or asked is None:
        return None
    measure, named = asked
    ideas = _ideas(named)
    if not ideas:
        return None
    closest: tuple[Chunk, str] | None = None
    for hit in hits:
        for sentence in _SENTENCE.split(hit.chunk.text):
            said = set(analyze(sentence))
            if not _FIGURE.search(_DATE.sub(" ", sentence)) or not all(idea & said for idea in ideas):
                continue
            if dated_to(year, hit.chunk, sentence):
                return None
            closest = closest or (hit.chunk, sentence.strip().lstrip("-• ").strip())
    return UndatedFigure(measure.strip(), year, closest)
