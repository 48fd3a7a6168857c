"""A requirement line that only lists names ("Expo, Fastlane", "Jest and Playwright"): each is asked on its own.

Why: the matcher wants the things one line names shown together (a "power budget" in a hobby write-up and
"hiring" in a job do not add up to owning a budget), but a bare list relates nothing to anything: a résumé
that uses Expo in one job and Fastlane in another shows both tools the ad lists. A word that relates the
names ("Spark on Kubernetes", "React with TypeScript") makes them one ask again.
"""

from __future__ import annotations

import re

__all__ = ["names_listed"]

_LISTED = re.compile(r"[^,;:&/()]+(?:\s*(?:,\s*(?:and\s+)?|&|/|\s+and\s+)\s*[^,;:&/()]+)+[.\s]*")
_RELATING = re.compile(
    r"\b(?:on|with|in|for|using|via|into|onto|from|to|of|at|by|over|under|inside|within|across|as|"
    r"plus|including|like|such)\b",
    re.IGNORECASE,
)


def names_listed(text: str) -> bool:
    """Whether ``text`` is a bare list of two names or more, with no word relating one to another."""
    return bool(_LISTED.fullmatch(text.strip())) and not _RELATING.search(text)
