"""Whether a question asks a figure of a pastime that the interest's entry does not state.

Why: an interest entry is a name and a few keywords ("Chess — Online blitz"). Search ranks it first
for "what is her chess rating?", "her best time in a trail race?", "his longest ride?" or "what
class is his radio licence?", and quoting it reads as the answer, though it states no rating, time,
distance or level. Such a question is declined, with the interest
shown as the closest the portfolio has ("amateur 1-dan" does state a rank, and answers).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import Hit

__all__ = ["unstated_pastime_figure"]

# A figure asked for: a measure of how well, how much or how fast the owner does a thing
_FIGURE_ASKED = re.compile(
    r"\bhow (?:many|much|fast|far|often|good|well)\b|"
    r"\b(?:ratings?|rank(?:ing)?s?|scores?|handicaps?|grades?|records?|personal bests?|pbs?|"
    r"(?:best|fastest|finish(?:ing)?|race) times?|call ?signs?)\b|"
    # an extreme of it ("his longest race", "the highest peak she climbed"): a distance, height or time
    r"\b(?:longest|furthest|farthest|highest|fastest|quickest|biggest|largest|heaviest|hardest|toughest)\b|"
    # a level held in it ("what class is his ham licence?", "which belt does she hold?")
    r"\b(?:what|which)\s+(?:class|level|belt|grade|tier|division|category|dan|kyu)\b|"
    r"\b(?:licen[cs]e|belt|certificat\w*)\s+(?:class|level|grade)\b",
    re.IGNORECASE,
)
# A figure stated: digits or a number written out, or a level named as one ("black belt", "Extra class")
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand|dozens?)\b|"
    r"\b(?:class|level|belt|grade|tier|division|category|dan|kyu)\b",
    re.IGNORECASE,
)


def unstated_pastime_figure(message: str, hits: Sequence[Hit]) -> Chunk | None:
    """The interest entry leading ``hits`` when ``message`` asks a figure it does not state, else None."""
    if not hits or hits[0].chunk.kind != "interest" or not _FIGURE_ASKED.search(message):
        return None
    lead = hits[0].chunk
    return None if _FIGURE.search(lead.text) else lead
