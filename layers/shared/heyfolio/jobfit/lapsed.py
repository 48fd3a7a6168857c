"""A certificate the content says is no longer held ("CKAD - expired 2022-09", "lapsed", "not renewed"),
and the words an ask uses to say a credential must still be held ("Active CISSP", "a current CKA").

Why: "Active CISSP" against a CISSP line that never says it lapsed was partial, "active" read as a skill
left unshown. Recruiters write such words about the credential, not as a skill: a credential held and
never said to lapse meets them; one said to have expired does not (``assess._credential_not_held``).
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
