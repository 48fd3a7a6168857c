"""A conformance level asked of a standard's version ("WCAG 2.2 AA conformance") against the levels the
content reached and with which version ("took the app to WCAG 2.1 AA conformance").

Why: the version asked was listed among the skills ("WCAG 2.1, WCAG 2.2") and the level shown with
another version, so every word of "Drive WCAG 2.2 AA conformance" was found and it was matched. Knowing a
version is not conforming to it: the level reached with an older version only is partial. An ask of the
version alone ("Expert knowledge of WCAG 2.2") is not this check's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["level_reached_with_other_version"]

# "WCAG 2.2 AA", "WCAG 2.1 Level AA", "WCAG 2.2 (AA)".
_LEVEL_OF = re.compile(r"\b([A-Z]{3,6})\s*v?(\d+(?:\.\d+)?)\s*\(?(?:level\s+)?(A{1,3})\b\)?")


def level_reached_with_other_version(asked: str, content: Iterable[str]) -> str | None:
    """The standard, version and level ``asked`` when the content reaches that level of the standard only
    with other versions (its reason), else None."""
    want = {(m.group(1), m.group(2), m.group(3)) for m in _LEVEL_OF.finditer(asked)}
    if not want:
        return None
    shown = {(m.group(1), m.group(2), m.group(3)) for text in content for m in _LEVEL_OF.finditer(text)}
    for name, version, level in sorted(want):
        others = sorted(v for n, v, lv in shown if n == name and lv == level and v != version)
        if (name, version, level) not in shown and others:
            return f"{name} {level} shown with {', '.join(others)}, not {version}"
    return None
