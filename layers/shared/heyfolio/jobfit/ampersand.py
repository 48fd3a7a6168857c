"""Ampersand acronyms asked ("P&L responsibility", "M&A integration", "R&D leadership").

Why: the analyser reads words of letters and digits, so "P&L" falls apart into single letters it drops,
and "P&L responsibility for a business unit" was matched by the one word left ("unit" of a seat control
unit). Such an acronym names the thing asked; it is shown only where the content writes it (with or
without spaces round the ampersand) or spells it out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["ampersand_unshown"]

_ACRONYM = re.compile(r"(?<![\w&])([A-Z]{1,2})\s?&\s?([A-Z]{1,2})(?![\w&])")
# One of several alternatives ("MLflow, W&B", "(W&B or Neptune)"): the others decide, as for any name.
_ONE_OF = re.compile(r"(?:[(,/]|\bor)\s*$", re.IGNORECASE)
_ONE_OF_AFTER = re.compile(r"\s*(?:[,/)]|or\b)", re.IGNORECASE)
# What each common one is written out as (a few words suffice: "acquired" shows M&A work).
_SPELLED = {
    "PL": r"profit(?:\s+and\s+|\s*&\s*|-and-)loss",
    "MA": r"merg(?:er|ers|ed|ing)|acqui(?:red|sition|sitions|ring)",
    "RD": r"research(?:\s+and\s+|\s*&\s*)development",
    "QA": r"questions?(?:\s+and\s+|\s*&\s*)answers?",
    "DI": r"diversity(?:\s+and\s+|\s*&\s*|,\s*)(?:equity\s+and\s+)?inclusion",
    "LD": r"learning(?:\s+and\s+|\s*&\s*)development",
}


def ampersand_unshown(text: str, sentences: Iterable[str]) -> str | None:
    """The first ampersand acronym ``text`` asks that no sentence writes or spells out, else None."""
    asked = [
        (m.group(0), m.group(1), m.group(2))
        for m in _ACRONYM.finditer(text)
        if not _ONE_OF.search(text[: m.start()]) and not _ONE_OF_AFTER.match(text[m.end() :])
    ]
    if not asked:
        return None
    body = "\n".join(sentences)
    for written, left, right in asked:
        forms = [re.escape(left) + r"\s?&\s?" + re.escape(right)]
        if spelled := _SPELLED.get(left + right):
            forms.append(spelled)
        found = re.search(r"(?<![\w&])(?:" + "|".join(forms) + r")(?![\w&])", body, re.IGNORECASE)
        if not found and not (len(left) == len(right) == 1 and _initials(left, right).search(body)):
            return written
    return None


def _initials(left: str, right: str) -> re.Pattern[str]:
    """Capitalised words the acronym abbreviates: "Weights & Biases" for W&B, "Profit and Loss" for P&L."""
    return re.compile(left + r"[a-z]+\s+(?:&|and)\s+" + right + r"[a-z]+")
