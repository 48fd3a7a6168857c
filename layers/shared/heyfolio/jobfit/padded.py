"""A product named with the technologies it is built on, in brackets: the product is what is asked.

"StreamGrid Mesh (Rust, Kafka, Kubernetes)" asks for StreamGrid Mesh; the bracket says what it runs
on. An owner who shows Rust, Kafka and Kubernetes but never names the product has not used it, so the
bracketed words are no evidence of it (a "keyword-padded" ask). A kind of thing with examples ("Image
formats (GIF, MP4)", "Chaos engineering (Gremlin)") is another reading: there the examples show it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["proper_product"]

# A word written as a name: inner capitals ("StreamGrid", "DevRel"), capitals ("HPC"), or a digit.
_NAME_SHAPE = re.compile(r"[A-Za-z][a-z0-9]*[A-Z][\w.+#-]*|[A-Z]{2,}[\w.+#-]*|[A-Za-z]+\d[\w.+#-]*")


def proper_product(words: Sequence[str]) -> bool:
    """Whether ``words`` (the name before a bracket) are a product's proper name: every word capitalised,
    and one written as a name ("StreamGrid Mesh", "NumFlow HPC") or two words or more ("Kubeflow
    Pipelines"), so not a kind of thing ("Image formats", "Cloud")."""
    if not words or not all(w[:1].isupper() for w in words):
        return False
    return len(words) >= 2 or any(_NAME_SHAPE.fullmatch(w) for w in words)
