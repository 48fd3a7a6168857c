"""A win asked by the kind of thing won ("did she win a hackathon?", "has he won a design prize?").

Why: such a question shares its words with the award entries ("won", "award") and with any passage
naming the kind in passing ("began as a hackathon project"), so search finds the owner's awards and
the answer reads as a yes, though none of them is of the kind asked (a best-talk award is no
hackathon won). A kind of win is answered only by an award entry, or a sentence saying something was
won, that names the kind; otherwise the reply says the portfolio doesn't mention it, with the awards
it does list shown as the closest, marked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze

__all__ = ["unwon_kind"]

# "did she win a hackathon?", "has he ever won a translation prize?" (not "did his project win an award
# at X?", which asks where, of any award)
_WIN_ASKED = re.compile(
    r"^\W*(?:did|has|have|had)\s+(?:she|he|they|[A-Z][\w'-]*)\s+(?:ever\s+)?(?:win|won)\s+"
    r"(?P<what>(?:a|an|any)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?)\s*(?:[?.!]|$)",
    re.IGNORECASE,
)
# words of a win that name no kind of it: "did she win any awards?" asks of every award
_GENERIC = frozenset(
    analyze(
        "award awards prize prizes anything something thing things honour honours honor honors recognition "
        "title titles medal medals trophy trophies competition competitions contest contests big major "
        "notable significant international national industry other"
    )
)
_WON_SAID = re.compile(r"\b(?:won|wins?|winning|winners?|first place|finalist|champion\w*|awarded)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
_AWARD_KINDS = frozenset({"award"})


def unwon_kind(question: str, chunks: Sequence[Chunk]) -> str | None:
    """The kind of win ``question`` asks of ("a hackathon") when no award entry and no sentence saying
    something was won names it, else None - also when the question asks no kind of win."""
    m = _WIN_ASKED.search(question)
    if m is None:
        return None
    kind = [t for t in analyze(m.group("what")) if t not in _GENERIC and t not in ("a", "an", "any")]
    if not kind:
        return None
    for chunk in chunks:
        if chunk.kind in _AWARD_KINDS and set(kind) <= set(analyze(f"{chunk.title}\n{chunk.text}")):
            return None
        for sentence in _SENTENCE.split(chunk.text):
            if _WON_SAID.search(sentence) and set(kind) <= set(analyze(sentence)):
                return None
    return m.group("what").strip()
