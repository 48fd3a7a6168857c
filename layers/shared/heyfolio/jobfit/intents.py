"""Words a visitor asks about the person, whose search neighbours are no evidence of a skill.

Why: the search module widens "hiring" to "open", "available" and "start", "social" to "GitHub" and
"website", "raising" to "hometown": the ways a visitor asks whether the owner is available, where they
live or how to reach them. For a job ad those neighbours are another question: "hiring experience" is not
shown by open-source work, nor "a social media following" by a GitHub link. Such a word is recognised by
the question intent it carries (the FAQ, the profile header, the interests), not by a list of words.
"""

from __future__ import annotations

from functools import cache

from heyfolio.search.text import expand, kind_term

__all__ = ["about_the_person", "related_words"]

# The kinds of passage that answer questions about the person rather than about the work.
_PERSONAL_KINDS = frozenset(kind_term(k) for k in ("faq", "basics", "interest"))


@cache
def about_the_person(term: str) -> bool:
    """Whether ``term`` (an index term) is a cue of a question about the owner (availability, location,
    contact, pay, hobbies) rather than a word of what they can do."""
    return any(t in _PERSONAL_KINDS for t, _ in expand(term))


def related_words(term: str) -> list[str]:
    """The search module's looser neighbours of ``term`` (weight below 1) that may stand as related
    evidence of it: none for a cue of a question about the person."""
    if about_the_person(term):
        return []
    return [t for t, w in expand(term) if w < 1.0 and not t.startswith("kind:")]
