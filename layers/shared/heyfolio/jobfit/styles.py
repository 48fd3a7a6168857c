"""An architecture asked by its style ("event-driven architecture", "a microservices architecture"): the
style is what is asked; "architecture" only says it is applied to a whole system.

Why: a résumé shows the style by the systems built in it ("the ledger pipeline in Go and Kafka",
"moved 46 services to Kubernetes") and almost never writes the word "architecture" after it, so the
word read as a thing of its own was "not shown" and the ask came out missing. Only after a style's
name (a hyphenated modifier, or microservices, serverless, distributed) is the word set aside: "software
architecture" or "Own the architecture" ask for architecture work itself, and stay asked.
"""

from __future__ import annotations

import re

from heyfolio.search.text import analyze

__all__ = ["style_heads"]

_STYLE_ARCHITECTURE = re.compile(
    r"\b(?:[a-z0-9]+-(?:driven|based|native|oriented|first|sourced|centric)|microservices?|serverless|"
    r"distributed|multi-tenant|event-sourced)(?:\s+(?:app|apps|application|mobile|web|system|service|platform))?"
    r"\s+(architectures?|designs?)\b",
    re.IGNORECASE,
)


def style_heads(text: str) -> frozenset[str]:
    """The index terms of "architecture" (or "design") where ``text`` writes it after a style's name."""
    out: set[str] = set()
    for m in _STYLE_ARCHITECTURE.finditer(text):
        out.update(analyze(m.group(1)))
    return frozenset(out)
