"""A product named with the technologies it is built on, in brackets: the product is what is asked.

"StreamGrid Mesh (Rust, Kafka, Kubernetes)" asks for StreamGrid Mesh; the bracket says what it runs
on. An owner who shows Rust, Kafka and Kubernetes but never names the product has not used it, so the
bracketed words are no evidence of it (a "keyword-padded" ask). A kind of thing with examples ("Image
formats (GIF, MP4)", "Chaos engineering (Gremlin)") is another reading: there the examples show it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.jobfit.terms import word_list
from heyfolio.search.tech_names import TECHNOLOGY_NAMES

__all__ = ["bracketed_after", "coined_words", "kind_noun", "offers_alternatives", "proper_product"]

# A word written as a name: inner capitals ("StreamGrid", "DevRel"), capitals ("HPC"), or a digit.
_NAME_SHAPE = re.compile(r"[A-Za-z][a-z0-9]*[A-Z][\w.+#-]*|[A-Z]{2,}[\w.+#-]*|[A-Za-z]+\d[\w.+#-]*")


# An acronym in the plural ("ORMs", "SDKs", "LLMs"): things of a kind, named by its initials.
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")

# Platforms whose brackets name their own parts ("AWS (EC2, S3)", "Linux (Debian, Ubuntu)", "Kubernetes
# (EKS, GKE)"): a part shown is the platform used, so these stay kinds whose examples may show them.
_ECOSYSTEMS = frozenset(
    word_list(
        "aws azure gcp linux unix android ios macos windows kubernetes docker openshift openstack heroku "
        "cloudflare hadoop salesforce sap"
    )
)

# Words that say how a technology is used, written before its name ("Async Rust", "Embedded C++").
_STYLES = frozenset(
    word_list(
        "async asynchronous embedded modern idiomatic functional reactive concurrent safe unsafe typed "
        "advanced generic native bare-metal low-level high-performance serverless"
    )
)


def proper_product(words: Sequence[str], text: str = "") -> bool:
    """Whether ``words`` (the name before a bracket) are a product's proper name: every word capitalised,
    and one written as a name ("StreamGrid Mesh", "NumFlow HPC") or two words or more ("Kubeflow
    Pipelines"), so not a kind of thing ("Image formats", "Cloud"). One capitalised word inside the
    sentence of ``text`` is a name too ("Experience with Databricks (Spark, SQL)"): a kind is capitalised
    only where it opens the line."""
    if (
        len(words) >= 2
        and words[-1].casefold() in TECHNOLOGY_NAMES
        and all(w.casefold() in _STYLES for w in words[:-1])
    ):
        return False  # "Async Rust (Tokio)", "Modern C++ (C++17)": a way of using the technology, no product
    if len(words) == 1 and words[0].casefold() in TECHNOLOGY_NAMES and words[0].casefold() not in _ECOSYSTEMS:
        # "Snowflake (SQL, dbt, Python)", "Elixir (Go, Kafka)": a well-known product opening the line is
        # no kind of thing with instances; its bracket lists what it is used with
        return True
    if (
        len(words) >= 2
        and _NAME_SHAPE.fullmatch(words[0]) is None
        and words[0][:1].isupper()
        and words[0].casefold() not in TECHNOLOGY_NAMES
        and all(w.islower() for w in words[1:])
        and _mid_sentence(words[0], text)
    ):
        return True  # "the Lumenkit design platform": a name no vocabulary knows, then what kind it is
    if not words or not all(w[:1].isupper() for w in words):
        return False
    if len(words) == 1 and _ACRONYM_PLURAL.fullmatch(words[0]):
        return False  # "ORMs (JPA, Hibernate)", "LLMs (Llama, Mistral)": a kind of thing, not a product
    if len(words) >= 2 or any(_NAME_SHAPE.fullmatch(w) for w in words):
        return True
    return _mid_sentence(words[0], text)


def _mid_sentence(word: str, text: str) -> bool:
    """Whether ``word`` is written capitalised inside the sentence of ``text``, not opening it."""
    m = re.search(r"(?<![\w.-])" + re.escape(word) + r"(?![\w-])", text)
    return m is not None and bool(re.search(r"[a-z]", text[: m.start()]))


# How an ad says a thing is wanted, written between its name and the bracket ("ScyllaDB experience (...)").
_AD_GAP = r"(?:\s+(?:experience|skills?|knowledge|expertise|proficiency|development|programming))?"
# A made-up name may be followed by its own kind ("FreightPulse Platform (Go, Kafka)", "the Lumenkit design
# platform (React, TypeScript)"); a known one seldom is padded so ("Google Cloud Platform (GKE)" is a cloud).
_KIND_GAP = (
    r"(?:\s+(?:experience|skills?|knowledge|expertise|proficiency|development|programming|platform|suite|sdk|"
    r"toolkit|framework|engine|system|stack|service|tool|tooling|api|library|product|control\s+plane))?"
)


def _coined(head: Sequence[str]) -> bool:
    """Whether ``head`` is a name no vocabulary knows: a word shaped as a name ("FreightPulse"), or one
    capitalised word before plain ones ("Lumenkit design")."""
    if any(_NAME_SHAPE.fullmatch(w) and w.casefold() not in TECHNOLOGY_NAMES for w in head):
        return True
    return (
        len(head) >= 2
        and head[0][:1].isupper()
        and head[0].casefold() not in TECHNOLOGY_NAMES
        and all(w.islower() for w in head[1:])
    )


def bracketed_after(text: str, head: Sequence[str], items: Sequence[Sequence[str]]) -> bool:
    """Whether ``text`` writes ``head`` then ``items`` in brackets ("StreamGrid Mesh (Rust, Kafka)",
    "Google Cloud (GKE)"); the head's initials in brackets name the thing itself ("Compose Offline Sync
    (COS)"), and "GCP or a comparable cloud" offers alternatives, not what a product is built on."""
    if not items:
        return False
    name = r"\s+".join(re.escape(w) for w in head)
    gap = _KIND_GAP if _coined(head) else _AD_GAP
    m = re.search(name + gap + r"\s*\(([^()]*)\)", text, re.IGNORECASE)
    if m is None:
        return False
    if len(items) == 1 and _acronym_of(text[: m.start(1) - 1], items[0]):
        return False
    inside = m.group(1).casefold()
    return all(all(w.casefold() in inside for w in item) for item in items)


def _acronym_of(before: str, item: Sequence[str]) -> bool:
    """Whether ``item`` is the initials of the words written just before it ("Compose Offline Sync
    (COS)"): the bracket then spells the name, it does not list what the product runs on."""
    if len(item) != 1:
        return False
    letters = item[0].rstrip("s").casefold()
    words = re.findall(r"[\w+#.-]+", before)[-len(letters) :] if letters else []
    return len(words) == len(letters) and "".join(w[:1] for w in words).casefold() == letters


# Nouns that only say which part of a kind is meant ("observability *stack*", "CI/CD *pipelines*"), or
# name a category whose members the content writes instead ("message *brokers*"): the word before them
# names the kind.
_CONTAINER_NOUNS = frozenset(
    word_list(
        "stack stacks pipeline pipelines format formats tool tools tooling platform platforms system systems "
        "framework frameworks practice practices experience skills knowledge expertise target targets "
        "technologies technology solutions services broker brokers database databases store stores datastore "
        "datastores engine engines queue queues provider providers orchestrator orchestrators warehouse "
        "warehouses library libraries language languages toolkit toolkits kit kits sdk sdks suite suites"
    )
)
# Brackets that offer alternatives ("Playwright or Cypress", "founder or C-level") list instances the ad
# accepts; a padded bracket lists the owner's tools with commas only.
_OFFERS = re.compile(r"\b(?:or|ou|oder|o)\b|/|\betc\b|\bsimilar\b", re.IGNORECASE)


def kind_noun(head: Sequence[str]) -> str | None:
    """The noun that names the kind a bracket's items are asked as ("Service *mesh*", "Data *lakehouse*",
    "*observability* stack"), or None for a head of one word or none."""
    cut = next((i for i, w in enumerate(head) if w.casefold() in _PREPOSITIONS), len(head))
    head = head[:cut]  # "Mobile security for financial transactions": the kind is mobile security
    words = [w for w in head if w.casefold() not in _CONTAINER_NOUNS]
    if len(head) < 2 or not words:
        return None
    return words[-1]


_PREPOSITIONS = frozenset(word_list("for of in on with at to from by per across"))


def offers_alternatives(text: str, items: Sequence[Sequence[str]]) -> bool:
    """Whether the bracket holding ``items`` offers alternatives or open examples rather than a list of
    tools: the owner's keywords a padded ask borrows are names ("Istio, Kubernetes, Helm"), where a kind's
    own parts may be plain words ("sprites, GIF animations, video")."""
    m = re.search(r"\(([^()]*)\)", text)
    if len(items) < 2 or m is None or _OFFERS.search(m.group(1)) is not None:
        return True
    return not all(
        w[:1].isupper() or w.casefold() in TECHNOLOGY_NAMES or not w.isalpha() for item in items for w in item
    )


def coined_words(text: str, head: Sequence[str]) -> list[str]:
    """The words of the product's whole name as ``text`` writes it before ``head``'s bracket that are
    shaped as names and known to no vocabulary ("KafkaFlow" in "KafkaFlow Ledger Streams (Kafka, Go)"):
    a made-up name is shown only where the content writes it, whatever its other words share."""
    if not head:
        return []
    name = r"\s+".join(re.escape(w) for w in head)
    m = re.search(r"((?:[A-Z][\w.+#-]*\s+)*)" + name + _KIND_GAP + r"\s*\(", text)
    if m is None:
        return []
    words = [*m.group(1).split(), *head]
    return [w for w in words if _NAME_SHAPE.fullmatch(w) and w.casefold() not in TECHNOLOGY_NAMES]
