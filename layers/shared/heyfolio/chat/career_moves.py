"""Promotions read from the résumé's structure: the roles an owner held one after another at one employer.

Why a field reader: "was he promoted from within, or hired in as a manager?" is answered by two job
entries that name the same employer with different positions and follow each other in time (or one
entry whose position says "Mobile Developer, then Senior Mobile Developer"); no sentence of either
passage says "promoted", so search and sentence matching miss it. The entries are chained by their
employer and dates and each is cited.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from heyfolio.chat.sources import Said
from heyfolio.content.model import PartialDate, Resume, Work
from heyfolio.search.chunks import Chunk

__all__ = ["Move", "internal_moves", "moves_reply"]

# A question about the owner's own moves up ("was she promoted?", "did he move up from within?",
# "hired in from outside as a manager?").
_MOVES_Q = re.compile(
    r"\b(?:was|were|got|get|gets|been|being) (?:\w+ )?promoted\b|\bpromoted (?:in)?to\b|\bpromotions?\b|"
    r"\b(?:from|within) (?:within|inside)\b|\bfrom within\b|\binternal(?:ly)? (?:promot\w*|move|hire)|"
    r"\bhired in\b|\bmoved? up\b|\bclimb(?:ed)? the ladder\b|\brose (?:to|through) the ranks\b",
    re.IGNORECASE,
)
# ... but not the people the owner promoted ("has he promoted anyone?", "promoted two engineers").
_PROMOTED_OTHERS = re.compile(
    r"\bpromot\w* (?:any(?:one|body)?|some(?:one|body)|people|engineers?|members?|reports?|others?|"
    r"staff|\d+|two|three|four|five|several|many)\b",
    re.IGNORECASE,
)
_THEN = re.compile(r",? then |\s+→\s+|\s+->\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Move:
    """The positions held one after another at one employer (``entries``: indexes into
    ``Resume.work``, in date order; ``positions``: each position as written, with its dates)."""

    employer: str
    entries: tuple[int, ...]
    positions: tuple[str, ...]


def _month(date: PartialDate | None) -> int:
    if date is None or date.year is None:
        return 10**9
    return date.year * 12 + (date.month or 1) - 1


def _employer(work: Work) -> str:
    return re.sub(r"\s+", " ", (work.name or "").casefold()).strip()


def _dates(work: Work) -> str:
    start = work.start_date.raw if work.start_date else ""
    end = "present" if work.end_date is None or work.end_date.present else work.end_date.raw
    return f"{start} – {end}" if start else end


def internal_moves(resume: Resume) -> list[Move]:
    """Each employer where the owner held more than one position: two or more entries naming it
    with different positions, or one entry whose position lists the steps ("X, then Y")."""
    by_employer: dict[str, list[int]] = {}
    for i, w in enumerate(resume.work):
        if _employer(w):
            by_employer.setdefault(_employer(w), []).append(i)
    moves: list[Move] = []
    for entries in by_employer.values():
        entries.sort(key=lambda i: _month(resume.work[i].start_date))
        works = [resume.work[i] for i in entries]
        positions = [w.position or "" for w in works]
        if len(entries) > 1 and len({p.casefold() for p in positions}) > 1:
            said = tuple(f"{w.position} ({_dates(w)})" for w in works)
            moves.append(Move(works[0].name or "", tuple(entries), said))
        elif len(entries) == 1 and _THEN.search(positions[0]):
            steps = [p.strip() for p in _THEN.split(positions[0]) if p.strip()]
            if len(steps) > 1:
                moves.append(Move(works[0].name or "", tuple(entries), tuple(steps)))
    return moves


def moves_reply(
    message: str, resume: Resume, lookup: Callable[[str], Chunk | None], first: str
) -> list[Said] | None:
    """ "Was he promoted into management from within?": the employers where the owner moved from one
    position to another, the positions in order with their dates, each entry cited; None unless the
    question asks about the owner's own promotions and the résumé shows one."""
    if not _MOVES_Q.search(message) or _PROMOTED_OTHERS.search(message):
        return None
    said: list[Said] = []
    for move in internal_moves(resume):
        chunk = lookup(f"profile#work/{move.entries[-1]}")
        if chunk is None:
            continue
        steps = ", then ".join(move.positions)
        said.append(
            Said(
                f"By the résumé's entries, {first} held these roles in turn at {move.employer}: {steps}.",
                chunk,
            )
        )
    return said or None
