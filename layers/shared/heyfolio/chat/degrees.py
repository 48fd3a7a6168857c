"""Whether the education entries hold the level of degree a question asks about.

Why: "does she have a PhD?" finds the education entries - close in meaning - and quoting a
bachelor's degree in reply reads as an answer. The level of a degree (doctorate, master's,
bachelor's) is a fact the entries state in their own words ("Bachelor in Econometrics", "MSc",
"Postgraduate diploma"); when none states the level asked, the honest reply is that the
portfolio does not mention one, not the closest degree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.chunks import Chunk

__all__ = ["absent_degree"]

_DOCTORATE = r"\bph\.?\s?d\b|\bdoctor\w*|\bdphil\b|\bdr\.? ?rer\b"
# level: (how a question names it, how an education entry states it - a higher degree than asked
# counts, as it takes one - and how the reply names it)
_LEVELS: dict[str, tuple[re.Pattern[str], re.Pattern[str], str]] = {
    "doctorate": (
        re.compile(r"\bph\.?\s?d\b|\bphds\b|\bdoctora(?:te|l)\b|\bdphil\b", re.I),
        re.compile(_DOCTORATE, re.I),
        "a PhD",
    ),
    "master": (
        re.compile(r"\bmaster['’]?s\b(?! of ceremon)|\bm\.?sc\b|\bmeng\b|\bmphil\b", re.I),
        re.compile(
            r"\bmaster\w*|\bm\.?sc\b|\bm\.?s\.?\b|\bmba\b|\bmeng\b|\bmphil\b|\bmres\b|\bmagist\w*|"
            + _DOCTORATE,
            re.I,
        ),
        "a master's degree",
    ),
    # a master's of one kind: another master's does not answer "does she have an MBA?"
    "mba": (re.compile(r"\bmba\b", re.I), re.compile(r"\bmba\b|business administration", re.I), "an MBA"),
}


def absent_degree(question: str, chunks: Sequence[Chunk]) -> str | None:
    """The degree ``question`` asks about ("a PhD") when no education entry states it (nor a
    higher one), else None - also when the question names no degree level."""
    asked = [name for name, (asks, _, _) in _LEVELS.items() if asks.search(question)]
    if not asked:
        return None
    schooling = "\n".join(f"{c.title}\n{c.text}" for c in chunks if c.kind == "education")
    if any(_LEVELS[name][1].search(schooling) for name in asked):
        return None
    return " or ".join(_LEVELS[name][2] for name in asked)
