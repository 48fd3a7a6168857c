"""A word that names a kind of system only with the generic noun after it: "battery management systems",
"booking platform", "recommendation engine".

Why: generic nouns ("system", "platform", "engine", "management") are never things to show on their own,
so the matcher drops them; "battery management systems" then reads as "battery", and a firmware engineer
who extended a pump's battery life "has" a battery management system. The kind is the word and its head
together: it is shown where a sentence holds both; the word alone is another thing (battery life), no
evidence of the kind, so the ask is missing where nothing else supports it (a JSON skill so named as well,
whatever keywords pad it).
"""

from __future__ import annotations

import re

__all__ = ["head_nouns_after", "holds_a_head"]

# Generic heads that make a kind of thing out of the word before them ("storage engine", "booking platform",
# "learning management system"); a bare "system" is not one ("payment systems" are payments work).
_HEADS = "platform platforms engine engines"
_HEAD_STEMS = {"platform": "platform", "engine": "engine", "management system": "system"}
_KIND = re.compile(
    r"\s+(platforms?|engines?|management\s+systems?)\b",
    re.IGNORECASE,
)


def head_nouns_after(text: str, word: str) -> list[str]:
    """The generic head written right after ``word`` in ``text`` ("booking platform" -> ["platform"],
    "battery management systems" -> ["management system"]); empty when the word stands on its own."""
    m = re.search(rf"(?<![\w-]){re.escape(word)}{_KIND.pattern}", text, re.IGNORECASE)
    if m is None:
        return []
    head = re.sub(r"\s+", " ", m.group(1).casefold()).rstrip("s")
    return [head]


def holds_a_head(sentence: str, heads: list[str]) -> bool:
    """Whether ``sentence`` writes one of ``heads`` (in any of its forms: "systems", "platform's")."""
    low = sentence.casefold()
    return any(re.search(rf"\b{_HEAD_STEMS.get(h, h)}", low) for h in heads)
