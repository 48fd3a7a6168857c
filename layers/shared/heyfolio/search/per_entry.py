"""The best-scored passages, one per entry: a write-up's sections are one project, not several.

Why one module: ranking the owner's apps by rating and their speed-ups by factor both list the top
passages, and a project's write-up spreads over several passages (its Why, its Results) that would
otherwise take every slot; an entry is a project or post page, else the passage itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from heyfolio.search.chunks import Chunk

__all__ = ["best_per_entry"]

_PAGES = ("portfolio://projects/", "portfolio://posts/")


def best_per_entry(chunks: Sequence[Chunk], scores: Mapping[int, float], n: int) -> list[int]:
    """The ``n`` passages with the highest ``scores`` (passage index -> score), best first, one per
    entry (a write-up's sections counted once, by the first of them); ties go to the earlier passage."""
    seen: set[str] = set()
    out: list[int] = []
    for d in sorted(scores, key=lambda d: (-scores[d], d)):
        head = chunks[d].uri.partition("#")[0]
        entry = head if head.startswith(_PAGES) else chunks[d].uri
        if entry in seen:
            continue
        seen.add(entry)
        out.append(d)
        if len(out) >= n:
            break
    return out
