"""A product of a technology's family ("Kafka Streams", "Terraform Cloud", "Redis Cluster", "Django REST
Framework"): shown only where its name is written.

Why: read word by word, the product's name was met wherever its words met in one sentence ("streaming
pipelines in Python, Go, Kafka", "dbt on Google Cloud", "caching in Redis" beside a cluster), so the family's
base product claimed the one asked. Neither the base product nor another product of the same family ("Kafka
Connect" for "Kafka Streams") shows it, whether or not its other words are met elsewhere: the labelled sets read
a family product never named as missing, as they read any technology never named. A member word that names a field of work
("Kafka streaming", "Kubernetes security", "Kubernetes Cluster Management" as a title-cased label) is the
family's own work, not a product, and is left to the word-by-word reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from heyfolio.jobfit.terms import TECH_WORDS
from heyfolio.jobfit.vendor_words import VENDORS
from heyfolio.search.tech_names import TECHNOLOGY_NAMES
from heyfolio.search.text import normalize_token

__all__ = [
    "family_product",
    "plain_product",
    "product_written",
    "sibling_only",
    "sibling_written",
    "singular",
    "variant_unwritten",
]

# Endings of nouns that name an activity or a field ("Monitoring", "Management", "Administration",
# "Security", "Architecture", "Performance", "Analytics"): work done with the family, not a product of it.
_FIELD_ENDING = re.compile(r"(?:ing|ment|ments|tion|tions|sion|sions|ity|ure|ance|ence|ics|ogy|ysis)$", re.I)
# Words of a credential or a role ("AWS Certified Developer", "GCP Professional Data Engineer"): a title or a
# certificate, read by the credential checks.
_ROLE = re.compile(
    r"(?:certified|professional|associate|specialty|speciality|foundation|practitioner|expert|engineer|"
    r"developer|administrator|architect|specialist|consultant|analyst|manager|master|lead|leader)s?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][\w'-]*")
_MAKERS = frozenset(VENDORS)
# Nouns that say what kind of thing the words before them are ("Data Platforms", "Distributed Systems").
_KIND = re.compile(
    r"(?:platform|system|tool|service|solution|framework|application|stack|pipeline|environment|product)s?",
    re.IGNORECASE,
)


def _technology(word: str) -> bool:
    low = word.casefold()
    return low in TECHNOLOGY_NAMES or normalize_token(low) in TECH_WORDS


def _title_cased(ask: str, name: Sequence[str]) -> bool:
    """A label in title case ("Kubernetes Cluster Administration Experience"): its capitals mark no name.
    Told by the words outside the name, past the first: every longer one capitalised."""
    own = {w.casefold() for w in name}
    words = [w for w in _WORD.findall(ask)[1:] if len(w) >= 4 and w.casefold() not in own]
    return bool(words) and all(w[0].isupper() for w in words)


def family_product(words: Sequence[str], ask: str, weak: Callable[[str], bool]) -> bool:
    """Whether ``words`` name a product of a technology's family: a technology's name, then capitalised
    words closing on one that is no technology by itself nor a field of work. A closing word the matcher
    reads as weak ("Cluster", "Framework") counts only where the ask is written as a sentence, not as a
    title-cased label."""
    if not 2 <= len(words) <= 3 or not _technology(words[0]):
        return False
    if not (words[0][:1].isupper() or words[0].casefold() in TECHNOLOGY_NAMES):
        return False  # "solid HTML skills": praise, however a framework is spelled
    members = words[1:]
    if not all(m[:1].isupper() and m.isalpha() for m in members):
        return False
    last = members[-1]
    if last.isupper() or _technology(last) or _FIELD_ENDING.search(last) or _ROLE.fullmatch(last):
        return False  # "solid HTML", "Kafka Streaming", "Data Engineer": no product's name
    return not (weak(last) and _title_cased(ask, words))


def plain_product(words: Sequence[str], ask: str) -> bool:
    """Whether ``words`` name a product by plain capitalised words alone ("Cloud Run", "App Engine", "Cloud
    Build"): two or three words, each in title case, none a technology or a vendor, closing on no field of
    work or role, in an ask written as a sentence, not a title-cased label. Why: read word by word, "Cloud
    Run" was met by "Run the yearly drill ... in a second Google Cloud region" and MATCHED a product never
    named; such a name is shown only where its words are written together."""
    if not 2 <= len(words) <= 3:
        return False
    if not all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words):
        return False
    if any(_technology(w) or w.casefold() in _MAKERS for w in words):
        return False
    last = words[-1]
    if _FIELD_ENDING.search(last) or _ROLE.fullmatch(last) or _KIND.fullmatch(last):
        return False  # "Site Reliability Engineering", "Data Engineer", "Data Platforms": no product's name
    return not _title_cased(ask, words)


def singular(words: Sequence[str]) -> tuple[str, ...]:
    """A name's words with its last in the singular ("Web Workers" -> "Web Worker"), so that
    ``product_written`` finds it however the portfolio inflects it."""
    *head, last = words
    return (*head, last[:-1] if len(last) > 3 and last.endswith("s") and not last.endswith("ss") else last)


def product_written(words: Sequence[str], texts: Iterable[str]) -> list[int]:
    """The texts that write the product's name, its words together ("Kafka Streams", "kafka-streams",
    "Kafka Connectors")."""
    name = r"[\s/_-]*".join(re.escape(w) for w in words)
    pattern = re.compile(rf"(?<![\w-]){name}", re.IGNORECASE)
    return [n for n, t in enumerate(texts) if pattern.search(t)]


def sibling_only(words: Sequence[str], texts: Sequence[str]) -> bool:
    """Whether a two-word product of a family, both words capitalised ("Spring Cloud", "Azure Kubernetes
    Service" read as "Kubernetes Service"), is never written but another product of the family is ("Spring
    Boot"): read whatever the ask's other words, the family's other product is not the one asked."""
    if len(words) != 2 or not all(w[:1].isupper() for w in words):
        return False
    if not _technology(words[0]) or _technology(words[1]):
        return False
    return not product_written(words, texts) and sibling_written(words, texts)


def sibling_written(words: Sequence[str], texts: Iterable[str]) -> bool:
    """Whether a text names another product of the family: the family's name, then a capitalised word
    that is not the product's ("Kafka Connect" where "Kafka Streams" is asked)."""
    family, member = words[0], words[1]
    pattern = re.compile(rf"(?<![\w-]){re.escape(family)}[\s-]+(?!{re.escape(member)}\b)[A-Z][\w-]*")
    return any(pattern.search(t) for t in texts)


# A family's member written as one hyphenated word, the member a code of capitals and digits: "Cortex-M",
# "Cortex-M4", "Snapdragon-X". The analyzer drops the code ("cortex"), so any member met every other.
_VARIANT = re.compile(r"(?P<family>[A-Za-z][A-Za-z]{2,})-(?P<member>[A-Z][0-9A-Z]{0,3})")


def variant_unwritten(words: Sequence[str], texts: Sequence[str]) -> bool:
    """Whether a word of a product's name is a family's member by its code ("ARM Cortex-M") that no text
    writes, while some text writes the family with another member ("ARM Cortex-A"): the sibling is not the
    one asked, as a sibling product is not ("Spring Cloud" against Spring Boot)."""
    for word in words:
        m = _VARIANT.fullmatch(word)
        if m is None:
            continue
        family, member = re.escape(m["family"]), re.escape(m["member"])
        asked = re.compile(rf"(?<![\w-]){family}[\s-]?{member}", re.IGNORECASE)
        other = re.compile(rf"(?<![\w-]){family}[\s-]?(?!{member}(?![0-9A-Za-z]))[A-Z][0-9A-Z]{{0,3}}\b")
        if not any(asked.search(t) for t in texts) and any(other.search(t) for t in texts):
            return True
    return False
