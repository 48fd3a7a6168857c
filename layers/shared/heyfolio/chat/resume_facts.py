"""Answer questions the résumé's structure answers better than any passage's wording.

A JSON Resume states some facts as fields rather than prose: the fluency of each spoken
language, the level of each skill, the dates of each job (gaps, breaks, a year). Search finds the passages; the field readers
(``spoken_languages``, ``skill_levels``) read the fields, compare them and cite the passages
they came from. This module is the one place the offline answer asks them, in order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from heyfolio.chat.career_timeline import gap_reply, period_reply
from heyfolio.chat.levelled_work import levelled_work_reply
from heyfolio.chat.seniority import seniority_reply
from heyfolio.chat.skill_levels import named_level_reply, skill_levels_reply
from heyfolio.chat.skill_list import skill_list_reply
from heyfolio.chat.sources import Said
from heyfolio.chat.spoken_languages import languages_reply
from heyfolio.content.model import Resume
from heyfolio.search.chunks import Chunk

__all__ = ["resume_reply"]


def resume_reply(
    message: str, resume: Resume, lookup: Callable[[str], Chunk | None], first: str = "the owner"
) -> Sequence[Said] | None:
    """The reply the résumé's fields give ``message`` (``lookup``: a passage by id; ``first``: the
    owner's first name), or None when the question is not one of the kinds read from fields."""
    return (
        languages_reply(message, resume, lookup)
        or levelled_work_reply(message, resume, lookup, first)
        or skill_levels_reply(message, resume, lookup)
        or named_level_reply(message, resume, lookup)
        or gap_reply(message, resume, lookup, first)
        or period_reply(message, resume, lookup, first)
        or seniority_reply(message, resume, lookup, first)
        or skill_list_reply(message, resume, lookup, first)
    )
