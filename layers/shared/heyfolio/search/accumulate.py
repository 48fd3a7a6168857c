"""Per-passage scores of a large index held in arrays: a question's posting lists added in bulk.

Why: on a large index a common word's posting list has tens of thousands of passages, and adding
its impacts one by one into a dict was most of a search's time at 100k passages (~20-30 ms for a
question with two or three common words). ``ArrayScores`` adds a whole posting list with one
vectorised operation and finds the best passages with a partial sort; it behaves as the dict it
replaces (the passages any posting list touched are its keys), and every score is the same
float64 sum, added in the same order, so rankings are identical to the dict's.

numpy is imported only when an index is large enough to use this (``index._ARRAY_SCORES_MIN``):
a portfolio-sized index stays pure Python.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from typing import Any

import numpy as np

__all__ = ["ArrayScores", "as_arrays"]

_DENSE_SHARE = 0.1
"""``add_capped`` works on whole arrays when the scores added touch more than this share of passages
(measured on the bench questions at 10k: below it, indexing their rows is cheaper)."""


def as_arrays(docs: array[int], impacts: array[float]) -> tuple[Any, Any]:
    """A posting list's passages and impacts as numpy arrays sharing the lists' memory (no copy)."""
    return np.frombuffer(docs, dtype=np.intc), np.frombuffer(impacts, dtype=np.float32)


class ArrayScores:
    """Accumulated scores over ``n`` passages; a passage is a key once a posting list touched it."""

    __slots__ = ("_touched", "_values")

    def __init__(self, n: int) -> None:
        self._values = np.zeros(n, dtype=np.float64)
        self._touched = np.zeros(n, dtype=bool)

    def add(self, docs: array[int], impacts: array[float], weight: float = 1.0) -> None:
        """Add ``impacts * weight`` to ``docs`` (distinct passages, as a posting list's are)."""
        rows, gains = as_arrays(docs, impacts)
        # numpy indexes with intp: converted once here, not by each of the three indexings below
        # (~40% of this call at 10k passages; the same rows, so the same sums)
        rows = rows.astype(np.intp)
        scaled = gains.astype(np.float64) if weight == 1.0 else gains.astype(np.float64) * weight
        self._values[rows] += scaled
        self._touched[rows] = True

    def add_capped(self, other: ArrayScores, cap: float) -> None:
        """Add each of ``other``'s scores, at most ``cap``, to the passages it has."""
        if cap >= 0.0 and np.count_nonzero(other._touched) > len(other._touched) * _DENSE_SHARE:
            # Whole arrays when ``other`` has many passages (an idea with many related words): a
            # passage it lacks holds +0.0, min(+0.0, cap) is a zero, and adding a zero leaves a sum as
            # it is (a sum begun at +0.0 is never -0.0), so every sum is the same as through its rows;
            # ~10 us less a call at 10k passages (three fancy indexings saved).
            self._values += np.minimum(other._values, cap)
            self._touched |= other._touched
            return
        rows = np.flatnonzero(other._touched)
        self._values[rows] += np.minimum(other._values[rows], cap)
        self._touched[rows] = True

    def top(self, k: int) -> list[tuple[int, float]]:
        """The ``k`` best ``(passage, score)`` pairs, ties by passage number (``index._top``)."""
        rows = np.flatnonzero(self._touched)
        values = self._values[rows]
        if len(rows) > k > 0:
            # the k-th largest value: np.partition places it without building an index array
            cutoff = np.partition(values, len(values) - k)[len(values) - k]
            keep = values >= cutoff
            rows, values = rows[keep], values[keep]
        order = np.lexsort((rows, -values))[: max(k, 0)]
        return list(zip(rows[order].tolist(), values[order].tolist(), strict=True))

    def get(self, d: int, default: float = 0.0) -> float:
        return float(self._values[d]) if self._touched[d] else default

    def __getitem__(self, d: int) -> float:
        if not self._touched[d]:
            raise KeyError(d)
        return float(self._values[d])

    def __setitem__(self, d: int, score: float) -> None:
        self._values[d] = score
        self._touched[d] = True

    def __contains__(self, d: object) -> bool:
        return isinstance(d, int) and 0 <= d < len(self._touched) and bool(self._touched[d])

    def __len__(self) -> int:
        return int(np.count_nonzero(self._touched))

    def __iter__(self) -> Iterator[int]:
        return iter(self.keys())

    def keys(self) -> list[int]:
        return np.flatnonzero(self._touched).tolist()

    def values(self) -> list[float]:
        return self._values[self._touched].tolist()

    def items(self) -> list[tuple[int, float]]:
        rows = np.flatnonzero(self._touched)
        return list(zip(rows.tolist(), self._values[rows].tolist(), strict=True))
