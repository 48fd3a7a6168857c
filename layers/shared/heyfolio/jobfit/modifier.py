"""A word shown only before the hyphen of a participle adjective ("code-switched speech", "peer-reviewed
papers", "solar-powered sensors").

Why: such an adjective says what a thing is about or how it is made, not work on the word before its
hyphen: "Experience with code review" was credited "code" by "code-switched speech recognition", and three
words of four shown made such asks matched. Only participles: the word tails ("event-driven",
"customer-facing") cost a measured true match where the word before them was the thing. The word still
counts where the ask writes the adjective's tail too ("peer review" against "peer-reviewed papers") or
writes the word before a hyphen itself ("self-service" against "self-hosted"), and wherever the content
writes it on its own.
"""

from __future__ import annotations

import re

from heyfolio.search.text import analyze

__all__ = ["only_as_modifier"]

# A word, a hyphen and a participle ("switched", "reviewed").
_ADJECTIVE = re.compile(
    r"\b([^\W\d_]+)-([^\W\d_]+ed)\b",
    re.IGNORECASE,
)


# A word before a hyphen in the ask itself ("self-service").
_FIRST_PART = re.compile(r"\b([^\W\d_]+)-[^\W\d_]")


def only_as_modifier(term: str, text: str, ask: str) -> bool:
    """Whether ``term`` is in ``text`` only before the hyphen of such an adjective whose tail ``ask`` does
    not write."""
    if "-" not in text:
        return False
    if any(term in analyze(m.group(1)) for m in _FIRST_PART.finditer(ask)):
        return False  # "self-service tooling" against "self-hosted": the ask writes it before a hyphen too
    asked = set(analyze(ask))
    found = False
    for m in _ADJECTIVE.finditer(text):
        if term in analyze(m.group(1)) and not set(analyze(m.group(2))) & asked:
            found = True
    return found and term not in analyze(_ADJECTIVE.sub(" ", text))
