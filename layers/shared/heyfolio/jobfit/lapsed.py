"""A certificate the content says is no longer held ("CKAD - expired 2022-09", "lapsed", "not renewed").

Why: a credential named bare ("CKAD", "Holds CKAD") without the word "certification" was matched by the
certificate line that says it expired. Recruiters read an expired credential as knowledge once shown, not
the credential held: an ask shown only by such lines is partial, as one shown only by coursework is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["CERT_EXPIRED", "currency_word", "lapsed_certificate"]

# "(expired 2022)", "lapsed", "no longer valid", "not renewed".
CERT_EXPIRED = re.compile(
    r"\b(?:expired|lapsed|inactive|revoked|not renewed|no longer (?:valid|active|current|held))\b",
    re.IGNORECASE,
)


def lapsed_certificate(kind: str, text: str) -> bool:
    """Whether a sentence of ``kind`` states a certificate that has expired."""
    return kind == "certificate" and bool(CERT_EXPIRED.search(text))


# How an ask says a credential must still be held ("Active CISSP", "a current CKA"): not a skill of its own.
_CURRENCY = frozenset({"active", "current", "currently", "valid", "unexpired"})


def currency_word(words: Sequence[str]) -> bool:
    """Whether a plain word of an ask only says the credential is still held ("active", "current")."""
    return bool(words) and all(w.casefold() in _CURRENCY for w in words)
