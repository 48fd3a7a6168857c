"""The owner called "this kid": "how much real experience does this kid have?".

Why: recruiters write "this kid" for a junior the portfolio is about. Read as a word, "kid" is a topic
(children, young people) the portfolio does not name, so search finds only weak passages and the
answer is refused; "the kid" here is the owner, like "she" or "he". Only the singular noun after a
determiner is read so ("the kids at her club" stays a topic). "This guy", "the gal" need no reading:
search knows no such word and passes over it (rewritten, they changed answers that were right).
"""

from __future__ import annotations

import re

__all__ = ["owner_nouns_as_pronoun"]

_NOUN = r"(?:kid|kiddo)"
_DETERMINER = r"(?:this|that|the|ur|your)"
_POSSESSIVE = re.compile(rf"\b{_DETERMINER}\s+{_NOUN}['’]s\b", re.IGNORECASE)
_SUBJECT = re.compile(rf"\b{_DETERMINER}\s+{_NOUN}\b(?!['’-])", re.IGNORECASE)


def owner_nouns_as_pronoun(message: str) -> str:
    """``message`` with "this kid" / "the kid" (and their possessives) read as the owner's pronoun
    ("they", "their"); unchanged when there is none."""
    if not _SUBJECT.search(message) and not _POSSESSIVE.search(message):
        return message
    return _SUBJECT.sub("they", _POSSESSIVE.sub("their", message))
