"""A question that names the owner, read for meaning as one that says "they".

Why: recruiters write "does Mira know Kubernetes?" as often as "does she know Kubernetes?". Every
passage is about the owner, so the name tells no passage from another; yet to the dense model a
name is a strong signal, and the passages that spell it out (FAQ questions, "Q: When is Mira
available?") come out closest whatever was asked. The lexical stage already weighs the name
lightly; the question embedded for its meaning says a pronoun in its place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from heyfolio.search.text import STOP_WORDS

__all__ = ["without_owner"]

# a word with its possessive ("Mira's", "Inés’"): the name is replaced whole
_RUN = re.compile(r"\b(?:they|their)\s+((?:they|their)\s+)*(they|their)\b")
_MIN_REST = 1  # fewer words besides the name: a question about the owner as such ("who is Mira?")
_WORD = re.compile(r"([^\W\d_][^\W_]*)(['’]s\b|['’](?!\w))?")


def without_owner(query: str, owner_terms: Collection[str], term: Callable[[str], str]) -> str:
    """``query`` with each word of the owner's name (``term(word)`` in ``owner_terms``) read as
    "they" (a possessive as "their"); as asked when nothing else would remain ("who is Mira?") or
    the name is not there."""
    if not owner_terms:
        return query
    found = False

    def swap(m: re.Match[str]) -> str:
        nonlocal found
        if term(m.group(1)) not in owner_terms:
            return m.group()
        found = True
        return "their" if m.group(2) else "they"

    out = _WORD.sub(swap, query)
    if not found:
        return query
    out = _RUN.sub(lambda m: m.group(2), out)  # "Mira Okafor's" -> one "their"
    rest = [w for w, _ in _WORD.findall(out) if w.casefold() not in STOP_WORDS and w not in ("they", "their")]
    return out if len(rest) >= _MIN_REST else query
