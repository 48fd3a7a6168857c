"""The skills a résumé grades, compared by the level each states, to answer "weakest/strongest skill?".

Why a field reader: each skill entry states its level ("Frontend (Master)", "Android (Beginner)",
"3/5"), and "what's her weakest skill?" compares them, which no single passage does. The levels
are put on one scale, the extreme ones are named and each cites its skill passage, so the reply
holds for any résumé whose skills state levels - and says nothing when they do not differ.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from heyfolio.chat.sources import Said
from heyfolio.content.model import Resume
from heyfolio.search.chunks import Chunk
from heyfolio.search.credentials import CREDENTIAL_CUE, LEVELLED_CREDENTIAL
from heyfolio.search.owner_only import CLEARANCE_ASKED

__all__ = ["level_rank", "named_level_reply", "skill_levels_reply"]

# Words people grade a skill or a language with, weakest first: the rank is what compares them.
_LEVELS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1, ("beginner", "novice", "basic", "elementary", "learning", "familiar", "exposure", "junior", "a1", "a2")),
    (2, ("intermediate", "competent", "working", "conversational", "moderate", "good", "b1", "b2")),
    (3, ("advanced", "proficient", "strong", "experienced", "fluent", "professional", "c1")),
    (4, ("expert", "master", "mastery", "native", "bilingual", "senior", "c2", "excellent")),
)  # fmt: skip
_LEVEL_WORDS: dict[str, int] = {w: rank for rank, words in _LEVELS for w in words}
_FRACTION = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:/|out of)\s*(\d+)\b")
_WORD = re.compile(r"[a-z0-9]+")

_WEAKEST = re.compile(
    r"\b(?:weakest|weakness\w*|(?<!at )least|lowest|most basic|still learning|beginner level|newest to)\b"
)
_STRONGEST = re.compile(
    r"\b(?:strongest|strengths?|most (?:advanced|experienced|proficient|skilled)|highest|top|best)\b"
)
_SKILL_WORD = re.compile(
    r"\b(?:skills?|skillsets?|levels?|strengths?|weakness\w*|expertise)\b|\b(?:best|strongest|weakest|worst) at\b"
)


# "Her highest level of education?": a degree is asked for, not a skill's level.
# "Which project best shows her skills?": an entry asked for by the skills it shows is the entry
# (a project or a job), not the list of the skills rated highest.
_ENTRY_ASKED = re.compile(
    r"\b(?:which|what) (?:one )?(?:of (?:her|his|their|the|\w+'s) )?(?:\w+ )?(?:projects?|apps?|repos?|repositories|libraries|jobs?|roles?|positions?|"
    r"compan(?:y|ies)|employers?|engagements?|pieces? of work)\b"
)
_SCHOOLING = re.compile(
    r"\b(?:educat\w*|degrees?|qualifications?|studies|studied|school\w*|universit\w*|college|academic\w*|"
    r"diplomas?|doctorate|phd|master'?s|bachelor'?s)\b"
)


# How good the owner is at a thing named ("how strong is she on iOS?", "what's her level in Kotlin?").
_HOW_GOOD = re.compile(
    r"\bhow (?:strong|good|proficient|skilled|experienced|advanced|comfortable|solid|deep|well)\b|"
    r"\b(?:level|proficiency|expertise|mastery|seniority)\b|"
    r"\b(?:is|are) (?:she|he|they|\w+) (?:an? )?(?:expert|proficient|advanced|strong|good|skilled|fluent)\b",
    re.IGNORECASE,
)
# Words of a skill's name that name no skill on their own ("iOS development": "iOS" names it).
_GENERIC = frozenset(
    re.findall(
        r"\w+",
        "development developer engineering engineer programming design architecture and for with of the "
        "skills skill tools other general",
    )
)


def _names(name: str, message: str) -> bool:
    return bool(re.search(rf"(?<![\w.+#-]){re.escape(name)}(?![\w+#])", message, re.IGNORECASE))


def named_level_reply(
    message: str, resume: Resume, lookup: Callable[[str], Chunk | None]
) -> list[Said] | None:
    """ "How strong is she on iOS?": the level stated for the skill the question names (by the
    skill's name or one of its keywords), citing its passage; None unless the question asks how
    good the owner is and names a graded skill."""
    if not _HOW_GOOD.search(message) or CLEARANCE_ASKED.search(message):
        return None  # "her security clearance level?" asks a clearance, not how good she is at security
    if LEVELLED_CREDENTIAL.search(message) or CREDENTIAL_CUE.search(message):
        return None  # "an ISTQB Advanced Level Test Analyst?" names a credential's level, not a skill's
    said = []
    for i, s in enumerate(resume.skills):
        if level_rank(s.level) is None:
            continue
        words = [
            w for w in re.findall(r"[\w+#.-]+", s.name or "") if w.casefold() not in _GENERIC and len(w) > 1
        ]
        whole = bool(s.name) and _names(s.name or "", message)
        by_name = whole or any(_names(w, message) for w in words)
        keyword = next((k for k in s.keywords if _names(k, message)), None)
        chunk = lookup(f"profile#skills/{i}")
        if chunk is None or not (by_name or keyword):
            continue
        what = s.name or ", ".join(s.keywords)
        detail = f" ({', '.join(s.keywords)})" if s.name and s.keywords else ""
        under = f"{keyword} is listed under {what}, rated" if keyword and not by_name else f"{what} is rated"
        said.append(Said(f"{under} {s.level} on the résumé{detail}.", chunk))
    return said or None


def level_rank(level: str | None) -> float | None:
    """A skill's stated level on a 1-4 scale ("Beginner" 1, "Master" 4, "3/5" 2.4), or None
    when the text grades nothing (a level of "React" or "" cannot be compared)."""
    if not level:
        return None
    text = level.casefold()
    fraction = _FRACTION.search(text)
    if fraction and float(fraction.group(2)) > 0:
        return 4.0 * min(1.0, float(fraction.group(1)) / float(fraction.group(2)))
    ranks = [_LEVEL_WORDS[w] for w in _WORD.findall(text) if w in _LEVEL_WORDS]
    return float(max(ranks)) if ranks else None


def skill_levels_reply(
    message: str, resume: Resume, lookup: Callable[[str], Chunk | None]
) -> list[Said] | None:
    """The lowest- or highest-rated skills, as ``message`` asks, each citing its passage (found
    by id with ``lookup``); None unless it asks for one extreme of the skills and their levels differ."""
    text = message.casefold()
    weakest, strongest = bool(_WEAKEST.search(text)), bool(_STRONGEST.search(text))
    if (
        weakest == strongest
        or not _SKILL_WORD.search(text)
        or _SCHOOLING.search(text)
        or _ENTRY_ASKED.search(text)
    ):
        return None
    graded = [
        (rank, i, s)
        for i, s in enumerate(resume.skills)
        if (rank := level_rank(s.level)) is not None and (s.name or s.keywords)
    ]
    if len({rank for rank, _, _ in graded}) < 2:
        return None  # one level for every skill (or none): nothing to compare
    extreme = min(r for r, _, _ in graded) if weakest else max(r for r, _, _ in graded)
    said = []
    for rank, i, s in graded:
        chunk = lookup(f"profile#skills/{i}")
        if rank != extreme or chunk is None:
            continue
        what = s.name or ", ".join(s.keywords)
        detail = f" ({', '.join(s.keywords)})" if s.name and s.keywords else ""
        said.append(Said(f"{what}{detail}, listed as {s.level}.", chunk))
    if not said:
        return None
    lead = "The lowest-rated" if weakest else "The highest-rated"
    noun = "skill" if len(said) == 1 else "skills"
    return [Said(f"{lead} {noun} on the résumé: {said[0].text}", said[0].chunk), *said[1:]]
