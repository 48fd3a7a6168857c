"""Whether a thing asked for by a description ("the app she built for the dentist chain") is the
thing the passage search ranks first.

Why: "what was the name of the app she built for the dentist chain?" finds the app she built for a
chain of bakeries - close in words, yet another thing. A passage answers a question naming a thing
by whom it was made for only when it speaks of each word of that description.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.index import Hit
from heyfolio.search.text import analyze, expand

__all__ = ["unmatched_description"]

_NAMED_BY_DESCRIPTION = re.compile(
    r"\b(?:what(?:'s|\s+is|\s+was)\s+the\s+name\s+of|what\s+(?:is|was)\s+(?:it|that)\s+called|which)\s+"
    r"(?:the\s+|an?\s+|(?:her|his|their)\s+)?(?P<thing>[\w-]+(?:\s+[\w-]+)?)\s+(?:that\s+)?"
    r"(?:she|he|they|[A-Z][\w'-]*)\s+(?:\w+\s+)?(?:built|made|wrote|developed|designed|created|shipped|delivered)\s+"
    r"for\s+(?:the\s+|an?\s+)?(?P<desc>[^?.!,]+)",
    re.IGNORECASE,
)
_RELATED = 0.5


def unmatched_description(message: str, hits: Sequence[Hit]) -> str | None:
    """The description ``message`` names a thing by, when no passage of ``hits`` speaks of every
    word of it; else None."""
    m = _NAMED_BY_DESCRIPTION.search(message)
    if m is None or not hits:
        return None
    desc = m.group("desc").strip()
    ideas = [
        {term, *(t for t, w in expand(term) if w >= _RELATED and not t.startswith("kind:"))}
        for term in analyze(desc)
    ]
    for hit in hits:
        words = set(analyze(f"{hit.chunk.title}\n{hit.chunk.text}"))
        if all(idea & words for idea in ideas):
            return None
    return desc
