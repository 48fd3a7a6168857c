"""The role an owner says they want next ("I am looking for a backend or platform role", "What I want
next: a staff-level research role"): a wish, not experience.

Why: a summary that names the job sought writes the very words an ad asks ("platform", "staff-level"),
so read as evidence it shows whatever the owner hopes to become. The sentence stays quotable (screening
asks read relocation, time zones and visas from its text); only the wished role is not indexed as shown.
"""

from __future__ import annotations

import re

__all__ = ["without_wished_role"]

# A goal said in the owner's voice, then the role it names, up to the noun that says it is a role.
_WISHED_ROLE = re.compile(
    r"\b(?:(?:am|is|are|'m|'s|currently|now)\s+(?:looking|searching|hoping)\s+(?:for|to\s+(?:join|move\s+into|find))"
    r"|seeking|want(?:s)?\s+next|would\s+(?:like|love)\s+(?:a|an|to\s+(?:join|move\s+into|find))"
    r"|(?:'d|I)\s+like\s+(?:a|an|to\s+(?:join|move\s+into|find))|next\s+(?:step|role|move)\s*(?:is|:)"
    r"|aspir\w+\s+to|aiming\s+for)"
    r"[^.;!?]{0,90}?\b(?:roles?|positions?|jobs?|opportunit(?:y|ies)|title)\b",
    re.IGNORECASE,
)


def without_wished_role(text: str) -> str:
    """``text`` with the role it says the owner is looking for taken out (the rest of the sentence
    kept); ``text`` itself when it states no such wish."""
    return _WISHED_ROLE.sub(" ", text)
