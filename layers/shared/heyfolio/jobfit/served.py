"""A platform word written only as the client a server side serves ("mobile backend", "web API"): the
server shown, not the platform's own apps.

Why: "Performed web application, API and mobile backend penetration tests" met "Mobile app security
testing" and "Mobile security", the word "mobile" found in the sentence. A recruiter reads "mobile backend"
as backend work for mobile apps: it shows the backend, and the apps only when the ask is about that
backend too ("Mobile backend development"). And an ask whose platform is shown nowhere ("Mobile app security
testing" where only web apps were tested) is not met by its other words.
"""

from __future__ import annotations

import re

__all__ = ["only_as_served", "platform_word"]

# The platforms a backend serves, and the server-side words that follow them.
_PLATFORMS = frozenset({"mobile", "web", "ios", "android", "desktop", "game", "frontend", "front-end"})
_SERVED = r"\s+(?:back-?ends?|servers?|server-side|apis?|services?)\b"


def platform_word(word: str) -> bool:
    """Whether ``word`` names a platform software is built for ("mobile", "iOS"): which kind of work, so an
    ask whose platform is never shown is not met by its other words alone."""
    return word.casefold() in _PLATFORMS


def only_as_served(word: str, sentence: str, ask: str) -> bool:
    """Whether every ``word`` (a platform: "mobile") in ``sentence`` is the client of a server side ("mobile
    backend"), where the ``ask`` does not ask for that server side itself."""
    if not platform_word(word):
        return False
    served = re.compile(rf"\b{re.escape(word)}{_SERVED}", re.IGNORECASE)
    if served.search(ask):
        return False
    said = len(re.findall(rf"\b{re.escape(word)}\b", sentence, re.IGNORECASE))
    return said > 0 and said == len(served.findall(sentence))
