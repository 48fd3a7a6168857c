"""Clipped words and their full forms, as index terms: "lab" and "laboratory", "repo" and "repository",
"config" and "configuration", "infra" and "infrastructure", "stats" and "statistics".

Why: résumés are written short and job ads long (or the other way round), and the stemmer keeps the two
forms apart, so "Validate pipelines for medical laboratory accreditation" was not shown by "the lab's
ISO 15189 accreditation". The other form is only looked up when the term itself is absent from the
content, and only for clippings that name one thing whatever the context (not "ops", "dev" or "min").
"""

from __future__ import annotations

from functools import cache

from heyfolio.search.text import analyze

__all__ = ["clipped_variants"]

# (clipped, full) as written; both are read through the index's analyzer.
_PAIRS: tuple[tuple[str, str], ...] = (
    ("lab", "laboratory"),
    ("labs", "laboratories"),
    ("repo", "repository"),
    ("repos", "repositories"),
    ("config", "configuration"),
    ("configs", "configurations"),
    ("infra", "infrastructure"),
    ("docs", "documentation"),
    ("stats", "statistics"),
    ("spec", "specification"),
    ("specs", "specifications"),
    ("perf", "performance"),
    ("db", "database"),
    ("dbs", "databases"),
    ("app", "application"),
    ("apps", "applications"),
    ("demo", "demonstration"),
    ("math", "mathematics"),
    ("maths", "mathematics"),
    ("intro", "introduction"),
    ("exam", "examination"),
    ("bio", "biology"),
    ("chem", "chemistry"),
    ("sync", "synchronization"),
    ("sync", "synchronisation"),
    ("uni", "university"),
    ("dept", "department"),
    ("algo", "algorithm"),
    ("algos", "algorithms"),
    ("eval", "evaluation"),
    ("evals", "evaluations"),
    ("viz", "visualization"),
    ("viz", "visualisation"),
    ("auth", "authentication"),
    ("photo", "photograph"),
    ("photos", "photographs"),
)


@cache
def _table() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for short, full in _PAIRS:
        a, b = analyze(short), analyze(full)
        if len(a) != 1 or len(b) != 1 or a[0] == b[0]:
            continue  # the analyzer already folds them, or drops one
        out.setdefault(a[0], []).append(b[0])
        out.setdefault(b[0], []).append(a[0])
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def clipped_variants(term: str) -> tuple[str, ...]:
    """The other form of the index term ``term`` ("lab" for "laboratori" and back); none for other words."""
    return _table().get(term, ())
