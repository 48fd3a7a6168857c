"""The projects (or jobs) that used the skills a résumé grades at a level the question names.

Why a field reader: "which project used the language she lists as expert?" takes two hops - the
skills section says which skill is graded so, a project's own text says it was built with it - and
no single passage says both, so search alone finds neither the skill nor the project. The skills at
the level asked (or the highest / lowest graded) are read, their names and keywords looked for in
each project's (or job's) text, and the entries that name the most of them are said, each cited.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from heyfolio.chat.skill_levels import level_rank
from heyfolio.chat.sources import Said
from heyfolio.content.model import Resume, Skill
from heyfolio.search.chunks import Chunk
from heyfolio.search.text import category_members

__all__ = ["levelled_work_reply"]

# "the language she lists as expert", "his advanced skills", "the tool she rates as intermediate".
_LEVEL_ASKED = re.compile(
    r"\b(?:lists?|listed|rates?|rated|marks?|marked|grades?|graded|calls?|puts?|claims?|describes?)"
    r"(?: (?:herself|himself|themselves|it|them))? (?:as|at) (?:an? )?(?P<level>[a-z]+)\b|"
    r"\b(?:her|his|their|\w+'s) (?P<own>expert|advanced|intermediate|beginner|master|strongest|best|weakest)"
    r"(?:-level|[- ]rated)? (?:programming )?(?:languages?|skills?|stack|tools?|tech\w*)\b",
    re.IGNORECASE,
)
_LANGUAGE_ASKED = re.compile(r"\blanguages?\b", re.IGNORECASE)
# The entries asked for: projects, or jobs.
_PROJECT_ASKED = re.compile(r"\b(?:projects?|apps?|tools?|libraries|library|built|build)\b", re.IGNORECASE)
_JOB_ASKED = re.compile(r"\b(?:jobs?|roles?|compan(?:y|ies)|employers?|positions?)\b", re.IGNORECASE)
_SPOKEN = re.compile(r"\b(?:speak|spoken|fluent|native)\b", re.IGNORECASE)
_GENERIC = frozenset(
    [
        "development",
        "developer",
        "engineering",
        "engineer",
        "programming",
        "design",
        "architecture",
        "and",
        "for",
        "with",
        "of",
        "the",
        "skills",
        "skill",
        "tools",
        "other",
        "general",
        "systems",
    ]
)
_MAX_ENTRIES = 3
_EXTREME = {"strongest": "max", "best": "max", "weakest": "min"}


def _terms(skill: Skill, language: bool) -> list[str]:
    """The names a project's text may use for ``skill``: its keywords and its name without the
    generic words ("iOS development" -> "iOS"); only programming languages when one is asked."""
    core = " ".join(w for w in (skill.name or "").split() if w.casefold() not in _GENERIC)
    terms = [t for t in (core, *skill.keywords) if (t and len(t) > 1) or t == "C"]
    if language:
        languages = category_members("programming_language")
        terms = [t for t in terms if t.casefold() in languages or t.casefold().rstrip("e") in languages]
    return terms


def _named(term: str, text: str) -> bool:
    flags = 0 if len(term) <= 3 else re.IGNORECASE  # "Go", "C" name a language only as written
    return re.search(rf"(?<![\w.+#-]){re.escape(term)}(?![\w+#])", text, flags) is not None


def levelled_work_reply(
    message: str, resume: Resume, lookup: Callable[[str], Chunk | None], first: str
) -> list[Said] | None:
    """ "Which project used the language she lists as expert?": the skills graded at that level
    (citing their passage) and the projects - or jobs, when those are asked - whose text names
    them; None unless the question names a graded level and an entry names a skill at it."""
    asked = _LEVEL_ASKED.search(message)
    if asked is None or _SPOKEN.search(message):
        return None
    word = (asked.group("level") or asked.group("own") or "").casefold()
    graded = [(r, i, s) for i, s in enumerate(resume.skills) if (r := level_rank(s.level)) is not None]
    if not graded:
        return None
    if word in _EXTREME:
        rank = (max if _EXTREME[word] == "max" else min)(r for r, _, _ in graded)
    elif (wanted := level_rank(word)) is not None:
        rank = wanted
    else:
        return None
    language = bool(_LANGUAGE_ASKED.search(message))
    at_level = [(i, s, terms) for r, i, s in graded if r == rank and (terms := _terms(s, language))]
    if not at_level:
        return None
    jobs = bool(_JOB_ASKED.search(message)) and not _PROJECT_ASKED.search(message)
    entries: list[tuple[str, str | None, tuple[str, ...]]] = (
        [(f"profile#work/{i}", w.name, (w.position or "", w.summary or "", *w.highlights)) for i, w in enumerate(resume.work)]
        if jobs
        else [(f"profile#projects/{i}", p.name, (p.description or "", *p.highlights, *p.keywords)) for i, p in enumerate(resume.projects)]
    )  # fmt: skip
    terms = [t for _, _, ts in at_level for t in ts]
    found = []
    for ident, name, parts in entries:
        hits = list(dict.fromkeys(t for t in terms if _named(t, " ".join((name or "", *parts)))))
        chunk = lookup(ident)
        if hits and chunk is not None and name:
            told = " ".join(p.rstrip(".") + "." for p in parts[:3] if p)
            found.append((len(hits), f"{name} (built with {', '.join(hits)}): {told}", chunk))
    skill_chunk = lookup(f"profile#skills/{at_level[0][0]}")
    if not found or skill_chunk is None:
        return None
    found.sort(key=lambda f: -f[0])
    skills = "; ".join(_skill(s) for _, s, _ in at_level)
    level = resume.skills[at_level[0][0]].level
    return [
        Said(f"{first} lists {skills} at {level}.", skill_chunk),
        *(Said(text, chunk) for _, text, chunk in found[:_MAX_ENTRIES]),
    ]


def _skill(skill: Skill) -> str:
    if skill.name and skill.keywords:
        return f"{skill.name} ({', '.join(skill.keywords)})"
    return skill.name or ", ".join(skill.keywords)
