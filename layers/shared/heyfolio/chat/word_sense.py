"""A word asked in one sense that the portfolio only uses in another: "has she managed a budget?".

Why: "budget" in "power budgets are just latency budgets" or an "error budget" is a limit on watts,
milliseconds or failures, not money someone was given to spend. Search ranks such a passage first
for "has she managed a budget?" because the word matches; shown, it answers a question nobody asked.
When the word is used, and every use is qualified into the other sense, nothing answers, and the
honest reply says so. A portfolio that states a budget of money anywhere, or never says the word,
answers as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.chunks import Chunk

__all__ = ["unmatched_sense"]

# what a budget of another kind than money is of ("power budgets", "an error budget")
_OTHER_BUDGETS = frozenset(
    {
        "power",
        "latency",
        "error",
        "errors",
        "time",
        "energy",
        "memory",
        "performance",
        "cpu",
        "battery",
        "frame",
        "page",
        "bundle",
        "size",
        "carbon",
        "heat",
        "thermal",
        "weight",
        "complexity",
        "attention",
        "risk",
        "pain",
    }
)
# (what is asked, how a question asks the money sense, the words that qualify it into another sense)
_SENSES: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = (
    (
        "managing a budget",
        re.compile(
            r"\b(?:manag|own|ran|run|control|responsib|oversaw|oversee|held|hold|handl|set|plan|allocat|spen[dt])\w*"
            r"\b(?: \w+){0,4}? (?:a |the |an? \w+ |their |her |his )?budgets?\b|"
            r"\bbudget(?:ary)? (?:responsibilit\w*|owner(?:ship)?|holder|control|authority|size)\b",
            re.IGNORECASE,
        ),
        _OTHER_BUDGETS,
    ),
)
_WORD = re.compile(r"\b([\w-]+)\s+budget(?:s|ing)?\b|\bbudget(?:s|ing)?\b", re.IGNORECASE)


def _other_sense_only(text: str, other: frozenset[str]) -> bool | None:
    """None when ``text`` never says "budget"; True when every "budget" in it is qualified into another
    sense ("power budgets", "a budgeting app"); False when one is a budget of money ("its budget")."""
    seen = False
    for m in _WORD.finditer(text):
        seen = True
        word = m.group(0).casefold()
        before = (m.group(1) or "").casefold()
        if "budgeting" in word and not before.endswith(("of", "the", "for")):
            continue  # "a budgeting app": a product's purpose, not money the owner ran
        if before not in other:
            return False
    return True if seen else None


def unmatched_sense(question: str, chunks: Sequence[Chunk]) -> str | None:
    """What ``question`` asks in a sense no passage uses ("managing a budget" of a portfolio whose
    only budgets are power and latency budgets), else None."""
    for said, asks, other in _SENSES:
        m = asks.search(question)
        if m is None:
            continue
        asked = _WORD.search(m.group(0))
        if asked is not None and (asked.group(1) or "").casefold() in other:
            continue  # "has she owned an error budget?" asks the other sense itself
        senses = {_other_sense_only(f"{c.title}\n{c.text}", other) for c in chunks}
        if True in senses and False not in senses:
            # (a portfolio that never says the word is left to search: the nearest it has may answer)
            return said
    return None
