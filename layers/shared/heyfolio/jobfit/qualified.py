"""A count asked of a qualified kind ("5 first-author papers", "5+ production apps") against the count of
that kind a sentence writes beside its total ("9 peer-reviewed papers, 3 as first author").

Why: a figure was compared by its noun alone, so "At least 5 first-author papers" was met by "9 papers"
although the same sentence says only 3 were first-author ones. When a sentence counts the qualified kind
itself, that count is what the ask is compared with; a sentence that counts only the total says nothing
against it (the qualified share may be any part of it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.jobfit.evidence import NUMBER, number_value

__all__ = ["qualified_counts"]

# The figure an ask's written count opens with ("5", "5+", "10,000"), before the words that qualify it.
_FIGURE = re.compile(r"\S+\s+(?P<words>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s*$")


def qualified_counts(written: str, stems: Sequence[str], text: str) -> list[int]:
    """The counts ``text`` writes of the kind ``written`` qualifies ("5 first-author" with the stem
    "paper": the 3 of "3 as first author", "3 first-author papers"). Empty when ``written`` has no
    qualifier or ``text`` counts none of that kind."""
    m = _FIGURE.match(written)
    if m is None:
        return []
    # the noun itself is no qualifier ("1M+ downloads" asks downloads, of no kind)
    words = [w for w in re.split(r"[\s-]+", m.group("words")) if w]
    if not words or any(w.casefold().startswith(s.casefold()) for w in words for s in stems if s):
        return []
    qualifier = r"[\s-]+".join(re.escape(w) for w in words)
    unit = "|".join(re.escape(s) for s in stems if s)
    # the count, then "as (a/the)", "in", "of them" at most, then the qualifier, then the noun or the
    # clause's end: "3 as first author;", "4 in production apps", but not "2 production incidents"
    pattern = re.compile(
        NUMBER
        + r"\s+(?:of them\s+|(?:as|in|were|are)\s+(?:(?:an?|the)\s+)?)?"
        + qualifier
        + r"\w*(?=\s*(?:[,;.)]|$|(?:"
        + (unit or r"(?!)")
        + r")))",
        re.IGNORECASE,
    )
    return [v for c in pattern.finditer(text) if (v := number_value(c.group(1))) is not None]
