"""Which shown passage leads a question asking for a figure: the one whose figure counts what was asked.

Why: "how big was the brewhouse he automated?" ranks "ran six free workshops on brewhouse automation"
as high as "automated a 200-hectolitre brewhouse": both name the brewhouse, and both state a figure,
but the first one's figure counts workshops. "What OEE did the lines reach?" ranks a project that
reports OEE above the job that raised it "from 58% to 71%". A figure counts the noun written with it
(``count_nouns.attached_nouns``); when the passage search put first answers with no figure of a thing
the question names, and another shown passage answers at least as well with one, that one leads.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from heyfolio.chat.count_nouns import attached_nouns
from heyfolio.search.index import Hit
from heyfolio.search.text import analyze

__all__ = ["asks_amount", "figure_first"]

# A question asking for an amount in so many words ("how big was the brewhouse?", "what was the size of
# ..."); not a change or a result named ("what did it grow out of?", "her impact"), whose lead is a
# passage's account, not its figure
_AMOUNT_Q = re.compile(
    r"\bhow (?:many|much|big|large|small|fast|often|far)\b|"
    r"\bwhat(?:'s| is| was) the (?:size|number|count|scale|throughput|latency|rate|percentage)\b",
    re.IGNORECASE,
)
# "What OEE did the filling lines reach?", "what uptime has it hit?": a level reached is a figure asked
_REACHED_Q = re.compile(
    r"\bwhat\s+(?:[\w-]+\s+){1,3}(?:did|does|do|has|have|had|was|were)\b.*\b(?:reach|hit|achieve|get to|got to)\b",
    re.IGNORECASE,
)


def asks_amount(query: str) -> bool:
    """Whether the question asks for an amount: "how many/much/big ...?", or what level something
    reached (a figure, with no "how many")."""
    return bool(_AMOUNT_Q.search(query) or _REACHED_Q.search(query))


def figure_first(
    hits: Sequence[Hit],
    query: str,
    best_sentence: Callable[[Hit], str],
    strength: Mapping[int, float],
    amount: Callable[[str], bool],
) -> list[Hit]:
    """``hits`` with the first one answering by a figure of an asked noun moved to the front, when the
    first shown does not and it answers at least as well (``strength`` by ``id`` of each hit)."""
    if len(hits) < 2:
        return list(hits)
    asked = frozenset(analyze(query))

    def counts_asked(hit: Hit) -> bool:
        sentence = best_sentence(hit)
        return amount(sentence) and bool(attached_nouns(sentence) & asked)

    def counts_other(hit: Hit) -> bool:
        # no figure, or one counting only things not asked ("six free workshops"); a bare figure
        # ("by 22%") counts nothing by name and may be what was asked
        sentence = best_sentence(hit)
        if not amount(sentence):
            return True
        nouns = attached_nouns(sentence)
        return bool(nouns) and not nouns & asked

    top = hits[0]
    if not counts_other(top):
        return list(hits)
    better = next(
        (h for h in hits[1:] if strength.get(id(h), 0.0) >= strength.get(id(top), 0.0) and counts_asked(h)),
        None,
    )
    if better is None:
        return list(hits)
    return [better, *(h for h in hits if h is not better)]
