"""Which of two kinds of engineer the owner is: the current title and the summary's own words.

Why a field reader: "is she more of a frontend or a backend person?", "SRE or data engineer these
days?", "frontend or backend guy?" ask how the owner sees their own work now. Search answers with
whichever passage shares a word with one side (an internship, a skill list), while the answer is
what the owner does today - the title of the job still running - and how the summary puts it in
their own words ("I write TypeScript when a problem needs a good UI").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from heyfolio.chat.sources import Said
from heyfolio.content.model import Resume
from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze

__all__ = ["identity_said"]

# "more of a frontend or a backend person", "more an SRE or a data engineer", "frontend or backend guy?"
_EITHER_Q = re.compile(
    r"\bmore (?:of )?an?\s+(?P<a>[\w-]+(?: [\w-]+)?) or (?:an? )?(?P<b>[\w-]+)|"
    r"\b(?P<c>[\w-]+) or (?P<d>[\w-]+) (?:person|guy|gal|type|profile|side|focused)\b|"
    # "is she a developer advocate or an engineer these days?": the whole question is the two kinds
    r"\b(?:is|are) (?:she|he|they|\w+) (?:more |mostly |mainly )?an? (?P<e>[\w-]+(?: [\w-]+)?) or "
    r"(?:more |mostly |mainly )?(?:an? )?(?P<f>[\w-]+(?: [\w-]+)?)\s*"
    r"(?:(?:these days|nowadays|now|today|at heart|at this point|by now)\s*)?[?.!]*\s*$",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9])")
_MAX_SAID = 2  # summary sentences quoted


def identity_said(
    message: str, resume: Resume, lookup: Callable[[str], Chunk | None], first: str
) -> list[Said]:
    """ "More of a frontend or a backend person?": the jobs still running (their titles) and the
    summary's sentences naming either side, each cited; [] unless the question asks which of two."""
    m = _EITHER_Q.search(message)
    if m is None:
        return []
    sides = {t for g in ("a", "b", "c", "d", "e", "f") if m.group(g) for t in analyze(m.group(g))}
    if not sides:
        return []
    titles = {t for w in resume.work for t in analyze(w.position or "")}
    if m.group("e") and not sides & titles:
        # "is she a remote worker or office based?" asks no kind of job: one side is a title's word
        return []
    out: list[Said] = []
    current = [
        (i, w)
        for i, w in enumerate(resume.work)
        if w.position and (w.end_date is None or w.end_date.present) and w.start_date is not None
    ]
    for i, w in sorted(
        current, key=lambda iw: iw[1].start_date.raw if iw[1].start_date else "", reverse=True
    )[:1]:
        chunk = lookup(f"profile#work/{i}")
        if chunk is not None:
            at = f" at {w.name}" if w.name else ""
            out.append(Said(f"These days {first} works as {w.position}{at}.", chunk))
    basics = lookup("profile#basics")
    if basics is not None:
        named = [s.strip() for s in _SENTENCE.split(resume.basics.summary or "") if sides & set(analyze(s))]
        out += [Said(f"In {first}'s own words: “{s}”", basics) for s in named[:_MAX_SAID]]
    return out
