"""The products named in brackets after an area ("Databases (PostgreSQL)", "Multi-cloud (AWS and GCP)").

Why: the assessor read the bracket as alternatives of the area, so an area shown ("right-sized RDS
databases") met it. Recruiters read the bracket as what is asked of the area: the product must itself be
written (RDS is not PostgreSQL unless the content says "RDS for PostgreSQL" or "Postgres"). Joined by
"and", every one is asked ("AWS and GCP"); listed with commas, "or" or "e.g.", they are examples of the
area and are left to the area's own check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.jobfit.evidence import Sentence
from heyfolio.jobfit.terms import TECH_WORDS
from heyfolio.search.tech_names import TECHNOLOGY_NAMES
from heyfolio.search.text import analyze

__all__ = ["bracketed_not_written"]

_BRACKET = re.compile(r"([A-Za-z][\w.+#/-]*(?:[ \t]+[A-Za-z][\w.+#/-]*){0,3})[ \t]*\(([^()]{1,80})\)")
_EXAMPLES = re.compile(
    r"^\s*(?:e\.?g\.?,?|such as|like|for example|for instance|incl\.?|including|i\.e\.?)\s*", re.I
)
_NOT_NAMES = re.compile(
    r"\d|\b(?:or similar|or equivalent|or comparable|or other|preferred|ideally|a plus|plus|nice|must|"
    r"required|optional|bonus|remote|hybrid|on-?site|etc)\b",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*(?:,|/|;|\band\b|&|\bor\b)\s*", re.IGNORECASE)


def _product(item: str) -> bool:
    """A technology product known by name (PostgreSQL, GCP, Firebase), not a standard, body or metric set
    written in capitals (Core Web Vitals, IAAP), which the content shows by its parts."""
    terms = analyze(item)
    return item.casefold() in TECHNOLOGY_NAMES or (bool(terms) and all(t in TECH_WORDS for t in terms))


def _acronym_of(head: str, item: str) -> bool:
    """ "Certified Kubernetes Administrator (CKA)": the bracket spells the words before it."""
    words = [w for w in head.split() if w.casefold() not in ("of", "and", "for", "as", "the")]
    short = item.replace(" ", "")
    return short.isupper() and any(
        "".join(w[0] for w in words[-k:]).casefold() == short.casefold() for k in range(1, len(words) + 1)
    )


def bracketed_not_written(text: str, sentences: Sequence[Sentence]) -> str | None:
    """A product named in brackets that no sentence of the content writes, else None."""
    for m in _BRACKET.finditer(text):
        inner = m.group(2)
        if _NOT_NAMES.search(inner) or _acronym_of(m.group(1), inner.strip()):
            continue
        if _EXAMPLES.match(inner) or re.search(r"\bor\b|,|/", inner):
            continue  # examples of the area ("e.g. AWS, GCP", "AWS or GCP"): the area is what is asked
        items = [i.strip() for i in _SPLIT.split(inner) if i.strip()]
        if not items or not all(_product(i) for i in items):
            continue
        for item in items:  # one product, or every one joined by "and": each must be written
            terms = frozenset(analyze(item))
            if not any(terms <= s.terms for s in sentences if s.kind != "reference"):
                return item
    return None
