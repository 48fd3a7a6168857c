"""A name typed with two adjacent letters swapped, read as the name it stands for.

Why: a recruiter typing fast writes "Kuberentes", "Pareclbird", "Dajngo". A capitalised word the
content does not know is otherwise read as a name of its own (a name one letter apart, "Parcelbox"
beside "Parcelfox", is more often another name than a typo), so the question's cues (which
employer, which technology) miss it. One edit that keeps every letter is two neighbours swapped,
a slip of the fingers rather than another name: such a word is read as the one word of the content
or the lexicon it swaps into, keeping its first letter.
"""

from __future__ import annotations

from collections.abc import Callable

from heyfolio.search.spelling import Speller

__all__ = ["MIN_SWAPPED_LEN", "same_letters", "swapped_back", "unswapped"]

MIN_SWAPPED_LEN = 5  # shorter names swap into too many others ("Nate", "Neta")


def same_letters(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` use the same letters as often each (case aside)."""
    return len(a) == len(b) and sorted(a.casefold()) == sorted(b.casefold())


def unswapped(word: str, speller: Speller) -> str | None:
    """The one known word (lower case) that ``word`` (lower case, unknown) is with two adjacent
    letters swapped back, keeping its first letter; None when there is none or several."""
    if len(word) < MIN_SWAPPED_LEN or not word.isalpha():
        return None
    found = speller.suggest(word, 1, limit=2, accept=lambda w: w[:1] == word[:1] and same_letters(w, word))
    return found[0] if len(found) == 1 else None


def swapped_back(word: str, reads: Callable[[str], bool]) -> str | None:
    """The one word ``reads`` accepts that ``word`` (lower case, unknown) is with two adjacent
    letters after its first swapped back ("expreience" -> "experience"), or None when there is
    none or several. A word of the language the content never uses is found too: only the
    word's own few swaps are tried, not a vocabulary."""
    if len(word) < MIN_SWAPPED_LEN or not word.isalpha():
        return None
    found = {
        cand
        for i in range(1, len(word) - 1)
        if word[i] != word[i + 1] and reads(cand := word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    }
    return found.pop() if len(found) == 1 else None
