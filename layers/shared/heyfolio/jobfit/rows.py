"""A markdown table row of a job ad, checked as strictly as the bullet it stands for.

Why: "| Kafka | Expert |" asks what "Expert in Kafka" asks. Read as a bare skill, the row's level was only
compared with a level the résumé states for that skill, so Kafka shown without any stated level passed as
expert; and beside a years column ("| Rust | Expert | 3+ |") the level was dropped altogether. A row keeps
the level its column gives, and that level is checked like one written into a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

__all__ = ["TABLE_ROW", "from_table", "level_cell", "level_to_show", "marked", "one_name"]

TABLE_ROW = "table_row"  # the ``meta`` key set on a requirement read from a table row


class _Read(Protocol):
    """A requirement as the parser reads it (parse.Requirement: the parser marks its rows with this module)."""

    @property
    def meta(self) -> dict[str, Any]: ...

    @property
    def level(self) -> str | None: ...


_R = TypeVar("_R", bound=_Read)

# A level column's word that a recruiter checks against what the content shows: a skill used is not yet
# used at an expert or advanced level. "Working knowledge", "Intermediate", "Senior" or "Strong" ask no
# more than the skill shown (as they do in a sentence).
_SHOWN_LEVEL = re.compile(r"\b(expert|advanced|proficient|master|mastery)\b", re.IGNORECASE)


def marked(reqs: Sequence[_R]) -> list[_R]:
    """``reqs`` read from one table row, each marked as such."""
    for req in reqs:
        req.meta[TABLE_ROW] = True
    return list(reqs)


def from_table(req: _Read) -> bool:
    """Whether ``req`` was read from a markdown table row."""
    return bool(req.meta.get(TABLE_ROW))


def level_to_show(req: _Read) -> str | None:
    """The level a table row's level column asks to be shown ("Expert"), or None."""
    if not from_table(req) or not req.level:
        return None
    level = _SHOWN_LEVEL.search(req.level)
    if level and _IN_A_NAME.search(req.level):
        return None  # "Scrum Master certification": a title held, not a level of the row's skill
    return level.group(1) if level else None


# A level word that is part of a name: a capitalised title ("Scrum Master", "Product Master") or a level
# word before what a title is ("Master certification", "expert certificate").
_IN_A_NAME = re.compile(
    r"\b[A-Z][a-z]+\s+Masters?\b|"
    r"(?i:\b(?:expert|advanced|proficient|master)\s+(?:certification|certificate|certified|credential|degree)\b)"
)


# A level column written in plain words ("Deep", "Very good", "Solid understanding", "Familiar"): the rank
# a recruiter reads from it, as the ladder's word. Only a cell that is nothing but such a phrase is read.
_PLAIN_LEVELS = (
    ("Advanced", r"deep|in[- ]depth|extensive|excellent|thorough|very (?:strong|good|solid)|outstanding"),
    ("Intermediate", r"solid|good|hands[- ]on|practical|sound|working"),
    ("Beginner", r"familiar(?:ity)?|basic|some|exposure|awareness|(?:a )?(?:little|bit)"),
)
_LEVEL_NOUN = r"(?:\s+(?:knowledge|understanding|experience|skills?|command|expertise|proficiency|grasp))?"
_PLAIN_LEVEL = [
    (word, re.compile(rf"(?:{words}){_LEVEL_NOUN}\.?", re.IGNORECASE)) for word, words in _PLAIN_LEVELS
]


def level_cell(cell: str) -> str | None:
    """The level a table cell gives in plain words ("Deep" -> "Advanced", "Familiar" -> "Beginner"), or None
    for a cell that says more than a level."""
    text = cell.strip()
    return next((word for word, pattern in _PLAIN_LEVEL if pattern.fullmatch(text)), None)


# What makes a cell more than one name: examples in brackets, a list, a choice.
_SEVERAL = re.compile(r"[(),;&]|\s(?:or|and|e\.g\.)\s", re.IGNORECASE)


def one_name(cell: str) -> bool:
    """Whether a table cell names one skill ("Go", "Incident management"), which is checked as a listed
    skill is; "Cloud (AWS or GCP)" or "Terraform, Pulumi" name several, read as an ask is."""
    return not _SEVERAL.search(cell)
