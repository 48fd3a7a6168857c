"""A skill level asked, against the years of work that used the skill, where the résumé rates it only as
one keyword of a broader skill.

Why: a JSON Resume rates a skill group ("Messaging: Beginner", keywords Kafka), not each keyword. An owner
with two years of Kafka in a production job has more than a beginner's grasp of it, and a recruiter reads
the work: a keyword rated beginner is at a working (intermediate) level once the dated work that used it
lasted a year. Above that the group's rating stands (the labelled sets read "TypeScript (Advanced)" against
years of TypeScript in a group rated intermediate as partial), and a skill rated by its own name keeps the
owner's rating.

One rung more is read from the work itself: a keyword the role held now is built around (its title or
summary names it: "Kotlin and Spring Boot services", "the patient mobile app (React Native)") is practised
daily beyond the group's rating, so the labelled sets read "Kotlin (Advanced)" against a backend group
rated intermediate as met. Two rungs below stays below, and so does a keyword the current role does not
name (TypeScript in an intermediate frontend group, used in past roles). A skill rated by its own name
keeps the owner's rating whatever the role (the measured sets read that one as partial).
"""

from __future__ import annotations

import re

from heyfolio.content.model import Portfolio
from heyfolio.jobfit.industry import academic_post
from heyfolio.search.text import analyze

__all__ = ["YEARS_FOR_LEVEL", "level_reached", "now_terms"]

# level rank (evidence.SKILL_LEVELS: 2 intermediate, 3 advanced, 4 expert) -> years of dated work it takes
YEARS_FOR_LEVEL: dict[int, float] = {2: 1.0}
_ADVANCED = 3  # the highest rung the work can vouch for: expert is the owner's own word to give


def level_reached(need: int, listed: int, years: float, *, central: bool = False) -> bool:
    """Whether a keyword rated ``listed`` with ``years`` of dated work using it shows the level ``need``;
    ``central``: the role held now names it (``now_terms``)."""
    if listed >= need:
        return True
    if need - listed == 1 and central and need <= _ADVANCED:
        return True
    return need - listed == 1 and need in YEARS_FOR_LEVEL and years >= YEARS_FOR_LEVEL[need]


# Roles running now that are no one's main work: a part-time side post, an internship, teaching.
_SIDE_ROLE = re.compile(r"\b(?:part[- ]time|intern(?:ship)?|teaching assistant|lecturer|instructor)\b", re.I)


def now_terms(portfolio: Portfolio) -> frozenset[str]:
    """The analysed words of the title and summary of every main role still running (no end date): what
    the owner's work is built around today. A company blurb (``description``) says what the employer
    does, not the owner, and is left out."""
    out: set[str] = set()
    for w in portfolio.resume.work:
        if w.end_date is not None or w.start_date is None:
            continue
        if _SIDE_ROLE.search(w.position or "") or academic_post(w.position or "", w.name or ""):
            continue
        out.update(analyze(" ".join(x or "" for x in (w.position, w.summary))))
    return frozenset(out)
