"""A skill level asked, against the years of work that used the skill, where the résumé rates it only as
one keyword of a broader skill.

Why: a JSON Resume rates a skill group ("Messaging: Beginner", keywords Kafka), not each keyword. An owner
with two years of Kafka in a production job has more than a beginner's grasp of it, and a recruiter reads
the work: a keyword rated beginner is at a working (intermediate) level once the dated work that used it
lasted a year. Above that the group's rating stands (the labelled sets read "TypeScript (Advanced)" against
years of TypeScript in a group rated intermediate as partial), and a skill rated by its own name keeps the
owner's rating.
"""

from __future__ import annotations

__all__ = ["YEARS_FOR_LEVEL", "level_reached"]

# level rank (evidence.SKILL_LEVELS: 2 intermediate, 3 advanced, 4 expert) -> years of dated work it takes
YEARS_FOR_LEVEL: dict[int, float] = {2: 1.0}


def level_reached(need: int, listed: int, years: float) -> bool:
    """Whether a keyword rated ``listed`` with ``years`` of dated work using it shows the level ``need``."""
    if listed >= need:
        return True
    return need - listed == 1 and need in YEARS_FOR_LEVEL and years >= YEARS_FOR_LEVEL[need]
