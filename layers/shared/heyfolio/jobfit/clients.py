"""A field's own work asked ("Bakery operations management"), the field shown only as a client the owner's
work was for ("dashboards for a chain of 11 bakeries").

Why: the matcher drops "operations" and "management" as an ad's wording, which left "bakery" alone, and a
data engineer who set up dashboards for bakeries met it. Work done for a client in a field shows the field
as a setting, not its own operations; a recruiter reads that as related at most.
"""

from __future__ import annotations

import re

from heyfolio.search.text import analyze

__all__ = ["field_work_asked", "only_as_client"]

# The work of a field, which the matcher drops as wording: the word before it says which field's.
_FIELD_WORK = (
    r"(?:operations?|management|maintenance|administration|production|manufacturing|inspection|logistics|"
    r"procurement|merchandising)"
)
_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")
# Marks that end a "for ..." phrase before the word could be its object.
_BREAK = frozenset(".;:!?()")


def field_work_asked(text: str, word: str) -> bool:
    """Whether ``text`` asks the work of the field ``word`` names ("Bakery operations", "Vineyard operations
    management"), not work done for it ("Dashboards for bakeries")."""
    w = re.escape(word)
    if re.search(rf"\bfor\s+(?:[\w-]+\s+){{0,3}}{w}\b", text, re.IGNORECASE):
        return False
    return bool(re.search(rf"(?<![\w-]){w}[\s-]+{_FIELD_WORK}\b", text, re.IGNORECASE))


def only_as_client(term: str, sentence: str) -> bool:
    """Whether every word of ``sentence`` that indexes as ``term`` is the object of a "for ..." phrase at most
    six words before it ("for a chain of 11 bakeries"): who the work was for."""
    tokens = _TOKEN.findall(sentence)
    seen = False
    for i, tok in enumerate(tokens):
        if term not in analyze(tok):
            continue
        seen = True
        window = tokens[max(0, i - 7) : i]
        cut = max((k for k, t in enumerate(window) if t in _BREAK), default=-1)
        if not any(t.casefold() == "for" for t in window[cut + 1 :]):
            return False
    return seen
