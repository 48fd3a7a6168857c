"""A word shown only before the hyphen of an adjective ("code-switched speech", "event-driven
architecture", "customer-facing apps").

Why: such an adjective says what a thing is about or how it is made, not work on the word before its
hyphen: "Experience with code review" was credited "code" by "code-switched speech recognition", "Event
management for conferences" "event" by "event-driven architecture", and three words of four shown made the
ask matched. The word still counts where the ask writes the adjective's tail too ("peer review" against
"peer-reviewed papers") and wherever the content writes it on its own.
"""

from __future__ import annotations

import re

from heyfolio.search.text import analyze

__all__ = ["only_as_modifier"]

# A word, a hyphen and an adjective's tail: a participle ("switched", "reviewed") or a word of manner.
_ADJECTIVE = re.compile(
    r"\b([^\W\d_]+)-([^\W\d_]+ed|driven|facing|heavy|centric|oriented|focused|friendly|aware)\b",
    re.IGNORECASE,
)


def only_as_modifier(term: str, text: str, ask: str) -> bool:
    """Whether ``term`` is in ``text`` only before the hyphen of such an adjective whose tail ``ask`` does
    not write."""
    if "-" not in text:
        return False
    asked = set(analyze(ask))
    found = False
    for m in _ADJECTIVE.finditer(text):
        if term in analyze(m.group(1)) and not set(analyze(m.group(2))) & asked:
            found = True
    return found and term not in analyze(_ADJECTIVE.sub(" ", text))
