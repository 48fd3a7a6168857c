"""Whether a question asks a figure of a pastime that the interest's entry does not state.

Why: an interest entry is a name and a few keywords ("Chess — Online blitz"). Search ranks it first
for "what is her chess rating?" or "her best time in a trail race?", and quoting it reads as the
answer, though it states no rating, time or score. Such a question is declined, with the interest
shown as the closest the portfolio has ("amateur 1-dan" does state a rank, and answers). So is a
figure of a pastime the question names when the passage search ranks first speaks of something else
("how many board games does she own?" led by "coached at 17 workshops").
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
    r"(?:best|fastest|finish(?:ing)?|race) times?|call ?signs?|counts?|tall(?:y|ies))\b",
    re.IGNORECASE,
)
# A figure stated: digits or a number written out
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand|dozens?)\b",
    re.IGNORECASE,
)


def unstated_pastime_figure(message: str, hits: Sequence[Hit], chunks: Sequence[Chunk] = ()) -> Chunk | None:
    """The interest entry leading ``hits`` when ``message`` asks a figure it does not state, else None.
    An interest of ``chunks`` the question names stands in for a lead passage that never speaks of it
    ("how many kilometres does he cycle a year?" led by a mentoring job's "12- to 16-year-olds")."""
    if not hits or not _FIGURE_ASKED.search(message):
        return None
    lead = hits[0].chunk
    if lead.kind != "interest":
        named = _named_pastime(message, hits, chunks)
        if named is None:
            return None
        lead = named
    return None if _FIGURE.search(lead.text) else lead


def _named_pastime(message: str, hits: Sequence[Hit], chunks: Sequence[Chunk]) -> Chunk | None:
    """The interest whose name's last word ``message`` writes ("surf" of "Surfing", "cycle" of "Road
    cycling") when no passage of ``hits`` but an interest says that word: the question is about the
    pastime, what search found about other things."""
    asked = set(analyze(message))
    said = {
        t for h in hits if h.chunk.kind != "interest" for t in analyze(f"{h.chunk.title}\n{h.chunk.text}")
    }
    for chunk in chunks:
        name = analyze(chunk.title.removeprefix("Interest:")) if chunk.kind == "interest" else []
        if name and name[-1] in asked and name[-1] not in said:
            return chunk
    return None
