"""A name with its short form in brackets offered as one of two ("Certified Ethical Hacker (CEH) or OSCP").

Why: a bracket after a name was read as the kind of thing the name is and closed the name's unit, so the
"or" after it opened a second thing asked beside the first: the owner holding OSCP was missing for
"Certified Ethical Hacker (CEH) or OSCP", and held at partial for "CISM (Certified Information Security
Manager) or CISSP". The bracket is another way to write the same name (its short form, or the words of a short
form, the one the initials of the other), so it is one more alternative of the either-or ask; a bracket listing examples ("(Rust, Go)"), one
qualifying a name ("Kotlin (Spring Boot)") or a line with no "or" beside a bracket is left as it is.
"""

from __future__ import annotations

import re

__all__ = ["bracket_as_alternative"]

# One name in brackets: a capital first, no list inside, up to six words ("(CEH)", "(Certified ... Manager)").
_NAME_IN_BRACKETS = re.compile(r"\s*\(\s*([A-Z][\w&+.'’-]*(?:\s+[\w&+.'’-]+){0,5})\s*\)")
# "or" and another name right after the bracket (not "or similar", "or equivalent experience": a kin of the
# credential is no name of it), or the bracket closing the name that follows an "or".
_OR_AFTER = re.compile(r"\s*,?\s*[oO][rR]\s+[A-Z]")
_OR_BEFORE = re.compile(r"\bor\s+[^()]{1,80}$", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"\b(?:and|or|e\.g|i\.e|such as|like|for|in|with)\b", re.IGNORECASE)
# A short form: capitals and digits ("CEH", "CKA", "GWAPT"); the words a short form skips.
_SHORT = re.compile(r"[A-Z][A-Z0-9&+-]{1,9}")
_SHORT_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Z0-9&+-]{1,9})\s*$")
_SKIPPED = frozenset({"of", "and", "in", "for", "the", "&", "-", "–"})
_WORDS = re.compile(r"[A-Za-z][\w'’-]*")


def _stands_for(short: str, words: list[str]) -> bool:
    """Whether ``short`` is the initials of the last of ``words`` ("CEH": "... Certified Ethical Hacker")."""
    letters = [c.casefold() for c in short if c.isalpha()]
    significant = [w for w in words if w.casefold() not in _SKIPPED]
    if len(letters) < 2 or len(significant) < len(letters):
        return False
    return [w[0].casefold() for w in significant[-len(letters) :]] == letters


def bracket_as_alternative(text: str) -> str:
    """``text`` with each one-name bracket beside an "or" written as one more alternative ("Certified Ethical
    Hacker (CEH) or OSCP" -> "Certified Ethical Hacker or CEH or OSCP"); unchanged otherwise."""

    def swap(m: re.Match[str]) -> str:
        inside = m.group(1)
        if _NOT_A_NAME.search(inside):
            return m.group(0)
        # the name and its short form, either way round, its letters the name's initials: not a
        # qualifier ("Kotlin (Spring Boot)", "AWS or GCP (IAM)")
        before_words = _WORDS.findall(text[: m.start()])
        short_before = _SHORT_BEFORE.search(text, 0, m.start())
        if _SHORT.fullmatch(inside):
            if not _stands_for(inside, before_words):
                return m.group(0)
        elif short_before is None or not _stands_for(short_before.group(1), _WORDS.findall(inside)):
            return m.group(0)
        after = _OR_AFTER.match(text, m.end())
        before = _OR_BEFORE.search(text, 0, m.start())
        if not after and not before:
            return m.group(0)
        return f" or {inside}"

    return _NAME_IN_BRACKETS.sub(swap, text)
