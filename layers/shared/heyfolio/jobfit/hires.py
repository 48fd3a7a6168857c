"""How many people were hired: an ask for a number of hires is met by hires, not by the team led.

"Hired 10+ engineers" against a group of 40 led and three hired: leading many is no record of hiring
many. Recruiters count hires where the ask counts them; a smaller count shown is the thing at a smaller
scale (partial), and hiring shown with no count does not show the number either.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["hires_asked", "hires_shown"]

# "hired 8 people", "helped hire four", "hiring three of its four engineers", "recruited and trained 9":
# the count within a few words after the verb, before any punctuation.
_HIRE_COUNT = re.compile(
    r"\b(?:hired|hire|hiring|recruited|recruit|recruiting)\b((?:\s+(?!(?:to|as|by|for|after|in|on|at|from|into)\b)[\w'+-]+){1,4})",
    re.IGNORECASE,
)


def _counts(text: str, number: Callable[[str], int | None]) -> list[int]:
    out = []
    for m in _HIRE_COUNT.finditer(text):
        words = m.group(1).split()
        for w in words[:4]:
            if (n := number(w.rstrip("+"))) is not None and n < 1000:  # "hired in 2019" counts no one
                out.append(n)
                break
    return out


def hires_asked(text: str, number: Callable[[str], int | None]) -> int | None:
    """The number of hires an ask names ("Hired 10+ engineers", "experience hiring 15 people"); None when
    it names none."""
    counts = [n for n in _counts(text, number) if n > 1]
    return counts[0] if counts else None


def hires_shown(sentences: Sequence[str], number: Callable[[str], int | None]) -> list[tuple[int, int]]:
    """(count, sentence index) of every number of people the content says were hired, largest first."""
    found = [(n, i) for i, s in enumerate(sentences) for n in _counts(s, number) if n > 0]
    return sorted(found, reverse=True)
