"""Whether a thing asked for by a description ("the app she built for the dentist chain") is the
thing the passage search ranks first.

Why: "what was the name of the app she built for the dentist chain?" finds the app she built for a
chain of bakeries - close in words, yet another thing. A passage answers a question naming a thing
by whom it was made for only when it speaks of each word of that description.

A thing named by what it is and what the owner did with it ("the mobile app she shipped", "the
podcast she hosts") is in the portfolio only when a passage found speaks of some word of that
description: "shipped" finds a side project mapping ship logbooks, which is not a mobile app, and
"the podcast she hosts" finds her current job by "she". A word that only frames a thing ("thing",
"project") is no description; one other word in a passage ("the fake-signature spotting thing she
built" - a model flagging forged signatures) is enough, as a paraphrase rarely keeps every word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.index import Hit
from heyfolio.search.text import analyze, expand

__all__ = ["unmatched_description", "unmatched_thing"]

_NAMED_BY_DESCRIPTION = re.compile(
    r"\b(?:what(?:'s|\s+is|\s+was)\s+the\s+name\s+of|what\s+(?:is|was)\s+(?:it|that)\s+called|which)\s+"
    r"(?:the\s+|an?\s+|(?:her|his|their)\s+)?(?P<thing>[\w-]+(?:\s+[\w-]+)?)\s+(?:that\s+)?"
    r"(?:she|he|they|[A-Z][\w'-]*)\s+(?:\w+\s+)?(?:built|made|wrote|developed|designed|created|shipped|delivered)\s+"
    r"for\s+(?:the\s+|an?\s+)?(?P<desc>[^?.!,]+)",
    re.IGNORECASE,
)
# "the mobile app she shipped", "the podcast he hosts": a thing in lower case (a name is asked of as
# such elsewhere), then the owner and what the owner did with it
_THING_DONE = re.compile(
    r"\b(?i:the)\s+(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:that\s+)?(?:she|he|they)\s+"
    r"(?:\w+ly\s+)?(?:built|made|wrote|shipped|launched|hosts|hosted|runs|ran|founded|started|published|"
    r"created|developed|designed|maintains|maintained|presented|gave)\b"
)
# words that frame a thing without describing it
_FRAMING = frozenset(analyze("thing things stuff one ones project projects work side other"))
_RELATED = 0.5


def _ideas(words: str) -> list[set[str]]:
    """Each term of ``words`` with the terms closely related to it."""
    return [
        {term, *(t for t, w in expand(term) if w >= _RELATED and not t.startswith("kind:"))}
        for term in analyze(words)
    ]


def _spoken(hit: Hit) -> set[str]:
    return set(analyze(f"{hit.chunk.title}\n{hit.chunk.text}"))


def unmatched_description(message: str, hits: Sequence[Hit]) -> str | None:
    """The description ``message`` names a thing by, when no passage of ``hits`` speaks of every
    word of it; else None."""
    m = _NAMED_BY_DESCRIPTION.search(message)
    if m is None or not hits:
        return None
    desc = m.group("desc").strip()
    ideas = _ideas(desc)
    for hit in hits:
        words = _spoken(hit)
        if all(idea & words for idea in ideas):
            return None
    return desc


def unmatched_thing(message: str, hits: Sequence[Hit]) -> str | None:
    """The thing ``message`` names by what it is and what the owner did with it ("the mobile app she
    shipped"), when no passage of ``hits`` speaks of any word describing it; else None."""
    m = _THING_DONE.search(message)
    if m is None or not hits:
        return None
    ideas = [idea for idea in _ideas(m.group("thing")) if not idea & _FRAMING]
    if not ideas:
        return None
    spoken = set().union(*(_spoken(hit) for hit in hits))
    if any(idea & spoken for idea in ideas):
        return None
    return m.group(0).strip()
