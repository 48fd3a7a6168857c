"""An adjective in "-al" is not the activity in "-ate"/"-ation" its stem shares: "orchestral" is no "orchestration".

Why: the stemmer folds both derivations onto one index term ("orchestral", "orchestration" -> "orchestr"; "medical",
"medication" -> "medic"; "instrumental", "instrumentation" -> "instrument"), so "Container orchestration" was
related by "Orchestral recording engineer" and "medication management" by "medical devices". The two forms name
different things: the adjective says what something is of (an orchestra, medicine), the "-ate" form names a doing.
A sentence that writes the stem only in the other derivation than the ask's does not show the asked word.
"""

from __future__ import annotations

import re

from heyfolio.search.text import analyze

__all__ = ["asked_derivation", "other_derivation_only"]

_WORD = re.compile(r"[A-Za-z]+")


def _kinds(text: str, term: str) -> set[str]:
    """How ``text`` writes the words that index as ``term``: "act" (stem + "at": orchestrate, orchestration),
    "adj" (stem + "al", not + "at": orchestral), or "other" (anything else: the stem itself, "-ic", "-ing")."""
    out: set[str] = set()
    for word in _WORD.findall(text):
        low = word.casefold()
        if not low.startswith(term) or analyze(low) != [term]:
            continue
        rest = low[len(term) :]
        out.add("act" if rest.startswith("at") else "adj" if rest.startswith("al") else "other")
    return out


def asked_derivation(ask: str, term: str) -> str | None:
    """The one derivation ("act" or "adj") the ask writes ``term`` in, or None (another form, or both)."""
    kinds = _kinds(ask, term)
    return next(iter(kinds)) if len(kinds) == 1 and kinds <= {"act", "adj"} else None


def other_derivation_only(asked: str, text: str, term: str) -> bool:
    """Whether ``text`` writes ``term`` only in the derivation opposite ``asked`` ("adj" against "act")."""
    kinds = _kinds(text, term)
    return bool(kinds) and kinds == {"adj" if asked == "act" else "act"}
