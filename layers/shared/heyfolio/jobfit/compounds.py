"""German compound nouns of job ads read by their parts ("Softwareentwicklung" is software development).

Why: German writes a thing and its kind as one word ("Führungserfahrung", "Fahrzeugnetzwerke",
"Embedded-Softwareentwicklung"), so a word-by-word glossary finds none of them and each reads as one
unknown name the content must show. Split at a known last part (and the linking "s" of "Führungs-"),
each part read through the glossary, the matcher sees the words it knows. Only lines already read as
another language come here.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["NOUNS", "split_compound"]

# General engineering and job-ad nouns of German postings -> English (inflections as written).
NOUNS: dict[str, str] = {
    "ingenieur": "engineer", "ingenieure": "engineers", "ingenieuren": "engineers",
    "ingenieurinnen": "engineers", "entwickler": "developers", "entwicklern": "developers",
    "entwicklerinnen": "developers", "mitarbeiter": "employees", "mitarbeitern": "employees",
    "informatik": "computer science", "elektrotechnik": "electrical engineering",
    "maschinenbau": "mechanical engineering", "mathematik": "mathematics", "physik": "physics",
    "wirtschaftsinformatik": "information systems",
    "software": "software", "hardware": "hardware", "fahrzeug": "vehicle", "fahrzeuge": "vehicles",
    "netzwerk": "network", "netzwerke": "networks", "netze": "networks", "systeme": "systems",
    "architektur": "architecture", "anwendungen": "applications", "steuerung": "control",
    "führungs": "leadership", "personalverantwortung": "people management",
    "disziplinarische": "people management", "disziplinarischer": "people management",
    "teams": "teams", "projekte": "projects", "projekten": "projects", "kunden": "customers",
}  # fmt: skip
_MIN_PART = 3  # a first part shorter than this is a prefix, not a word ("Ab-schluss")


def split_compound(word: str, glossary: Mapping[str, str]) -> str | None:
    """``word`` (lower case) read as "<first part> <last part>" in English when its last part is a known
    noun of ``glossary`` or NOUNS; else None."""
    known = {**glossary, **NOUNS}
    for cut in range(_MIN_PART, len(word) - 3):
        first, last = word[:cut], word[cut:]
        if last not in known or len(last) < 4:
            continue
        if first.endswith("s") and first[:-1] in known:  # "Führungs-erfahrung": the linking s
            first = first[:-1]
        head = known.get(first, known.get(first + "s", first))
        return f"{head} {known[last]}"
    return None
