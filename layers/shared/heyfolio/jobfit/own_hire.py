"""A résumé line where the owner is the one hired ("Second hire on the platform team", "Hired as the first
data engineer", "I was recruited by the CTO") shows no hiring done by the owner.

Why: "hire" is indexed as one term whether the owner hires people or was hired. A requirement to hire,
interview or recruit ("Hire engineers for the platform team") then read "matched" from the line that says
when the owner joined. Résumés write their own hiring in a few stable shapes: an ordinal or "founding"
before "hire", or the passive ("was hired", "hired as", "hired to build", "recruited by").
"""

from __future__ import annotations

import re

__all__ = ["only_hired_themselves"]

# Every form of the word, to tell a line that also hires from one that only says the owner was hired.
_HIRE_WORD = re.compile(r"\b(?:hire[sd]?|hiring|recruit(?:ed|ing|s|ment)?|interview(?:ed|ing|s)?)\b", re.I)

# The owner as the hire: "first hire", "second engineering hire", "founding hire", "the 3rd hire",
# "was hired", "got hired", "hired as", "hired to build", "hired into", "recruited by", "recruited as".
_SELF_HIRE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|founding|"
    r"early|earliest|initial|senior|external|new|key)(?:\s+[\w-]+){0,2}\s+hire\b(?!\s+(?:engineers?|people|staff))"
    r"|\b(?:was|were|been|being|got|get|am|is|I'm)\s+(?:\w+\s+)?(?:hired|recruited|headhunted)\b"
    r"|(?:^|[.;:]\s*)(?:hired|recruited)\s+(?:as|to|into|by|for)\b"
    r"|\b(?:hired|recruited)\s+(?:as\s+(?:an?|the)|into\s+(?:an?|the))\b"
    r"|\brecruited\s+by\b"
    # "First applied scientist hired after my PhD", "joined through the 2024 graduate hiring round"
    r"|\b(?:first|second|third|founding|early)\s+(?:[\w-]+\s+){0,3}(?:hired|recruited)\b"
    r"|\bjoined\b[^.;]*?\b(?:hiring|recruitment|recruiting)\s+(?:round|programme|program|scheme|drive|cohort)\b"
    # the owner as the candidate: "available for interviews", "after a first interview", "do a design interview"
    r"|\bavailable\s+for\s+(?:an?\s+)?interviews?\b"
    r"|\b(?:after|before)\s+(?:an?|the)\s+(?:(?:first|second|final|initial)\s+)?interview(?:\s+rounds?)?\b"
    r"|\b(?:do|take|attend|sit|pass|passed)\s+an?\s+(?:[\w-]+\s+){0,2}interview\b",
    re.IGNORECASE,
)


def only_hired_themselves(text: str) -> bool:
    """Whether every hire, recruit or interview word in ``text`` is part of the owner being hired (so the
    sentence shows no hiring by them). False when no such word is written."""
    words = list(_HIRE_WORD.finditer(text))
    if not words:
        return False
    spans = [m.span() for m in _SELF_HIRE.finditer(text)]
    return all(any(a <= w.start() < b for a, b in spans) for w in words)
