"""Degrees held, read for a degree asked: every degree at the level asked may be the one in the field, and
a degree's own field is read spelled out as the ask's is.

Why: a résumé often lists a bachelor's in computer science under a master's in another field; checking
only the highest degree read "a BSc in Computer Science" as a degree in another field. And "MSc in IT
Security" indexes "IT" as an acronym, while the ask's "IT" is spelled out ("information technology"), so
the same field did not meet itself. A research degree's thesis names its field as well ("PhD in Computer
Science", thesis "calibrated speech recognition for code-switched French"): a recruiter reads that as a
PhD in speech recognition, so the thesis title's words count as the degree's field; its courses do not.
The school's name is no field of its degree: a BBA in logistics "at Fontwerk University of Applied Sciences"
met "Computer Science or a related field" by the school's "Sciences". Nor is the degree's kind: "Bachelor of
Science in Risk Management and Insurance" is a degree in insurance, and its "Science" met "Computer Science or a
related field" as a word of the field shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from heyfolio.jobfit.evidence import norm_text
from heyfolio.search.text import analyze

__all__ = ["degree_kind_terms", "degree_terms", "held_at_level", "school_terms", "thesis_terms"]

Degree = tuple[str, int, frozenset[str], int]  # (name, rank, terms, sentence)


def held_at_level(degrees: Iterable[Degree], rank: int) -> list[Degree]:
    """The degrees at ``rank`` or above, highest first (a first found in the field is the one cited)."""
    return sorted((d for d in degrees if d[1] >= rank), key=lambda d: -d[1])


def degree_terms(text: str, spell: Callable[[str], str]) -> frozenset[str]:
    """The terms of a degree's line with its field abbreviations spelled out by ``spell``."""
    return frozenset(analyze(norm_text(spell(text), keep=False)))


# "Bachelor in Logistics (BBA) at Fontwerk University of Applied Sciences (2007-09 – 2011-02)": the school named
# after "at", up to the dates in brackets or the line's end
_SCHOOL = re.compile(r"\s+at\s+([^()]+?)\s*(?:\(|$)")


def school_terms(text: str, spell: Callable[[str], str]) -> frozenset[str]:
    """The terms only the school's name gives a degree's line ("scienc" of "University of Applied Sciences"),
    not also written in the degree's own name and field."""
    m = _SCHOOL.search(text)
    if not m:
        return frozenset()
    return degree_terms(m.group(1), spell) - degree_terms(text[: m.start()], spell)


# "Bachelor of Science in Risk Management", "Master of Arts in History": the kind of degree named before the
# field it is in ("Bachelor of Engineering" names a field, and is left)
_KIND = re.compile(
    r"\b(?:bachelor|master|doctor)(?:'?s)?\s+of\s+((?:science|arts|philosophy|letters)(?:\s+\w+)?)\s+in\s+(.+)",
    re.IGNORECASE,
)


def degree_kind_terms(text: str, spell: Callable[[str], str]) -> frozenset[str]:
    """The terms only the degree's kind gives a degree's line ("scienc" of "Bachelor of Science in ..."),
    when a field is written after it and does not use them too."""
    m = _KIND.search(text)
    if not m:
        return frozenset()
    return degree_terms(m.group(1), spell) - degree_terms(m.group(2), spell)


# "Thesis: Listening in two languages: calibrated speech recognition ..., Advisor: ...": the title up to the
# next listed course (a comma) or the sentence's end
_THESIS = re.compile(r"\b(?:thesis|dissertation)\s*(?:title|topic)?\s*:\s*([^,;]+)", re.IGNORECASE)


def thesis_terms(entry_texts: Iterable[str], spell: Callable[[str], str]) -> frozenset[str]:
    """The terms of the thesis titles written in one degree's passages (``entry_texts``), spelled as
    ``degree_terms`` spells a degree's line; nothing when the degree names no thesis."""
    out: set[str] = set()
    for text in entry_texts:
        for m in _THESIS.finditer(text):
            out |= degree_terms(m.group(1), spell)
    return frozenset(out)
