"""A technology the owner names only as the thing they took out ("replacing an always-on Spark cluster with
DuckDB", "retired the Jenkins servers", "moved us off MongoDB").

Why: "Spark for large batch jobs" was matched by a cost cut made by replacing a Spark cluster with DuckDB
jobs: the sentence names Spark, but what the owner built ran on something else. Taking a system out shows
the owner knew of it and of its limits, a share of the ask, not the work with it; so a named thing whose
every sentence names it as what was removed is related evidence. What a replaced thing came *from* is not
the thing removed ("Replaced nightly exports from 140 PostgreSQL tables with Debezium CDC": the exports
went, PostgreSQL stayed), and an ask that itself replaces or migrates is met by such sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from heyfolio.search.text import analyze

__all__ = ["named_only_as_removed", "removal_asked"]

# "replacing an always-on Spark cluster with", "swapped our Jenkins jobs for": the thing taken out
_REPLACED = re.compile(
    r"\b(?:replac(?:e|ed|es|ing)|swapp?(?:ed|ing)?)\s+((?:(?!with\b|by\b|for\b)[^.;:,()])*?)\s+(?:with|by|for)\b",
    re.IGNORECASE,
)
# "retired the Jenkins servers", "moved the team off MongoDB", "migrated away from Oracle": taken out, no
# "with" needed (up to the next clause word or mark)
_REMOVED = re.compile(
    r"\b(?:retir(?:e|ed|ing)|decommission(?:ed|ing)?|sunset(?:ted|ting)?|phas(?:ed|ing)\s+out|"
    r"(?:mov|migrat|port)(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:off(?:\s+of)?|away\s+from))\s+"
    r"((?:(?!to\b|onto\b|with\b|in\b|and\b|by\b|so\b|which\b)[^.;:,()])+)",
    re.IGNORECASE,
)
# What the thing taken out came from or belonged to ("exports from PostgreSQL tables"): not itself removed
_SOURCE = re.compile(r"(?<![\w-])(?:from|of|on|in|into|across|for)(?![\w-])", re.IGNORECASE)
# An ask about taking a system out ("Migrate off Oracle", "replace legacy cron jobs"): the removal is the ask
_REMOVAL_ASKED = re.compile(
    r"\b(?:replac\w*|retir\w*|decommission\w*|sunset\w*|phas\w*\s+out|migrat\w*|mov\w*\s+off|modernis\w*|"
    r"moderniz\w*|legacy)\b",
    re.IGNORECASE,
)


def removal_asked(text: str) -> bool:
    """Whether a requirement asks for taking a system out or moving off it (then removal shows it)."""
    return bool(_REMOVAL_ASKED.search(text))


def _removed_spans(sentence: str) -> list[tuple[int, int]]:
    """Where ``sentence`` names what was taken out (before any "from"/"of" of its source)."""
    spans: list[tuple[int, int]] = []
    for pattern in (_REPLACED, _REMOVED):
        for m in pattern.finditer(sentence):
            source = _SOURCE.search(m.group(1))
            spans.append((m.start(1), m.start(1) + source.start() if source else m.end(1)))
    return spans


def _split_terms(sentence: str) -> tuple[set[str], set[str]]:
    """The index terms of what ``sentence`` says was taken out, and of the rest of it."""
    spans = _removed_spans(sentence)
    removed: set[str] = set()
    rest = sentence
    for start, end in spans:
        removed.update(analyze(sentence[start:end]))
        rest = rest[:start] + " " * (end - start) + rest[end:]
    return removed, set(analyze(rest))


def named_only_as_removed(terms: Iterable[str], sentences: Iterable[str]) -> bool:
    """Whether every one of ``sentences`` (those crediting a named thing) names the thing, by all of its
    index ``terms``, only as what the owner took out; False when any names it otherwise or none is given."""
    wanted = set(terms)
    seen = False
    for sentence in sentences:
        removed, rest = _split_terms(sentence)
        if not wanted <= removed or wanted <= rest:
            return False
        seen = True
    return seen and bool(wanted)
