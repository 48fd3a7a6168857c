"""Two senses of "performance": how fast software runs, and how well a person works.

Why: a manager's résumé lists "performance reviews" among their skills; an ad asking for "performance
tuning of backend services" means speed. Read as one word, the reviews showed the speed work, the sentence
that does show it (p99 latency cut from 820 ms to 95 ms) was never looked for, and the two words asked
("performance", "tuning") landed on unrelated pages. Where the ask means speed, a sentence whose every
"performance" is about people is no evidence of it (and the reverse is left alone: "run performance reviews"
is shown by the reviews).
"""

from __future__ import annotations

import re

from heyfolio.search.text import analyze

__all__ = ["PERFORMANCE_TERM", "asks_people_sense", "people_sense_only"]

PERFORMANCE_TERM = analyze("performance")[0]

_PEOPLE = (
    r"(?:reviews?|management|appraisals?|evaluations?|improvement plans?|conversations?|cycles?|"
    r"calibrations?|ratings?|feedback|goals?|objectives|reviewing)"
)
_PEOPLE_SENSE = re.compile(r"\bperforman\w*[\s-]+" + _PEOPLE + r"\b|\bhigh[- ]perform\w*", re.IGNORECASE)
_ANY = re.compile(r"\bperform\w*", re.IGNORECASE)


def people_sense_only(text: str) -> bool:
    """Whether every "performance" in ``text`` is about people (reviews, management, high-performing teams)."""
    return bool(_ANY.search(text)) and not _ANY.search(_PEOPLE_SENSE.sub(" ", text))


def asks_people_sense(ask: str) -> bool:
    """Whether the ask itself means people's performance ("performance reviews", "high-performing teams")."""
    return bool(_PEOPLE_SENSE.search(ask))
