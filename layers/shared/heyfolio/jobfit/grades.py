"""A grade of a graded scheme asked ("ASIL D", "SIL 3", "WCAG 2.2 AAA", "IEC 62304 class C") against the
grades the content shows of that scheme.

Why: the matcher reads a lone letter or digit as no word at all, so "Safety work at ASIL D" was met by
"ISO 26262 ASIL B", and "WCAG AAA" by WCAG AA conformance. A grade is a level of rigour: the scheme shown
at a lower grade is the thing at a lower level (partial, as a lower level is elsewhere); at the grade
asked or above, the ask is met.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["grade_below"]

# Each scheme: how it is written with its grade, and the grades from the least to the most demanding.
_SCHEMES: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    ("ASIL", re.compile(r"\bASIL[\s-]?([A-D])\b"), ("A", "B", "C", "D")),
    ("SIL", re.compile(r"(?<![A-Za-z-])SIL[\s-]?([1-4])\b"), ("1", "2", "3", "4")),
    ("WCAG", re.compile(r"\bWCAG(?:\s+\d(?:\.\d)?)?\s+(AAA|AA|A)\b"), ("A", "AA", "AAA")),
    (
        "IEC 62304 class",
        re.compile(r"\b62304\b[^.;]{0,40}?\bclass\s+([ABC])\b", re.IGNORECASE),
        ("A", "B", "C"),
    ),
)


def grade_below(text: str, content: Iterable[str]) -> str | None:
    """The scheme and grade asked ("ASIL D") when the content shows that scheme only at lower grades;
    None when no grade is asked, the scheme is not shown with a grade, or a grade shown reaches it."""
    texts = list(content)
    for name, pattern, order in _SCHEMES:
        asked = [order.index(m.group(1).upper()) for m in pattern.finditer(text)]
        if not asked:
            continue
        shown = [order.index(m.group(1).upper()) for t in texts for m in pattern.finditer(t)]
        if shown and max(shown) < min(asked):
            return f"{name} {order[min(asked)]}"
    return None
