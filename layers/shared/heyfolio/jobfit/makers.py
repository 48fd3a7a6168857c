"""A product asked with its maker's name before it ("Google Firebase", "Apple SwiftUI", "GCP Dataproc",
"Grafana Loki", "Apple's TestFlight"), written in the portfolio by its own name alone.

Why: read word by word, the maker was a word to find, so an owner who lists Firebase, SwiftUI or Karpenter
read as missing them. ``vendors`` frees only a technology the vocabulary knows; a product's own name is
known by how the portfolio writes it: capitalised as a name, and never as a plain lower-case word ("Maps"
written only as "trail maps" is a word, not Google's product; "Cloud" beside "cloud bill" is no product).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from heyfolio.jobfit.vendor_words import VENDORS
from heyfolio.search.tech_names import TECHNOLOGY_NAMES

__all__ = ["maker_product"]

# Companies and clouds ads put before a product, beyond the vendors a technology's years are freed of.
MAKERS = VENDORS | frozenset(
    str.split(
        "gcp confluent grafana elastic atlassian databricks snowflake nvidia portswigger stmicroelectronics "
        "infineon vercel jetbrains"
    )
)
# "Apple's TestFlight", "Vercel's Next.js": a capitalised name in the possessive is whose product follows.
_POSSESSIVE = re.compile(r"[A-Z][\w.-]*['’]s")
# Plain words makers put their name before ("Google Cloud", "Amazon Web Services", "Microsoft Teams"): the
# product is the pair, and the word alone in a portfolio ("DevOps and Cloud Engineering") is not it.
_PLAIN = frozenset(
    str.split(
        "cloud web services service platform play maps map search drive teams office functions storage app apps "
        "engine studio store analytics ads workspace docs sheets pay wallet health home assistant console "
        "organizations organization identity security container registry kubernetes machine learning data devops "
        "mlops devsecops database databases"
    )
)
# A short product written in capitals ("EKS", "SQS", "EC2", "S3"): a name, never a plain word.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,3}")
# Where a sentence starts: a capital there says nothing of a name.
_START = re.compile(r"(?:^|[.!?•*–]\s*|\n)\s*$")


# A maker's name closed by a company word ("Grafana Labs' Loki", "dbt Labs' dbt"; the tokenizer drops the
# apostrophe after a plural): the product follows it.
_COMPANY_WORD = frozenset(str.split("labs lab inc ltd gmbh corp"))


def _product_words(words: Sequence[str]) -> tuple[str, ...] | None:
    """The words after the maker: after a possessive or a company word among the first three ("Red Hat's
    Ansible", "Grafana Labs Loki"), else after a known maker ("Google Firebase"); None without a maker."""
    for i, w in enumerate(words[:3]):
        if i < len(words) - 1 and (_POSSESSIVE.fullmatch(w) or (i > 0 and w.casefold() in _COMPANY_WORD)):
            return tuple(words[i + 1 :])
    return tuple(words[1:]) if words[0].casefold() in MAKERS else None


def maker_product(words: Sequence[str], texts: Iterable[str]) -> tuple[str, ...] | None:
    """The product ``words`` name without their maker ("Google Firebase" -> ("Firebase",), "Red Hat's
    Ansible" -> ("Ansible",)) when the ``texts`` write it capitalised inside a sentence and never in lower
    case (a technology always written in lower case, "dbt", as written); None otherwise."""
    if not 2 <= len(words) <= 4:
        return None
    found = _product_words(words)
    if not found:
        return None
    return found if _shown_as_name(found, list(texts)) else None


def _shown_as_name(rest: tuple[str, ...], texts: Sequence[str]) -> bool:
    """Whether ``texts`` write the product ``rest`` as a name: capitalised inside a sentence, never in
    lower case; a technology known in lower case ("dbt") as written."""
    lower = len(rest) == 1 and rest[0].islower() and rest[0] in TECHNOLOGY_NAMES
    if not lower and not all(w[:1].isupper() and any(c.isalpha() for c in w) for w in rest):
        return False
    name = " ".join(rest)
    if not lower and (
        (len(name) < 4 and not _ACRONYM.fullmatch(name)) or all(w.casefold() in _PLAIN for w in rest)
    ):
        return False
    spaced = r"\s+".join(map(re.escape, rest))
    pattern = re.compile(rf"(?<![\w-]){spaced}(?![\w-])", re.IGNORECASE)
    named = False
    for text in texts:
        for m in pattern.finditer(text):
            if m.group(0).split() != list(rest):
                return False  # "trail maps": a plain word as well
            if lower or not _START.search(text[: m.start()]):
                named = True
    return named
