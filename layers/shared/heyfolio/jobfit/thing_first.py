"""The thing an ask names first, before what it is for or where it is done ("Grant writing | for public
research funding", "Curriculum design | for a national exam board").

Why: three plain words of four shown made an ask matched, and here the three were all of its context:
"public", "research" and "funding" from a PhD's funding and a lab, while grants are never written; "national
exam" from a teacher's classes and "board" from board games, while no curriculum is. What the phrase before
the preposition names is the work asked; its context shown without it is related evidence at most.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.jobfit.evidence import norm_text
from heyfolio.search.text import analyze

__all__ = ["first_thing_unshown"]

# Where the thing asked ends and its purpose, place or object begins. "to", "with" and "using" open a
# manner or an infinitive ("Ability to ...", "Experience with ..."): not a thing's context.
_CONTEXT = re.compile(r"\s(?:for|at|on|across|within|of|in)\s", re.IGNORECASE)


def first_thing_unshown(text: str, plain: Sequence[tuple[Sequence[str], bool]]) -> str | None:
    """The words of ``plain`` (each unit's words, and whether the content shows it) that stand before the
    first preposition of ``text``, when every one of them is shown nowhere while some unit after it is
    shown: their label, else None."""
    m = _CONTEXT.search(text)
    if m is None:
        return None
    before = set(analyze(norm_text(text[: m.start()], keep=False)))
    after = set(analyze(norm_text(text[m.end() :], keep=False)))
    head: list[tuple[str, bool]] = []
    rest_shown = False
    for words, shown in plain:
        terms = set(analyze(norm_text(" ".join(words), keep=False)))
        if not terms:
            continue
        if terms <= before and not terms & after:
            head.append((" ".join(words), shown))
        elif shown:
            rest_shown = True
    if head and rest_shown and not any(shown for _, shown in head):
        return ", ".join(w for w, _ in head)
    return None
