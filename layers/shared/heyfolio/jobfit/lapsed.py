"""A certificate the content says is no longer held ("CKAD - expired 2022-09", "lapsed", "not renewed").

Why: a credential named bare ("CKAD", "Holds CKAD") without the word "certification" was matched by the
certificate line that says it expired. Recruiters read an expired credential as knowledge once shown, not
the credential held: an ask shown only by such lines is partial, as one shown only by coursework is.
"""

from __future__ import annotations

import re

__all__ = ["CERT_EXPIRED", "lapsed_certificate"]

# "(expired 2022)", "lapsed", "no longer valid", "not renewed".
CERT_EXPIRED = re.compile(
    r"\b(?:expired|lapsed|inactive|revoked|not renewed|no longer (?:valid|active|current|held))\b",
    re.IGNORECASE,
)


def lapsed_certificate(kind: str, text: str) -> bool:
    """Whether a sentence of ``kind`` states a certificate that has expired."""
    return kind == "certificate" and bool(CERT_EXPIRED.search(text))
