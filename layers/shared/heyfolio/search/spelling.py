"""Nearest known spellings of a word the index has never seen (spelling tolerance).

Why this shape: a visitor's typo ("kubernets") otherwise matches nothing, and a query must
stay pure Python and fast at 100k passages. A linear scan of the vocabulary with an edit
distance per word is far too slow there, so this is SymSpell's symmetric-delete scheme: every
known word is filed under each string obtained by deleting up to ``MAX_DISTANCE`` characters
from its first ``PREFIX`` characters; a query word looks up its own deletions and only the few
words found are checked with a bounded Damerau-Levenshtein (optimal string alignment) distance.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

__all__ = ["MAX_DISTANCE", "PREFIX", "Speller", "edit_distance"]

MAX_DISTANCE = 2
PREFIX = 6  # deletions are taken from the first PREFIX characters (SymSpell's prefix trick)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute,
    swap two adjacent letters) between ``a`` and ``b``, or ``limit + 1`` once it must exceed
    ``limit`` — the bound keeps a check to a few row operations."""
    if a == b:
        return 0
    la, lb = len(a), len(b)
    if abs(la - lb) > limit:
        return limit + 1
    over = limit + 1
    prev2: list[int] = []
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        ca = a[i - 1]
        row_min = i
        for j in range(1, lb + 1):
            cb = b[j - 1]
            cost = 0 if ca == cb else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            if v < row_min:
                row_min = v
        if row_min > limit:
            return over
        prev2, prev = prev, cur
    return prev[lb] if prev[lb] <= limit else over


def _deletions(word: str, depth: int) -> set[str]:
    """``word`` and every string made by deleting up to ``depth`` (at most 2) of its characters."""
    n = len(word)
    out = {word}
    if depth >= 1:
        out.update([word[:i] + word[i + 1 :] for i in range(n)])
    if depth >= 2:
        out.update([word[:i] + word[i + 1 : j] + word[j + 1 :] for i in range(n) for j in range(i + 1, n)])
    return out


class Speller:
    """Known words filed by their deletions; ``suggest`` answers the closest of them."""

    __slots__ = ("_deletes", "_freq")

    def __init__(self, words: Mapping[str, int]) -> None:
        """``words`` maps each known word to how common it is (a tie-break: frequent wins)."""
        self._freq = dict(words)
        # Most keys file one word: kept as the bare string, a list only once shared (memory).
        deletes: dict[str, str | list[str]] = {}
        get = deletes.get
        for word in sorted(self._freq):  # sorted: candidate lists (and so answers) are deterministic
            for key in _deletions(word[:PREFIX], MAX_DISTANCE):
                slot = get(key)
                if slot is None:
                    deletes[key] = word
                elif isinstance(slot, str):
                    deletes[key] = [slot, word]
                else:
                    slot.append(word)
        self._deletes = deletes

    def __len__(self) -> int:
        return len(self._freq)

    def frequency(self, word: str) -> int:
        """How common ``word`` is (its tie-break weight), 0 if unknown."""
        return self._freq.get(word, 0)

    def suggest(
        self,
        word: str,
        max_distance: int,
        limit: int = 3,
        accept: Callable[[str], bool] | None = None,
    ) -> list[str]:
        """The known words closest to ``word`` within ``max_distance`` (at most ``limit``, all at
        the smallest distance found), most frequent first, then alphabetical; ``[]`` if none.
        With ``accept``, only the words it accepts are candidates."""
        if max_distance <= 0 or word in self._freq:
            return []
        max_distance = min(max_distance, MAX_DISTANCE)
        best = max_distance + 1
        found: list[str] = []
        seen: set[str] = set()
        for key in _deletions(word[:PREFIX], max_distance):
            slot = self._deletes.get(key)
            if slot is None:
                continue
            for cand in (slot,) if isinstance(slot, str) else slot:
                if cand in seen:
                    continue
                seen.add(cand)
                if accept is not None and not accept(cand):
                    continue
                dist = edit_distance(word, cand, min(best, max_distance))
                if dist > max_distance:
                    continue
                if dist < best:
                    best, found = dist, [cand]
                elif dist == best:
                    found.append(cand)
        found.sort(key=lambda w: (-self._freq[w], w))
        return found[:limit]
