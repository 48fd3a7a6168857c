"""How senior the owner is, read from the titles the résumé dates: the current role, the ones before it.

Why a field reader: "how senior is she?" and "what level is he at?" name no skill, employer or
project, so search ranks whatever passage says "senior" (an old job titled Senior, a summary line)
above the current title. Seniority is what the newest titles say, in date order, and the summary's
own sentence on years of experience when it states one; each is cited.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from heyfolio.chat.career_timeline import states_break
from heyfolio.chat.screening import summary_sentence
from heyfolio.chat.sources import Said
from heyfolio.content.dates import sort_key
from heyfolio.content.model import Resume, Work
from heyfolio.search.chunks import Chunk

__all__ = ["seniority_reply"]

# "How senior is she?", "what's his seniority?", "what level is she at?", "junior or senior?" - the
# level of the owner, not of a skill ("what level is her German?", "what level of Python?").
_SENIORITY_Q = re.compile(
    r"\bhow senior\b|\bseniority\b|"
    r"\bwhat(?:'s| is)? (?:(?:her|his|their|\w+'s) )?(?:career |job |current |engineering |experience )?level\b"
    r"(?! (?:of|in|is (?:her|his|their) \w+)\b)(?: (?:is|are) (?:she|he|they)(?: at)?)?|"
    r"\b(?:what|which) level (?:is|are) (?:she|he|they)\b|"
    r"\b(?:is|are) (?:she|he|they) (?:an? )?(?:junior|mid[- ]?level|senior|staff|principal)(?:[- ]level)?"
    r"(?: (?:engineer|developer|dev|candidate|hire|profile))?\W*$|"
    r"\b(?:junior|mid[- ]?level|mid|senior)\s*(?:,|or|/)\s*(?:mid[- ]?level\s*(?:,|or|/)\s*)?(?:senior|staff|lead)\b",
    re.IGNORECASE,
)
# The summary's sentence stating the length of a career ("twelve years of building backend systems").
_YEARS = re.compile(
    r"\b(?:\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty(?:[- ]\w+)?|a decade|over a decade|more than a decade)"
    r"(?: years?| decades?)?(?: of)? (?:experience|years?|in (?:the )?industry|building|shipping|working|writing)\b",
    re.IGNORECASE,
)
# A title held beside a main job: it does not say how senior the owner is as much as the main one.
_SIDE = re.compile(
    r"\bpart[- ]time\b|\badvis[eo]r|\badvisory\b|\bfreelance|\bcontract\b|\blecturer\b|\bhours a\b|"
    r"\bboard\b|\bmentor\b|\bvolunteer",
    re.IGNORECASE,
)
_SHOWN = 3
"""Titles shown: the current one(s) and the ones before, enough to read a progression."""


def seniority_reply(
    message: str, resume: Resume, lookup: Callable[[str], Chunk | None], first: str
) -> list[Said] | None:
    """ "How senior is she?": her current title(s) (else the most recent), the titles before it,
    newest first, and the summary's sentence on her years of experience; None for other questions
    or a résumé with no dated job."""
    if not _SENIORITY_Q.search(message):
        return None
    jobs = sorted(
        (
            (i, w)
            for i, w in enumerate(resume.work)
            if w.position and w.start_date is not None and not states_break(f"{w.name} {w.position}")
        ),
        key=lambda iw: sort_key(iw[1].start_date),
        reverse=True,
    )
    jobs = [(i, w) for i, w in jobs if lookup(f"profile#work/{i}") is not None]
    asked = message.casefold()
    # "how senior was she at Cobalt?": the titles at the employer named
    scoped = [(i, w) for i, w in jobs if w.name and w.name.casefold() in asked]
    if scoped:
        return [
            Said(f"{first}'s title at {w.name}: {w.position} ({_dates(w)}).", _chunk(lookup, i))
            for i, w in scoped
        ]
    if not jobs:
        return None
    # the main job leads the ones on the side (an advisory role, a part-time lectureship)
    current = sorted(
        ((i, w) for i, w in jobs if _running(w)), key=lambda iw: bool(_SIDE.search(iw[1].position or ""))
    )
    said: list[Said] = []
    if current:
        leads = [f"{first}'s current role", *["Alongside it"] * (len(current) - 1)]
        said += [
            Said(f"{lead}: {_title(w)} (since {_iso(w, start=True)}).", _chunk(lookup, i))
            for lead, (i, w) in zip(leads, current, strict=True)
        ]
    else:
        i, w = jobs[0]
        said.append(Said(f"{first}'s most recent role: {_title(w)} ({_dates(w)}).", _chunk(lookup, i)))
    shown = {i for i, _ in current} or {jobs[0][0]}
    before = [(i, w) for i, w in jobs if i not in shown][: max(_SHOWN - len(shown), 1)]
    said += [
        Said(f"{'Before that' if n == 0 else 'Earlier'}: {_title(w)} ({_dates(w)}).", _chunk(lookup, i))
        for n, (i, w) in enumerate(before)
    ]
    basics = lookup("profile#basics")
    if basics is not None:
        years = summary_sentence(basics, _YEARS)
        if years:
            said.append(Said(f"In {first}'s own words: “{years}”", basics))
        elif resume.basics.label:
            said.append(Said(f"{first}'s headline: {resume.basics.label}.", basics))
    return said


def _running(work: Work) -> bool:
    return work.end_date is None or work.end_date.present


def _chunk(lookup: Callable[[str], Chunk | None], i: int) -> Chunk:
    chunk = lookup(f"profile#work/{i}")
    assert chunk is not None  # filtered above
    return chunk


def _title(work: Work) -> str:
    return f"{work.position} at {work.name}" if work.name else str(work.position)


def _iso(work: Work, *, start: bool) -> str:
    date = work.start_date if start else work.end_date
    return date.iso() if date is not None else "?"


def _dates(work: Work) -> str:
    end = "present" if _running(work) else _iso(work, start=False)
    return f"{_iso(work, start=True)} – {end}"
