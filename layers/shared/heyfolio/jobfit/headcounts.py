"""A group's size written before it ("a 20-person team", "a 200-engineer organisation") as "a team of 20 people".

Why: job ads often put the headcount in a hyphenated compound before the group's noun. Read as words,
"20-person" is a term the content never writes, so "Managed a 7-person data team" came back missing for a
manager of seven, and "Led a 20-person team" matched on a stray "16/20": the number asked was never compared.
Written as "a team of 20 people" it is the count of people every other size ask is, checked against the
groups the content says were led or managed. Only groups people work in are rewritten; "a 500-person
company" is where someone worked, not how many they led.
"""

from __future__ import annotations

import re

from heyfolio.jobfit.evidence import NUMBER

__all__ = ["headcounts_after"]

# "a 20-person team", "an eight-engineer platform squad", "a 15-strong data group", "a 40+ person org"
_HEADCOUNT = re.compile(
    r"\b(?:an?\s+)?" + NUMBER + r"(\+?)[- ](?:(person|people|member|strong|staff)|(engineer|developer))"
    r"\s+((?:[\w/&-]+\s+){0,2}?)(teams?|squads?|groups?|departments?|organi[sz]ations?|orgs?|functions?)\b",
    re.IGNORECASE,
)


def _rewrite(m: re.Match[str]) -> str:
    count, plus, people, role, which, group = m.groups()
    who = "people" if people else f"{role.casefold()}s"
    return f"a {which}{group} of {count}{plus} {who}"


def headcounts_after(text: str) -> str:
    """``text`` with each headcount before a group written after it ("Led a 20-person team" -> "Led a team
    of 20 people"); text without one is returned unchanged."""
    return _HEADCOUNT.sub(_rewrite, text)
