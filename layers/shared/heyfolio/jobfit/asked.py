"""How a posting says a sentence is an ask, beyond "is a plus" or "is required".

Prose postings often give the reason first and the ask last ("Our data runs on BigQuery, so experience
with it is important"): the sentence opens like a company blurb, but its weight word makes it an ask.
"""

from __future__ import annotations

import re

__all__ = ["ask_then_years", "weighted_ask", "years_then_ask"]

# What the candidate brings ("experience", "knowledge", "familiarity") said to matter to the job.
_WEIGHTED = re.compile(
    r"\b(?:experience|knowledge|familiarity|expertise|skills?|background|fluency|understanding)\b"
    r"[^.;]{0,60}?\b(?:is|are)\s+(?:very\s+|really\s+|especially\s+|particularly\s+|also\s+)?"
    r"(?:important|key|critical|crucial|vital|valuable|helpful|useful|essential|a must)\b",
    re.IGNORECASE,
)


def weighted_ask(sentence: str) -> bool:
    """Whether a sentence asks for something by saying it matters ("experience with X is important")."""
    return bool(_WEIGHTED.search(sentence))


# "staff-level experience and 8+ years of frontend development": an ask, then a number of years asked.
_AND_YEARS = re.compile(
    r"\s+and\s+(?=(?:at\s+least\s+|over\s+|more\s+than\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twelve|fifteen)\s*\+?\s*(?:or\s+more\s+)?(?:years?|yrs)\b)",
    re.IGNORECASE,
)


# The low end of a range of years ("between 5", "from three", "anywhere from 4"): "and 8 years" closes it.
_RANGE_START = re.compile(
    r"(?:^|\b(?:between|from)\s+)(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)$",
    re.IGNORECASE,
)


def ask_then_years(text: str) -> list[str] | None:
    """Two asks of a framed sentence joined by "and", the second a number of years ("staff-level
    experience and 8+ years of Go"): each is checked on its own, so the years do not decide the level.
    None unless both halves are phrases (two words or more)."""
    m = _AND_YEARS.search(text)
    if m is None:
        return None
    left, right = text[: m.start()].strip(" ,;"), text[m.end() :].strip(" ,;.")
    if len(left.split()) < 2 or len(right.split()) < 3:
        return None
    if re.search(r"\d\s*\+?\s*(?:years?|yrs)\b", left) or _RANGE_START.search(left):
        return None  # "between 5 and 8 years of Go": one range of years, not an ask and then years
    return [left, right]


# "3+ years as an engineering manager and a background in Go": years asked, then a thing the candidate brings.
_YEARS_FIRST = re.compile(
    r"^(?:at\s+least\s+|over\s+|more\s+than\s+|a\s+minimum\s+of\s+)?(?:\d{1,2}|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve|fifteen)\s*\+?\s*(?:or\s+more\s+)?(?:years?|yrs)\b",
    re.IGNORECASE,
)
_AND_BROUGHT = re.compile(
    r"\s+and\s+(?=(?:an?|some|strong|solid|deep|proven|hands-on)\s+(?:[\w-]+\s+)?"
    r"(?:background|track\s+record|degree|understanding|knowledge|familiarity|certification)\b)",
    re.IGNORECASE,
)


# "5+ years of video codec development and strong C++": years asked, then a skill named with how good it is
# (a named thing of one to three words closing the sentence).
_AND_QUALIFIED = re.compile(
    r"\s+and\s+(?=(?:strong|solid|deep|excellent|expert|fluent|proficient|advanced|good|working|hands-on)\s+"
    r"[\w.+#/-]+(?:\s+[\w.+#/-]+){0,2}\s*[.!]?\s*$)",
    re.IGNORECASE,
)


def years_then_ask(text: str) -> list[str] | None:
    """Two asks joined by "and", the first a number of years ("at least 3 years of experience as an engineering
    manager and a background in backend development with Go"): each checked on its own, so a thing the
    background names does not decide the years, nor the years the background. None unless both are phrases."""
    if _YEARS_FIRST.match(text.strip()) is None:
        return None
    m = _AND_BROUGHT.search(text)
    qualified = _AND_QUALIFIED.search(text) if m is None else None
    m = m or qualified
    if m is None:
        return None
    left, right = text[: m.start()].strip(" ,;"), text[m.end() :].strip(" ,;.")
    if len(left.split()) < 4 or len(right.split()) < (2 if qualified else 3) or re.search(r"[,;]", left):
        return None
    return [left, right]
