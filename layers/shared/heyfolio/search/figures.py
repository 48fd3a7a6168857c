"""A count asked of one named entry that states none: "how many stars does <project> have?".

Why: such a question shares every word with the entry it names, so that entry ranks first and looks
like a strong answer, yet it only answers when it states the figure: a number next to the thing counted
("about 1,200 GitHub stars", "cited about 240 times", "about 450 employees"). A portfolio states the
stars of one project and not of another, the headcount of one employer and not of another; the figure
of another entry does not answer. So when the entry the question names states no such figure in any of
its passages, what search found is shown as weak (the closest passages, not an answer). Only measures
an entry is counted by are read (stars, downloads, citations, employees, users, ...): "how many people
did she lead" is answered by a team's size in other words, so it is left to ranking.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from heyfolio.search.text import fold

__all__ = ["asked_measure", "named_entry", "states_measure"]

# The measures an entry is counted by, each with the words a passage states it with.
_MEASURES: dict[str, tuple[str, ...]] = {
    "star": ("star",),
    "fork": ("fork",),
    "download": ("download", "install"),
    "install": ("install", "download"),
    "citation": ("citation", "cited", "cite"),
    "contributor": ("contributor",),
    "employee": ("employee", "staff", "headcount", "person"),  # "about 450 employees", "a 30-person start-up"
    "customer": ("customer", "client"),
    "subscriber": ("subscriber",),
    "follower": ("follower",),
    "user": ("user",),
    "visitor": ("visitor",),
}
_ASKS = re.compile(r"\b(?:how many|number of)\s+((?:[^\W\d_][\w'-]*\s+){0,2}[^\W\d_][\w'-]*)", re.IGNORECASE)
_WORD = re.compile(r"[^\W_][\w,.+%-]*")
_NUMBER = re.compile(
    r"\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundreds?|thousands?|millions?|dozens?)$"
)
_NEAR = 3  # words between a number and the measure it counts ("1,400 GitHub stars", "cited about 240 times")


def asked_measure(question: str) -> str | None:
    """The measure a "how many" question counts (``_MEASURES``: "stars" of "how many GitHub stars"),
    or None when it counts something else or nothing."""
    m = _ASKS.search(question)
    if m is None:
        return None
    for word in m.group(1).split():
        w = fold(word)
        for stem in (w, w[:-1] if w.endswith("s") else w):
            if stem in _MEASURES:
                return stem
    return None


def states_measure(texts: Iterable[str], measure: str) -> bool:
    """Whether any of ``texts`` states ``measure`` with a number near it (``_NEAR`` words either way)."""
    forms = _MEASURES[measure]
    for text in texts:
        # a figure joined to its measure ("a 30-person start-up") is two words
        words = [part for w in _WORD.findall(text) for part in fold(w).split("-") if part]
        numbers = [i for i, w in enumerate(words) if _NUMBER.search(w)]
        if not numbers:
            continue
        for i, w in enumerate(words):
            if w.startswith(forms) and any(abs(i - n) <= _NEAR for n in numbers):
                return True
    return False


def named_entry(
    question_tokens: Sequence[str], named: dict[str, list[int]], skip: Callable[[str], bool]
) -> list[int]:
    """The passages of the one entry the question names by its name word (``understand.Facts.named``),
    or [] when it names none or several."""
    found = {t for t in question_tokens if t in named and not skip(t)}
    return list(named[next(iter(found))]) if len(found) == 1 else []
