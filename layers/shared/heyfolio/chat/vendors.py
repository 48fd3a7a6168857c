"""A product asked about by its vendor's name and its own ("Amazon S3", "Google BigQuery").

Why: a portfolio writes "AWS (EC2, S3)" or "Kafka", a question "Amazon S3" or "Apache Kafka"; the
vendor's name is a word the portfolio never uses, and an unknown word in a question reads as the
thing it asks about, which the portfolio lacks - so "has she used Amazon S3?" was not answered.
The vendor only says whose the product is: without it, the question asks about the product.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from heyfolio.jobfit.terms import TECH_WORDS
from heyfolio.search.text import fold, normalize_token

__all__ = ["without_vendors"]

# Vendors written before the products they make.
_VENDORS = ("Amazon", "AWS", "Google", "Microsoft", "Apache", "Oracle", "IBM", "HashiCorp")
_VENDOR_THEN_PRODUCT = re.compile(rf"\b(?:{'|'.join(_VENDORS)})\s+([A-Za-z][\w.+#-]*)", re.IGNORECASE)


def without_vendors(question: str, known: Callable[[str], bool]) -> str | None:
    """``question`` without a vendor's name that stands before a product the portfolio names
    ("Amazon S3" -> "S3"), else None. A product is an acronym or code ("S3", "EKS") or a
    technology's name; "Google Research" names an employer, not a product, and is left alone."""
    out = question
    for m in _VENDOR_THEN_PRODUCT.finditer(question):
        vendor = m.group(0).split()[0]
        product = m.group(1).rstrip(".?!,")
        if known(normalize_token(fold(product))) and _product(product):
            out = out.replace(m.group(0), m.group(0)[len(vendor) :].lstrip(), 1)
    return out if out != question else None


def _product(word: str) -> bool:
    folded = fold(word)
    coded = len(word) > 1 and (word.isupper() or any(c.isdigit() for c in word))
    return coded or folded in TECH_WORDS or normalize_token(folded) in TECH_WORDS
