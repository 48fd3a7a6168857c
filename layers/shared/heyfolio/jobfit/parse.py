"""Read a job description into requirements: free text (bullets and sentences) or a JSON Resume job.

Why a parser of its own: a posting mixes a title line, headers ("Requirements:"), blurbs about
the company and the requirements themselves. Only the last are judged; reporting "Staff Platform
Engineer" as a missing requirement would understate every candidate.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["MAX_REQUIREMENTS", "JobParseError", "Requirement", "parse_job"]

MAX_REQUIREMENTS = 25

_BULLET = re.compile(r"^\s*(?:[-*•·▪‣◦–]|\d+[.)])\s+")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9\"“(])")
_ROLE_NOUNS = re.compile(
    r"\b(engineer|developer|programmer|manager|director|lead|head|architect|scientist|analyst|designer|"
    r"administrator|consultant|specialist|officer|intern|vp|cto|ceo|sre|devops|researcher|founder)s?\b",
    re.IGNORECASE,
)
_ASKS = re.compile(
    r"\b(you|your|experience|experienced|years?|must|required|requirement|should|ability|able|skills?|"
    r"knowledge|proficien\w*|familiar\w*|understanding|degree|fluent|certified|expert\w*|background|"
    r"track record|have|has|had|will|can|strong|deep|hands-on|plus)\b",
    re.IGNORECASE,
)
# Sentences about the employer or the process, not about the candidate.
_BLURB = re.compile(
    r"^(we are|we're|we have|we offer|we value|our |about (us|the)|join |come |this is|this role|the role|"
    r"the team|the company|apply|to apply|benefits|perks|salary|compensation|location|equal opportunity|"
    r"we believe|at [A-Z]\w*,? we)",
    re.IGNORECASE,
)
_ASKING_BLURB = re.compile(
    r"\b(looking for|seeking|searching for|want|need)\b[^.]*\b(who|with|that)\b|"
    r"^(this|the) (role|position|job) (requires?|demands|involves relocat|is based|means relocat)",
    re.I,
)


@dataclass(frozen=True)
class Requirement:
    """One thing the job asks for. ``keywords``/``level`` come from a JSON skill entry."""

    text: str
    kind: str  # requirement | skill | qualification | responsibility | experience
    keywords: tuple[str, ...] = ()
    level: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False)


class JobParseError(ValueError):
    """The job description holds nothing that reads as a requirement."""


def _is_title(line: str, first: bool) -> bool:
    """A first line naming a role ("Staff Platform Engineer", "Senior Data Engineer at Acme.")
    without asking for anything is the title, not a requirement."""
    if not first:
        return False
    words = line.rstrip(".").split()
    if len(words) > 12:
        return False
    return bool(_ROLE_NOUNS.search(line)) and not _ASKS.search(line)


def _is_blurb(sentence: str) -> bool:
    """Company blurbs and process notes; "We are looking for someone who has shipped ..." still asks."""
    if _ASKING_BLURB.search(sentence):
        return False
    return bool(_BLURB.match(sentence.strip()))


def _unwrap(text: str) -> list[str]:
    """Lines with hard-wrapped prose joined back: a line that starts in lower case continues the
    sentence or bullet above it ("You have run Kubernetes in / production and ...")."""
    lines: list[str] = []
    for raw in text.splitlines():
        stripped = raw.strip()
        if (
            lines
            and lines[-1].strip()
            and stripped[:1].islower()
            and not _BULLET.match(raw)
            and not lines[-1].rstrip().endswith((".", "!", "?", ":", ";"))
        ):
            lines[-1] = lines[-1].rstrip() + " " + stripped
            continue
        lines.append(raw)
    return lines


def _from_text(text: str) -> tuple[str | None, list[Requirement]]:
    title: str | None = None
    reqs: list[Requirement] = []
    first = True
    for raw in _unwrap(text):
        bullet = bool(_BULLET.match(raw))
        line = _BULLET.sub("", raw).strip()
        if not line:
            continue
        if line.endswith(":") or (
            not bullet and not first and len(line.split()) <= 4 and not _ASKS.search(line) and "." not in line
        ):
            first = False
            continue  # a header: "Requirements:", "What you bring"
        head, colon, rest = line.partition(":")
        if not bullet and first and colon and rest.strip() and _is_title(head, first):
            # "Senior backend engineer: Rust or Go, Kubernetes; mentoring." - a title, then the list it asks for.
            title, first = head.strip(), False
            for item in re.split(r"[;,]", rest):
                item = item.strip().rstrip(".").strip()
                if len(item) >= 3:
                    reqs.append(Requirement(item[:300], "requirement"))
            continue
        if not bullet and _is_title(line, first):
            title = line.rstrip(".")
            first = False
            continue
        first = False
        parts = [line] if bullet else [s.strip() for s in _SENTENCE_SPLIT.split(line) if s.strip()]
        for part in parts:
            if len(part) < 3 or (not bullet and _is_blurb(part)):
                continue
            reqs.append(Requirement(part[:300], "requirement"))
    return title, reqs


def _from_document(job: Mapping[str, Any]) -> tuple[str | None, list[Requirement]]:
    reqs: list[Requirement] = []
    for skill in job.get("skills") or []:
        if isinstance(skill, Mapping) and skill.get("name"):
            keywords = tuple(str(k) for k in skill.get("keywords") or [] if str(k).strip())
            level = str(skill["level"]) if skill.get("level") else None
            reqs.append(Requirement(str(skill["name"]).strip(), "skill", keywords, level))
        elif isinstance(skill, str) and skill.strip():
            reqs.append(Requirement(skill.strip(), "skill"))
    for key, kind in (("qualifications", "qualification"), ("responsibilities", "responsibility")):
        for item in job.get(key) or []:
            if str(item).strip():
                reqs.append(Requirement(str(item).strip()[:300], kind))
    if job.get("experience"):
        reqs.append(Requirement(str(job["experience"]).strip(), "experience"))
    title = job.get("title") or job.get("position")
    return (str(title) if title else None), reqs


def parse_job(job: Any) -> tuple[str | None, list[Requirement]]:
    """(title, requirements) from free text, a JSON string or a JSON Resume job document.

    Raises ``JobParseError`` when nothing reads as a requirement (say what to send instead)."""
    if isinstance(job, str):
        stripped = job.strip()
        if stripped.startswith("{"):
            try:
                job = json.loads(stripped)
            except ValueError:
                job = stripped
    if isinstance(job, Mapping):
        title, reqs = _from_document(job)
    else:
        title, reqs = _from_text(str(job))
    seen: set[str] = set()
    unique: list[Requirement] = []
    for req in reqs:
        key = req.text.casefold()
        if key not in seen:
            seen.add(key)
            unique.append(req)
    if not unique:
        raise JobParseError(
            "found no requirement in the job description: give one requirement per line (or bullet), "
            "sentences describing the candidate, or a JSON Resume job document with skills/qualifications"
        )
    return title, unique[:MAX_REQUIREMENTS]
