"""The owner's skills asked for as a whole ("what's his tech stack?"), read from the résumé's skill groups.

Why a field reader: "what's her tech stack?" or "what are his skills?" names no one skill, so every
skill passage matches it equally and search's order among them is arbitrary - the reply showed the
intermediate infrastructure group and left out the back-end languages the owner works in every day.
The résumé lists its groups in the owner's order; each group, cited, answers it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from heyfolio.chat.sources import Said
from heyfolio.content.model import Resume
from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze

__all__ = ["skill_list_reply"]

# What names the whole of the skills: the stack, the skills, the technologies (a question naming a
# kind - "frontend skills?", "web skills" - or a technology asks of that, which search ranks).
_WHOLE = re.compile(
    r"\b(?:tech(?:nology)? stack|stack|skill ?sets?|skills|technologies|toolkit|toolbox)\b", re.IGNORECASE
)
# "what did she do before tech?", "skills at her last job": a time or an entry bounds what is asked
_BOUNDED = re.compile(r"\b(?:before|after|since|until|during|at|for|when|while)\b", re.IGNORECASE)
_ASKING = frozenset(
    analyze(
        "what whats what's is are was which list tell me about give show her his their the main core key "
        "technical tech technology technologies stack skill skills skillset skillsets set toolkit toolbox "
        "does do did she he they use uses using know knows work works with day usually typically current "
        "currently today now overall all of in please quick so and ok hey yo hi"
    )
)
_MAX = 8


def skill_list_reply(
    message: str, resume: Resume, lookup: Callable[[str], Chunk | None], first: str = "the owner"
) -> list[Said] | None:
    """Each skill group of the résumé, in its order, cited, when ``message`` asks for the skills as a
    whole and names nothing else (``first``: the owner's first name); None otherwise, or when the
    résumé has fewer than two groups (one passage is the answer search finds)."""
    if not _WHOLE.search(message) or _BOUNDED.search(message):
        return None
    names = {t for w in (resume.basics.name or "").split() for t in analyze(w)}
    if any(t not in _ASKING and t not in names for t in analyze(message)):
        return None
    out: list[Said] = []
    for i, skill in enumerate(resume.skills[:_MAX]):
        chunk = lookup(f"profile#skills/{i}")
        if chunk is None or not (skill.name or skill.keywords):
            continue
        level = f" ({skill.level})" if skill.level else ""
        words = f": {', '.join(skill.keywords)}" if skill.keywords else ""
        out.append(Said(f"{skill.name or 'Skills'}{level}{words}.", chunk))
    if len(out) < 2:
        return None
    out[0] = Said(f"{first}'s skills, as the résumé groups them: {out[0].text}", out[0].chunk)
    return out
