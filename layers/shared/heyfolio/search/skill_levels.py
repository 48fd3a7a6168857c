"""The owner's strongest or weakest skills, read from the level each skill states.

Why: "what's her strongest skill?", "which programming language is he best at?" and "what is she
weakest at?" compare the skills by the level the résumé grades each with ("Frontend (Master)",
"Go (Beginner)"). No passage says "strongest", and every skill passage shares the question's
"skill", so a bag of words ranks them by length; a recruiter reads the levels.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from heyfolio.search.chunks import Chunk

__all__ = ["Extreme", "extreme_skills", "graded_skills", "level", "read_extreme"]

Extreme = Literal["strongest", "weakest"]

# Level words, weakest first: the rank is what compares them.
_RANKS: tuple[tuple[str, ...], ...] = (
    ("beginner", "basic", "basics", "novice", "elementary", "learning", "junior", "familiar", "rusty"),
    ("intermediate", "working", "competent", "conversational"),
    ("advanced", "proficient", "strong", "senior", "fluent"),
    ("expert", "master", "mastery", "native"),
)
_RANK = {word: rank for rank, words in enumerate(_RANKS) for word in words}
_LEVEL = re.compile(r"\(([^()]*)")  # the opening of each parenthesis of a title: "(Intermediate (rusty))"
_WORD = re.compile(r"[a-z]+")

_STRONGEST = re.compile(
    r"\b(?:strongest|best|most (?:proficient|skilled|advanced|experienced|expert|comfortable)|deepest|"
    r"highest[- ](?:rated|level)|greatest)\b",
    re.IGNORECASE,
)
_WEAKEST = re.compile(
    r"\b(?:weakest|worst|least (?:proficient|skilled|experienced|advanced|comfortable)|lowest[- ](?:rated|level)|"
    r"most basic|weakness(?:es)?|weak (?:spots?|points?|areas?))\b",
    re.IGNORECASE,
)
# What is ranked: skills, technologies, areas ("best at" ranks what the owner does).
_TARGET = re.compile(
    r"\b(?:skills?|skill ?sets?|areas?|(?:programming )?languages?|technolog(?:y|ies)|tech|stack|tools?|"
    r"frameworks?|expertise|competenc(?:y|ies)|specialt(?:y|ies)|at|in)\b",
    re.IGNORECASE,
)
# Not a ranking of the graded skills: a comparison of named sides ("better at Go or Rust?" is answered by
# each side's level), spoken languages (one passage grades them all), or a known thing ("best known for",
# "best talk award").
_NOT_SKILLS = re.compile(
    r"\b(?:or|vs\.?|versus|than|speak|speaks|spoken|fluent|fluency|known|award|awards|prize|project|projects|"
    r"talk|talks|paper|post|case|fit|reason|reasons|selling)\b",
    re.IGNORECASE,
)


def read_extreme(question: str) -> Extreme | None:
    """``"strongest"`` or ``"weakest"`` when the question ranks the owner's skills by how well the owner
    knows them, else None."""
    strongest, weakest = bool(_STRONGEST.search(question)), bool(_WEAKEST.search(question))
    if strongest == weakest or _NOT_SKILLS.search(question) or not _TARGET.search(question):
        return None
    return "strongest" if strongest else "weakest"


def level(chunk: Chunk) -> int | None:
    """The rank of the level a skill passage's title states (0 beginner .. 3 expert), or None."""
    for opening in _LEVEL.findall(chunk.title):
        for word in _WORD.findall(opening.casefold()):
            if word in _RANK:
                return _RANK[word]
    return None


def graded_skills(chunks: Sequence[Chunk]) -> list[tuple[int, int]]:
    """Each skill passage that states a level, as ``(passage, rank)`` in passage order: read once per
    index, so a question ranking skills costs no pass over the passages."""
    return [(i, rank) for i, c in enumerate(chunks) if c.kind == "skill" and (rank := level(c)) is not None]


def extreme_skills(graded: Sequence[tuple[int, int]], which: Extreme, limit: int) -> list[int]:
    """Of ``graded`` (``graded_skills``), the passages at the highest (or lowest) level, in passage order,
    at most ``limit``; [] when fewer than two skills state a level (nothing to compare)."""
    if len(graded) < 2:
        return []
    best = max(r for _, r in graded) if which == "strongest" else min(r for _, r in graded)
    return [i for i, r in graded if r == best][:limit]
