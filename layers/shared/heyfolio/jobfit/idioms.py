"""Words inside a hyphenated idiom ("capture-the-flag", "state-of-the-art", "out-of-the-box").

Why: a compound joined around an article is a fixed name or an idiom; its words are not used in their own
sense. "Feature flag systems" was matched by a "capture-the-flag lab", "Art direction" would be by
"state-of-the-art". A word of such a compound shows nothing of itself, unless the ask writes the same
compound ("Capture-the-flag competitions").
"""

from __future__ import annotations

import re

from heyfolio.search.text import analyze

__all__ = ["only_in_idiom"]

# Three or more parts joined by hyphens, one of the inner parts an article.
_IDIOM = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)*-(?:the|a|an)-[A-Za-z]+(?:-[A-Za-z]+)*\b", re.IGNORECASE)


def only_in_idiom(term: str, text: str, *, whole: bool = True) -> bool:
    """Whether ``term`` is in ``text`` only inside a hyphenated idiom (``whole`` False: in one at least)."""
    if "-" not in text:
        return False
    idioms = _IDIOM.findall(text)
    if not idioms or not any(term in analyze(i) for i in idioms):
        return False
    return not whole or term not in analyze(_IDIOM.sub(" ", text))
