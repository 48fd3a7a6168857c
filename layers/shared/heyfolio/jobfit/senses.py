"""A technology's related word that is also plain English stands for it only in a technical sentence.

Why: "operator" is related to Kubernetes (a Kubernetes operator is built on it), but a résumé also writes
"Operator of wind farms in Spain" about an employer. The word alone cannot tell the senses apart; the
sentence around it can: a Kubernetes operator is written among other technologies ("an operator in Go",
"a Helm chart and an operator"), an energy company's line names none.
"""

from __future__ import annotations

from heyfolio.jobfit.evidence import norm_text
from heyfolio.jobfit.terms import TECH_WORDS
from heyfolio.search.text import analyze

__all__ = ["technical_sentence"]


def technical_sentence(text: str, word: str) -> bool:
    """Whether ``text`` names a technology besides ``word`` itself."""
    own = set(analyze(word))
    return any(t in TECH_WORDS and t not in own for t in analyze(norm_text(text)))
