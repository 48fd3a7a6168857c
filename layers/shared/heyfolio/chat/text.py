"""One rule for every text the chat takes in: it must be Unicode that UTF-8 can carry.

JSON lets a client send a lone UTF-16 surrogate (``"\\ud800"``); Python decodes it into a
``str`` that no UTF-8 encoder accepts. Left in, it failed far from the door: DynamoDB (the
local emulator answered 500, and botocore retried with backoff - about 5 s) never stored the
question, and an SSE event carrying it could not be written. So:

- a visitor's message holding one is refused before anything runs (400, nothing stored:
  ``request.parse_request``) - it cannot have been typed, only crafted, and guessing what it
  meant would change the visitor's words;
- text that reaches the chat from elsewhere - the model's answer and tool arguments, visitor
  memory, stored history - is cleaned (each lone surrogate becomes U+FFFD, the replacement
  character), so one bad code point never costs a turn.

In a Python ``str`` decoded from JSON a valid pair is already one code point, so any code
point in U+D800-U+DFFF is unpaired.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def lone_surrogate(text: str) -> int | None:
    """The index of the first unpaired surrogate in ``text``, or None when it is valid."""
    found = _SURROGATE.search(text)
    return found.start() if found else None


def clean(text: str) -> str:
    """``text`` with every unpaired surrogate replaced by U+FFFD (unchanged when valid)."""
    return _SURROGATE.sub(REPLACEMENT, text) if _SURROGATE.search(text) else text


def clean_value(value: Any) -> Any:
    """:func:`clean` applied to every string (keys too) inside JSON-like data."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, Mapping):
        return {clean_value(k): clean_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean_value(v) for v in value]
    return value
