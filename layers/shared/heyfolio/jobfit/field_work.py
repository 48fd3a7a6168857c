"""Years of a field's own work ("8+ years of claims handling", "5+ years of warehouse operations"): the roles that
did the work, not the roles that built or configured software for it.

Why: a claims adjuster turned ClaimCenter developer writes "claim workflows", "claim validation rules" and
"claims data" in every developer role, and a warehouse manager turned WMS consultant configures "warehouse"
software; read as the field's years, those roles added six more years of claims handling or warehouse
operations than were done. The work word ("handling", "operations") is weak and dropped from the topic, so only
the field's noun is left to date entries, and every entry about its software names it. A role titled as
software work (``builders.software_titled``) counts for a field's own work only when its title names the field
too ("Claims Systems Analyst"); a technology's operations ("IT operations", "cloud operations") are an
engineer's own work and are left to count.
"""

from __future__ import annotations

import re

from heyfolio.jobfit.technical import ENGINEERING_WORDS
from heyfolio.search.text import analyze

__all__ = ["field_work_terms"]

# "claims handling", "warehouse operations", "warehouse and distribution operations": the field before the
# word of doing its work
_FIELD_WORK = re.compile(r"\b([a-z][a-z&-]*)\s+(?:operations|handling)\b", re.IGNORECASE)
# Nouns whose operations are technical work: an engineer's own
_TECHNICAL_FIELDS = frozenset(
    analyze(
        "data it system systems service services technical technology tech production site reliability "
        "platform ml ai model models product web network cloud security infrastructure it's"
    )
)


def field_work_terms(text: str) -> frozenset[str]:
    """The terms of the non-technical fields whose own work a years ask names ("claim" of "8+ years of claims
    handling experience"); none when the field is a technology's."""
    out: set[str] = set()
    for m in _FIELD_WORK.finditer(text):
        terms = analyze(m.group(1))
        if terms and not any(t in ENGINEERING_WORDS or t in _TECHNICAL_FIELDS for t in terms):
            out.update(terms)
    return frozenset(out)
