"""Spelling tolerance: the bounded edit distance and the symmetric-delete speller."""

from __future__ import annotations

import random

import numpy as np
import pytest

from heyfolio.search.spelling import MAX_DISTANCE, Speller, edit_distance


def _reference_distance(a: str, b: str) -> int:
    """Textbook optimal-string-alignment distance, unbounded (the oracle)."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("scheduler", "scheduler", 0),
        ("schedular", "scheduler", 1),  # substitution
        ("shceduler", "scheduler", 1),  # adjacent swap counts once
        ("scheduer", "scheduler", 1),  # deletion
        ("scheduuler", "scheduler", 1),  # insertion
        ("shcedulr", "scheduler", 2),
        ("", "abc", 3),
    ],
)
def test_edit_distance_counts_swaps_as_one_edit(a: str, b: str, expected: int) -> None:
    assert edit_distance(a, b, 5) == expected
    assert edit_distance(b, a, 5) == expected


def test_edit_distance_stops_past_the_limit() -> None:
    assert edit_distance("kubernetes", "rowing", 2) == 3
    assert edit_distance("abcdef", "ab", 1) == 2  # length gap alone exceeds the limit
    assert edit_distance("schedular", "scheduler", 0) == 1


def test_edit_distance_agrees_with_the_textbook_table() -> None:
    rng = random.Random(11)
    words = ["".join(rng.choice("abcde") for _ in range(rng.randint(0, 9))) for _ in range(300)]
    for _ in range(3000):
        a, b = rng.choice(words), rng.choice(words)
        full = _reference_distance(a, b)
        for limit in (0, 1, 2, 3):
            assert edit_distance(a, b, limit) == (full if full <= limit else limit + 1), (a, b, limit)


def test_suggest_finds_the_closest_word_and_prefers_frequent_ones() -> None:
    speller = Speller({"kubernetes": 9, "scheduler": 4, "schedules": 1, "rowing": 2})
    assert speller.suggest("kuberntes", 1) == ["kubernetes"]
    assert speller.suggest("kuberentes", 1) == ["kubernetes"]  # a swap
    assert speller.suggest("schedulers", 1) == ["scheduler", "schedules"]  # tie: frequent first
    assert speller.suggest("schedulxrs", 1) == []  # two edits, only one allowed
    assert speller.suggest("schedulxrs", 2) == ["scheduler", "schedules"]
    assert speller.suggest("rowing", 2) == []  # a known word is not a typo
    assert speller.suggest("rowing", 0) == []
    assert len(speller) == 4


def test_suggest_prefers_the_smaller_distance_over_frequency() -> None:
    speller = Speller({"leases": 1, "losses": 50})
    assert speller.suggest("leasse", 2) == ["leases"]


def test_suggest_ties_break_alphabetically_and_limit_applies() -> None:
    speller = Speller({"cart": 1, "card": 1, "care": 1, "carp": 1})
    assert speller.suggest("carx", 1) == ["card", "care", "carp"]
    assert speller.suggest("carx", 1, limit=1) == ["card"]


def _letter_gaps(word: str, counts: np.ndarray, letters: str) -> np.ndarray:
    """A lower bound on the edit distance from ``word`` to each word whose letter counts are a row of
    ``counts``: an insertion, deletion or substitution changes the letters' multiset by at most one
    on each side, a swap not at all."""
    mine = np.array([word.count(c) for c in letters])
    return np.maximum(np.maximum(mine - counts, 0).sum(axis=1), np.maximum(counts - mine, 0).sum(axis=1))


def test_suggest_matches_a_brute_force_scan() -> None:
    """The deletion index must find exactly what comparing against every word would.

    The scan still decides about every word; it skips the distance table only for a word whose
    letters alone prove it more than ``limit`` edits away (``_letter_gaps``), which can be neither
    a suggestion nor the closest word within the limit, so the expected list is unchanged."""
    rng = random.Random(5)
    letters = "abcdefghij"
    words = {
        "".join(rng.choice(letters) for _ in range(rng.randint(4, 12))): rng.randint(1, 9) for _ in range(800)
    }
    speller = Speller(words)
    listed = list(words)
    counts = np.array([[w.count(c) for c in letters] for w in listed])

    def brute(word: str, limit: int) -> list[str]:
        gaps = _letter_gaps(word, counts, letters)
        scored = [
            (edit_distance(word, w, limit) if gap <= limit else limit + 1, w)
            for w, gap in zip(listed, gaps.tolist(), strict=True)
        ]
        best = min(d for d, _ in scored)
        if best > limit:
            return []
        return sorted((w for d, w in scored if d == best), key=lambda w: (-words[w], w))

    checked = 0
    for _ in range(1500):
        typo = list(rng.choice(list(words)))
        for _ in range(rng.randint(1, MAX_DISTANCE)):
            i = rng.randrange(len(typo))
            op = rng.randrange(4)
            if op == 0:
                typo.insert(i, rng.choice(letters))
            elif op == 1 and len(typo) > 1:
                del typo[i]
            elif op == 2:
                typo[i] = rng.choice(letters)
            elif i + 1 < len(typo):
                typo[i], typo[i + 1] = typo[i + 1], typo[i]
        word = "".join(typo)
        if word in words:
            continue
        limit = 1 if len(word) <= 7 else 2
        assert speller.suggest(word, limit, limit=1000) == brute(word, limit), word
        checked += 1
    assert checked > 1000
