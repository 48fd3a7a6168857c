"""A favourite asked that the passages found never state as one: "what is her favourite JavaScript
framework?" of a skills list naming React, Vue and Svelte.

Why: a portfolio lists the tools, courses and hobbies someone has, rarely which one they like best. A
question asking a favourite shares the thing's words ("framework", "observability tool", "course"), so
a list of them ranks first and reads as the answer, yet a list ranks nothing: picking one from it would
be an invented preference. So when no passage found writes a liking in any form ("I love", "enjoy",
"favourite", "prefer", "my go-to"), what search found is shown as weak (the closest passages, not an
answer).

Read narrowly on the asking side (the question writes a favourite or a "like best / enjoy most") and
broadly on the stating side: a liking word anywhere in what was found ("I enjoy mentoring", "Work
preferences: ...") leaves the question to the rest of the engine, so an answerable question is never
turned down. "Preferred" or "prefer" alone is not asked here: "does she prefer remote work?" is
answered by where she wants to work, whatever its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["asks_favourite", "unstated_favourite"]

_ASKS = re.compile(
    r"\b(?:favou?rite|fave|most[- ]loved|best[- ]loved|"
    r"(?:like|likes|liked|love|loves|loved|enjoy|enjoys|enjoyed)\s+(?:\w+\s+){0,2}?(?:the\s+)?(?:best|most))\b",
    re.IGNORECASE,
)
# Any way a passage says someone likes something (read broadly).
_LIKING = re.compile(
    r"\b(?:favou?rit\w*|fave|prefer\w*|lov(?:e|es|ed|ing)|enjoy\w*|lik(?:e|es|ed|ing)|passion\w*|"
    r"fond|go-to|of choice|happiest|fun|delight\w*|excit\w*|keen|fan of|care about|cares about|"
    r"fascinat\w*|thrive\w*)\b",
    re.IGNORECASE,
)


def asks_favourite(question: str) -> bool:
    """Whether ``question`` asks which thing someone likes best ("her favourite framework?")."""
    return _ASKS.search(question) is not None


def unstated_favourite(question: str, texts: Iterable[str]) -> bool:
    """Whether ``question`` asks a favourite that none of ``texts`` (the passages found) writes a
    liking of any kind in; False when it asks none or nothing was found."""
    if not asks_favourite(question):
        return False
    found = list(texts)
    return bool(found) and not any(_writes_liking(t) for t in found)


# Who a liking verb belongs to when others come right before it ("our engineers actually like", "users
# loved it"), or "like" meaning "such as" / a simile ("tools like Terraform", "looks like"): no liking
# of the owner's.
_OTHERS = re.compile(
    r"\b(?:(?!(?:is|was|has|does|always|perhaps|thus|this|its|his|hers|yes|us|sometimes)\b)[a-z]+[^s\W]?s|"
    r"look\w*|seem\w*|sound\w*|feel\w*|felt|something|anything|nothing)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
_VERBS = re.compile(r"^(?:like|liked|love|loved|enjoy|enjoyed)$", re.IGNORECASE)


def _writes_liking(text: str) -> bool:
    """Whether ``text`` writes a liking that may be the owner's (``_LIKING``, not others' or "such as")."""
    for m in _LIKING.finditer(text):
        if _VERBS.match(m.group(0)) and _OTHERS.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        return True
    return False
