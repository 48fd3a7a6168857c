"""A thing asked at scale ("GraphQL at scale", "large-scale Kafka") is not shown by a skills list alone.

Why: "at scale" asks for the thing used where volume made it hard, which only work can show: a job's
sentence, a project, a post. A skills list names what the owner knows, not how big the systems were, so
"GraphQL at scale" read as matched by "Backend for mobile (Intermediate): Firebase, GraphQL, REST APIs"
and nothing else. Shown only by skill lines, the thing is shown but not the scale asked (partial).
"""

from __future__ import annotations

import re

__all__ = ["scale_asked"]

# "at scale", "at large scale", "large-scale", "at high volume", "high-traffic", "web-scale"
_SCALE = re.compile(
    r"\bat\s+(?:(?:large|massive|global|web|internet|production)\s+)?scale\b|"
    r"\b(?:large|massive|web|internet|planet)[- ]scale\b|"
    r"\b(?:at\s+)?high[- ](?:volume|traffic|throughput)\b",
    re.IGNORECASE,
)


def scale_asked(text: str) -> bool:
    """Whether the requirement asks for its thing at scale."""
    return _SCALE.search(text) is not None
