"""The frameworks and platforms whose code is written in one language, for dating years of that language.

Why: a résumé names the framework it built with ("rebuilt the member app in SwiftUI", "React and React
Native apps", "FreeRTOS firmware for an infusion pump") far more often than the language under it, so the
roles that show "5+ years of Swift" or "8+ years of embedded C" were counted short and the ask read as
partial. A recruiter counts a year of SwiftUI as a year of Swift and a year of React as a year of
JavaScript. Only frameworks written in that one language are listed (Spring may be Java or Kotlin, so it
dates neither), and they date the language's years only: whether the language is shown at all is left to
the usual check. A query language counts the databases and warehouses worked in through it: a year of
PostgreSQL, BigQuery or dbt models is a year of writing SQL.
"""

from __future__ import annotations

from collections.abc import Iterable

from heyfolio.jobfit.evidence import norm_text
from heyfolio.search.text import analyze

__all__ = ["WRITTEN_IN", "written_in"]

# language (as written) -> frameworks, libraries and platforms whose code is that language
WRITTEN_IN: dict[str, tuple[str, ...]] = {
    "swift": ("swiftui", "vapor"),
    "kotlin": ("jetpack compose", "ktor"),
    "javascript": ("react", "vue", "angular", "svelte", "next.js", "node.js", "jquery", "redux"),
    "typescript": ("angular", "nestjs"),
    "python": (
        "django", "flask", "fastapi", "pandas", "numpy", "scipy", "pytorch", "pyspark", "scikit-learn",
        "polars", "numba", "pytest", "jupyter", "celery", "sqlalchemy",
    ),
    "ruby": ("ruby on rails", "rails", "sinatra"),
    "php": ("laravel", "symfony"),
    "dart": ("flutter",),
    "c#": ("asp.net", "blazor"),
    "rust": ("tokio", "axum", "actix", "embassy", "rtic"),
    "c": ("freertos", "zephyr", "autosar classic", "misra c"),
    "sql": ("postgresql", "postgres", "mysql", "mariadb", "sqlite", "bigquery", "snowflake", "redshift", "dbt"),
}  # fmt: skip


def _terms(phrase: str) -> frozenset[str]:
    return frozenset(analyze(norm_text(phrase, keep=False)))


_BY_LANGUAGE: dict[frozenset[str], tuple[frozenset[str], ...]] = {
    _terms(lang): tuple(_terms(f) for f in frameworks) for lang, frameworks in WRITTEN_IN.items()
}


def written_in(alternatives: Iterable[frozenset[str]]) -> list[frozenset[str]]:
    """The term sets of the frameworks written in the language one of ``alternatives`` names (each an
    alternative's index terms); nothing for an alternative that is not a language listed."""
    out: list[frozenset[str]] = []
    for a in alternatives:
        out += [f for f in _BY_LANGUAGE.get(a, ()) if f not in out]
    return out
