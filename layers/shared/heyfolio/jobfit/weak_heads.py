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
# A model is such a head too ("weather models", "credit risk models"): a weather forecast read is no weather
# model; after an activity ("forecasting models", "ranking models") the model is the activity's own work.
_HEADS = "platform platforms engine engines model models"
_HEAD_STEMS = {"platform": "platform", "engine": "engine", "management system": "system", "model": "model"}
_KIND = re.compile(
    r"\s+(platforms?|engines?|management\s+systems?|models?)\b",
    re.IGNORECASE,
)
# The head shared by two words joined before it: "weather or climate models", "booking/payments platform".
_SHARED = r"(?:\s+(?:or|and|&)\s+[\w-]+|\s*/\s*[\w-]+)?"


def head_nouns_after(text: str, word: str) -> list[str]:
    """The generic head written right after ``word`` in ``text`` ("booking platform" -> ["platform"],
    "battery management systems" -> ["management system"], "weather or climate models" -> ["model"]);
    empty when the word stands on its own."""
    m = re.search(rf"(?<![\w-]){re.escape(word)}{_SHARED}{_KIND.pattern}", text, re.IGNORECASE)
    if m is None:
        return []
    head = re.sub(r"\s+", " ", m.group(1).casefold()).rstrip("s")
    if head == "model" and word.casefold().endswith("ing"):
        return []
    return [head]


def holds_a_head(sentence: str, heads: list[str]) -> bool:
    """Whether ``sentence`` writes one of ``heads`` (in any of its forms: "systems", "platform's")."""
    low = sentence.casefold()
    return any(re.search(rf"\b{_HEAD_STEMS.get(h, h)}", low) for h in heads)
