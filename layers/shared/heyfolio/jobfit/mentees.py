"""How many people were mentored: an ask for a number of mentees is met by people mentored, not by a group led.

"Mentored 10+ engineers" against technical direction set for 40 and five engineers mentored: leading or
steering many is no record of mentoring many. A recruiter counts mentees where the ask counts them; a
smaller count shown is the thing at a smaller scale (partial), and mentoring shown with no count does not
show the number either.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["mentees_asked", "mentees_shown"]

# "mentored five engineers", "mentor two junior SREs", "coached 17 career changers": the count within a few
# words after the verb, before any punctuation ("mentoring in 2019" counts no one).
_MENTOR_COUNT = re.compile(
    r"\b(?:mentored|mentor|mentors|mentoring|coached|coach|coaches|coaching)\b"
    r"((?:\s+(?!(?:to|as|by|for|after|in|on|at|from|into|with|through|team|teams|group|groups|of)\b)"
    r"[\w'+-]+){1,4})",
    re.IGNORECASE,
)
# Who is counted: people ("engineers", "junior SREs", "students", "women changing careers"), not things
# ("coached 38 incident reviews").
_PEOPLE = re.compile(
    r"^(?:[\w'-]+\s+){0,2}?(?:people|persons?|staff|women|men|juniors?|seniors?|interns?|members?|colleagues?|"
    r"peers?|hires|graduates?|apprentices?|SREs?|[a-z]+(?:ers|ors|ists|ees|ents|ians|ants))\b",
    re.IGNORECASE,
)


def _counts(text: str, number: Callable[[str], int | None]) -> list[int]:
    out = []
    for m in _MENTOR_COUNT.finditer(text):
        words = m.group(1).split()[:4]
        for k, w in enumerate(words):
            if (n := number(w.rstrip("+"))) is not None and n < 1000:
                rest = text[m.start(1) :].split()[k + 1 : k + 4]
                if _PEOPLE.match(" ".join(rest)):
                    out.append(n)
                break
    return out


def mentees_asked(text: str, number: Callable[[str], int | None]) -> int | None:
    """The number of people an ask wants mentored ("Mentored 10+ engineers", "experience coaching 5
    juniors"); None when it names none."""
    counts = [n for n in _counts(text, number) if n > 1]
    return counts[0] if counts else None


def mentees_shown(sentences: Sequence[str], number: Callable[[str], int | None]) -> list[tuple[int, int]]:
    """(count, sentence index) of every number of people the content says were mentored, largest first."""
    found = [(n, i) for i, s in enumerate(sentences) for n in _counts(s, number) if n > 0]
    return sorted(found, reverse=True)
