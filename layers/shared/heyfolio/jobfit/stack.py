"""The technologies a role's highlights name, dated by the role, for counting years of a technology.

Why: a résumé names its tools mostly in a role's bullets ("Rebuilt sensor ingestion on TimescaleDB and
Python"), not in its title or summary; a recruiter reads "8+ years of Python" off the dates of the roles
whose bullets use Python. Only named things are taken (a product or a language: written with a capital
inside a sentence, or with digits or signs, "PostgreSQL 15", "C++"): a plain word of a highlight ("led the
migration") happened once, for a time the entry does not say. A thing the work moved away from ("from
MySQL to PostgreSQL", "replacing a Spark cluster with DuckDB") is left out, as is one brought in at some
point ("Migrated the search pages to Elasticsearch"), but not what a migration moved ("Moved 310 Airflow
DAGs to Cloud Composer": Airflow ran before and after); a highlight that dates itself ("Introduced dbt in
2021") is left to ``duties``, which counts it from that year.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from heyfolio.search.text import STOP_WORDS, analyze

__all__ = ["lower_case_names", "named_tools"]

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_TOKEN = re.compile(r"[A-Za-z][\w.+#'’-]*[\w+#]|[A-Za-z]|[^\w\s]")
# What the work left behind: from "from"/"replacing" up to what it moved to ("to", "with", "by") or the clause end.
_LEFT_BEHIND = re.compile(
    r"\b(?:from|replac\w*|instead of|retir\w*|decommission\w*|deprecat\w*|sunset\w*)\b"
    r"[^,;.]*?(?=\b(?:to|with|by|onto|into|for)\b|[,;.]|$)",
    re.IGNORECASE,
)
_DATED = re.compile(r"\b(?:in|since|from)\s+(?:19|20)\d\d\b", re.IGNORECASE)
# A bullet that brings a thing in ("Migrated the search pages to Elasticsearch"): used from some point of the
# role, which the entry does not say, so it dates nothing.
_ADOPTED = re.compile(
    r"^\s*(?:migrat|mov|switch|introduc|adopt|port|transition|convert|upgrad|roll\w* out|brought|brings?\b)",
    re.IGNORECASE,
)
_STOP = frozenset(STOP_WORDS)
# A bullet moving a thing somewhere ("Migrated 60 services to ..."), not bringing a new one in ("Introduced Kafka").
_MOVE = re.compile(r"^\s*(?:migrat|mov|switch|port|transition|convert|upgrad)", re.IGNORECASE)
# A bullet bringing a thing in, from the word that says where the moved thing went ("to", "from", "onto") on.
_MOVED_ONLY = re.compile(
    r"\s(?:from|to|onto|into|off|over to|across to|with|by)\b.*$", re.IGNORECASE | re.DOTALL
)
_NOT_TOOLS = frozenset({"i", "us", "eu", "uk", "ceo", "cto", "vp", "q1", "q2", "q3", "q4"})


def _named(tok: str, listed: frozenset[str] = frozenset()) -> bool:
    if not tok[:1].isalpha() or tok.casefold() in _STOP or tok.casefold() in _NOT_TOOLS:
        return False
    if tok in listed:
        return True  # "dbt", "pandas": a name written in lower case, as the owner's skills list writes it
    if any(c.isdigit() for c in tok) or any(c in tok for c in "+#"):
        return True  # C++, C#, PostgreSQL 15's "S3"
    return tok[:1].isupper()  # Python, TimescaleDB, EKS (not a sentence's first word: see named_tools)


def lower_case_names(skills: Iterable[str]) -> frozenset[str]:
    """The one-word names of a skills list written all in lower case ("dbt", "pandas", "npm"): products
    spelled so by their makers, which a capital letter would never show inside a sentence."""
    return frozenset(
        w
        for w in skills
        if re.fullmatch(r"[a-z][a-z0-9.-]*[a-z0-9]", w) and w not in _STOP and w not in _NOT_TOOLS
    )


def named_tools(highlights: str, listed: frozenset[str] = frozenset()) -> frozenset[str]:
    """The index terms of the named things ``highlights`` (a role's bullets, one per line) use, each
    bullet's first word (its verb) left out, as are the things left behind and self-dated bullets.
    ``listed``: names the owner lists as skills in lower case ("dbt"), named things too."""
    out: set[str] = set()
    for line in _SENTENCE.split(highlights):
        if not line.strip() or _DATED.search(line):
            continue
        if _ADOPTED.match(line) and not _MOVE.match(line):
            continue
        if _ADOPTED.match(line):
            # "Moved 310 Airflow DAGs from a self-managed cluster to Cloud Composer": where the work went is
            # brought in at some point, but what was moved was in use before and after: its names count
            line = _MOVED_ONLY.sub("", line)
        toks = _TOKEN.findall(_LEFT_BEHIND.sub(" ", line))
        run: list[str] = []
        for i, tok in enumerate([*toks, "."]):
            if i > 0 and _named(tok, listed):
                run.append(tok)
                continue
            if run:  # "GitHub Actions", "Amazon EKS": a name of several words read as one phrase
                out.update(analyze(" ".join(run)))
                run = []
    return frozenset(out)
