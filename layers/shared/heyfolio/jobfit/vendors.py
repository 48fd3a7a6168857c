"""A technology written with its vendor or host before it ("Apache Kafka", "Amazon EKS", "Microsoft Azure").

Why: the years of a technology are dated by the roles that name it, and a résumé writes the name a team
uses day to day ("Kafka", "EKS"), rarely the company or foundation behind it. "5+ years with Apache Kafka"
read as years of "apache" and "kafka" together found none and held a Kafka career at partial. Only a known
technology's name is set free of its vendor: "Google Cloud" is not "Cloud", "Amazon Web Services" not
"Web Services".
"""

from __future__ import annotations

from collections.abc import Sequence

from heyfolio.jobfit.terms import TECH_WORDS
from heyfolio.jobfit.vendor_words import VENDORS
from heyfolio.search.tech_names import TECHNOLOGY_NAMES
from heyfolio.search.text import normalize_token

__all__ = ["without_vendor"]


def without_vendor(words: Sequence[str]) -> tuple[str, ...] | None:
    """The technology ``words`` name without their leading vendor ("Apache Kafka" -> ("Kafka",)), or None
    when the first word is no vendor or the rest is not a known technology's name."""
    if len(words) < 2 or words[0].casefold() not in VENDORS:
        return None
    rest = tuple(words[1:])
    name = " ".join(rest).casefold()
    if name in TECHNOLOGY_NAMES or (len(rest) == 1 and normalize_token(name) in TECH_WORDS):
        return rest
    return None
