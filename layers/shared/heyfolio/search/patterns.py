"""Patterns built at run time (from a name, a word list, the owner's names), compiled once.

Why: ``re.search(pattern_text, ...)`` compiles through ``re``'s own cache of 512 patterns, and a reply
builds more distinct ones than that (a name pattern per entry, skill and place it checks), so they
pushed each other out and were parsed and compiled again on every question - most of a reply's
regular-expression time. Kept here for the process, bounded; the pattern itself is unchanged."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["compiled"]


@lru_cache(maxsize=8192)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, kept for the process (least recently used dropped first)."""
    return re.compile(pattern, flags)
