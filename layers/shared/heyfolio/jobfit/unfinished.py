"""A credential not yet held: a certificate "in progress, exam booked", a course of study still under way.

Why: a résumé lists what its owner is working towards beside what they hold, in the same section and
with the same name. The name alone then reads as held: "CKAD certification" met by a CKAD line that says
the exam is booked for next year, "production Kubernetes experience" met by nothing but that line. What is
under way shows the thing being learnt (related evidence, partial), never the credential nor the work.
"""

from __future__ import annotations

import re

__all__ = ["CERT_UNFINISHED_REASON", "unfinished"]

# How a résumé marks a credential as not yet held.
_UNFINISHED = re.compile(
    r"\b(?:in[ -]progress|under ?way|ongoing|pursuing|currently (?:studying|preparing|working towards?)|"
    r"preparing for|studying for|working towards?|not yet (?:completed|taken|passed|certified)|"
    r"exam (?:booked|scheduled|planned)|(?:expected|due|planned) (?:in |for )?(?:\w+ )?\d{4}|enrolled)\b",
    re.IGNORECASE,
)
CERT_UNFINISHED_REASON = "the certificate by that name is not yet held (in progress)"


def unfinished(text: str) -> bool:
    """Whether a certificate or study line says it is still under way."""
    return _UNFINISHED.search(text) is not None
