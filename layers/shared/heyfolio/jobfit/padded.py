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

__all__ = ["bracketed_after", "proper_product"]

# A word written as a name: inner capitals ("StreamGrid", "DevRel"), capitals ("HPC"), or a digit.
_NAME_SHAPE = re.compile(r"[A-Za-z][a-z0-9]*[A-Z][\w.+#-]*|[A-Z]{2,}[\w.+#-]*|[A-Za-z]+\d[\w.+#-]*")


# Platforms whose brackets name their own parts ("AWS (EC2, S3)", "Linux (Debian, Ubuntu)", "Kubernetes
# (EKS, GKE)"): a part shown is the platform used, so these stay kinds whose examples may show them.
_ECOSYSTEMS = frozenset(
    word_list(
        "aws azure gcp linux unix android ios macos windows kubernetes docker openshift openstack heroku "
        "cloudflare hadoop salesforce sap"
    )
)


def proper_product(words: Sequence[str], text: str = "") -> bool:
    """Whether ``words`` (the name before a bracket) are a product's proper name: every word capitalised,
    and one written as a name ("StreamGrid Mesh", "NumFlow HPC") or two words or more ("Kubeflow
    Pipelines"), so not a kind of thing ("Image formats", "Cloud"). One capitalised word inside the
    sentence of ``text`` is a name too ("Experience with Databricks (Spark, SQL)"): a kind is capitalised
    only where it opens the line."""
    if len(words) == 1 and words[0].casefold() in TECHNOLOGY_NAMES and words[0].casefold() not in _ECOSYSTEMS:
        # "Snowflake (SQL, dbt, Python)", "Elixir (Go, Kafka)": a well-known product opening the line is
        # no kind of thing with instances; its bracket lists what it is used with
        return True
    if not words or not all(w[:1].isupper() for w in words):
        return False
    if len(words) >= 2 or any(_NAME_SHAPE.fullmatch(w) for w in words):
        return True
    m = re.search(r"(?<![\w.-])" + re.escape(words[0]) + r"(?![\w-])", text)
    return m is not None and bool(re.search(r"[a-z]", text[: m.start()]))


# How an ad says a thing is wanted, written between its name and the bracket ("ScyllaDB experience (...)").
_AD_GAP = r"(?:\s+(?:experience|skills?|knowledge|expertise|proficiency|development|programming))?"


def bracketed_after(text: str, head: Sequence[str], items: Sequence[Sequence[str]]) -> bool:
    """Whether ``text`` writes ``head`` then ``items`` in brackets ("StreamGrid Mesh (Rust, Kafka)",
    "Google Cloud (GKE)"); the head's initials in brackets name the thing itself ("Compose Offline Sync
    (COS)"), and "GCP or a comparable cloud" offers alternatives, not what a product is built on."""
    if not items:
        return False
    name = r"\s+".join(re.escape(w) for w in head)
    m = re.search(name + _AD_GAP + r"\s*\(([^()]*)\)", text, re.IGNORECASE)
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
