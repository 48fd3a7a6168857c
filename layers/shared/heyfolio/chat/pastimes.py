"""Whether a question asks a figure of a pastime that the interest's entry does not state.

Why: an interest entry is a name and a few keywords ("Chess — Online blitz"). Search ranks it first
for "what is her chess rating?" or "her best time in a trail race?", and quoting it reads as the
answer, though it states no rating, time or score. Such a question is declined, with the interest
shown as the closest the portfolio has ("amateur 1-dan" does state a rank, and answers).
The interest need not rank first: "how many marathons has she run?" ranks a job that "runs the
services" above "Running — marathons", yet the interest is the one the question names; it is
declined unless a sentence found elsewhere names the same things with a figure ("ran 12 marathons").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import Hit
from heyfolio.search.text import analyze

__all__ = ["unstated_pastime_figure"]

# A figure asked for: a measure of how well, how much or how fast the owner does a thing
_FIGURE_ASKED = re.compile(
    r"\bhow (?:many|much|fast|far|often|good|well)\b|"
    r"\b(?:ratings?|rank(?:ing)?s?|scores?|handicaps?|grades?|records?|personal bests?|pbs?|"
    r"(?:best|fastest|finish(?:ing)?|race) times?|call ?signs?|"
    r"(?:longest|furthest|farthest|highest|fastest|biggest|deepest)\s+[\w-]+)\b",
    re.IGNORECASE,
)
# A figure stated: digits or a number written out
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand|dozens?)\b",
    re.IGNORECASE,
)


_DATE = re.compile(r"\b(?:19|20)\d\d(?:-\d\d){0,2}\b")  # an entry's date is no figure of the pastime
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
# The words of an interest entry that name no pastime
_ENTRY_WORDS = frozenset(analyze("interest interests hobby hobbies"))


def unstated_pastime_figure(message: str, hits: Sequence[Hit]) -> Chunk | None:
    """The interest entry ``message`` asks a figure of when no passage of ``hits`` states it, else None:
    the interest leading ``hits``, or one further down whose words the question names."""
    if not hits or not _FIGURE_ASKED.search(message):
        return None
    if hits[0].chunk.kind == "interest":
        lead = hits[0].chunk
        return None if _FIGURE.search(lead.text) else lead
    asked = set(analyze(message)) - _ENTRY_WORDS
    for hit in hits[1:]:
        named = asked & set(analyze(hit.chunk.text)) if hit.chunk.kind == "interest" else set()
        if not named or _FIGURE.search(hit.chunk.text):
            continue
        # a sentence elsewhere naming the same things with a figure may be the answer
        stated = any(
            _FIGURE.search(_DATE.sub(" ", sentence)) and named <= set(analyze(sentence))
            for other in hits
            if other.chunk.kind != "interest"
            for sentence in _SENTENCE.split(other.chunk.text)
        )
        return None if stated else hit.chunk
    return None
