"""Numbered names - standards and specifications written as capitals and a number ("DO-254", "ISO 27001",
"IEC 62304", "ARINC 653") - that a question asks about and the portfolio never writes.

Why: such a name shares its letters with another the portfolio does write ("DO-178C" beside "DO-254",
"ISO 9001" beside "ISO 27001"), so the passages naming the other look like an answer; yet the number is
what tells one standard from another, and a résumé naming one says nothing of the other. A name is
written when some word of the portfolio starts with its number and suffix ("27001" of "ISO/IEC 27001",
"178" of "DO-178C"), whatever separates the letters, or writes it glued ("ESP32"); "DO-178B" is not "DO-178C". Years ("AWS 2023") are
not numbered names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["absent_numbered_names", "numbered_names"]

# Capitals (a run of them, maybe slashed or hyphened: "MIL-STD-882"), then a number of two or more digits
# with an optional letter suffix, as a word of its own.
_NUMBERED = re.compile(r"\b((?:[A-Z]{2,}[-/ ])*[A-Z]{2,})[- ]?(\d{2,}[A-Za-z]?)\b")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_WORD = re.compile(r"[a-z0-9]+")


def numbered_names(question: str) -> list[tuple[str, str]]:
    """The numbered names ``question`` writes, each as (as written, number with suffix folded)."""
    return [
        (m.group(0), m.group(2).casefold())
        for m in _NUMBERED.finditer(question)
        if not _YEAR.match(m.group(2))
    ]


def absent_numbered_names(question: str, texts: Iterable[str]) -> list[str]:
    """The numbered names ``question`` writes whose number no word of ``texts`` starts with, and
    which ``texts`` never write glued ("ESP32")."""
    asked = numbered_names(question)
    if not asked:
        return []
    words = {w for text in texts for w in _WORD.findall(text.casefold())}
    numbers = {w for w in words if w[:1].isdigit()}
    return [
        name
        for name, number in asked
        if not any(w.startswith(number) for w in numbers)
        and "".join(_WORD.findall(name.casefold())) not in words
    ]
