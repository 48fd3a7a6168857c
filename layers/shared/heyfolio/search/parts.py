"""The questions of a message that asks two things ("Which certs does she hold? Also, is she OK with remote?").

Why: the words of two questions read as one bag rarely all meet in one passage, so the message as a
whole can look unanswered (every passage addresses too little of it) or be answered for one half only,
while each half on its own is answered plainly by its own passage (the certificates, the remote-work
answer). A message is split where written English starts a second question: after a question mark
followed by more text, at a semicolon, or at "and" / "also" / "plus" before a question word or an
auxiliary ("..., and where does she live now?"). An "or" joins alternatives of one question and a dash
an aside, so neither splits; nor does a question that points back at the first ("how'd it go?").
"""

from __future__ import annotations

import re

__all__ = ["asked_parts"]

_QUESTION_START = (
    r"(?:what|what's|which|when|where|who|whom|whose|how|why|did|does|do|is|are|was|were|has|have|had|"
    r"can|could|would|will)\b"
)
_BREAK = re.compile(
    rf"\?\s+(?=\S)|;\s+|,?\s+(?:and|also|plus)\s+(?={_QUESTION_START})",
    re.IGNORECASE,
)
_LEAD = re.compile(r"^(?:and|also|plus|and also)\b[\s,]*", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 3  # "and when?" or "why?" leans on the other half: it is not a question of its own
# A later question pointing back at the first one's subject ("how'd it go", "where is that client
# based?") is not a question of its own either: read alone it asks about nothing.
_POINTING_BACK = re.compile(r"\b(?:it|its|that|this|these|those|there|them|they|then|so)\b", re.IGNORECASE)


def asked_parts(message: str) -> list[str]:
    """The questions ``message`` asks, each as written (two or more), else [] for a single question."""
    if "?" not in message.rstrip(" ?!.") and " and " not in message and ";" not in message:
        return []
    parts = [_LEAD.sub("", p.strip(" ,.?!")) for p in _BREAK.split(message)]
    parts = [p for p in parts if p]
    if len(parts) < 2 or any(len(_WORD.findall(p)) < _MIN_WORDS for p in parts):
        return []
    if any(_POINTING_BACK.search(p) for p in parts[1:]):
        return []
    return parts
