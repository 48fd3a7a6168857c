"""Whether a question about managing people asks what the portfolio never states.

Why: "has she led a team of engineers?" or "how many direct reports did she have?" asked of an
independent consultant finds the job that says "working alongside a product team of eight" or
"paired weekly with two junior developers" - close in words, yet working beside a team is not
leading it, and quoting it reads as a yes. Managing people is a claim a résumé makes in its own
words (managed, led, head of, director, CTO, direct reports); on a portfolio none of whose own
passages makes it, the honest reply is that the portfolio does not say. What others say of
themselves (a referee who is "group leader", a "CTO" giving a reference) is not the owner's claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.chunks import Chunk

__all__ = ["unstated_management", "unstated_management_at"]

# Asked about experience of managing people: "has she managed a team?", "direct reports?", "did
# she lead engineers?", "was she a team lead?", "how many people reported to her?"
_ASKS = re.compile(
    r"\b(?:manag(?:e|ed|es|ing|er|ers)(?: \w+){0,3}? (?:teams?|people|engineers|developers|staff|reports|"
    r"anyone|others|a group)|people[- ]manag\w*|line[- ]manag\w*|direct reports?|"
    r"(?:led|lead|leading|ran|run|running|head(?:ed)?|supervis\w*) (?:a |an |the |her |his |their |any )?"
    r"(?:\w+ ){0,2}?(?:teams?|group|department|squad|people|engineers|developers|staff)|"
    r"team lead\w*|report(?:s|ed)? (?:in)?to (?:her|him|them)|as (?:a |an )?(?:manager|team lead|head of))\b|"
    # "how many engineers did she manage at X?"
    r"\bhow many (?:\w+ )?(?:people|engineers|developers|staff|reports|employees)\b[^?]*?"
    r"\b(?:manag(?:e|ed)|supervis(?:e|ed))\b",
    re.IGNORECASE,
)
# A question about what the owner would do or wants ("would she lead our team?", "is she looking for
# a people management role?") asks for a fit or a preference, which the other evidence speaks to.
_FORWARD = re.compile(
    r"\b(?:would|could|can|will|might|should)\b|\b(?:want|wants|looking for|rather|prefer\w*|open to|"
    r"interested in|fit|suit\w*)\b",
    re.IGNORECASE,
)
# How a résumé states managing people, or a role that is one.
_STATES = re.compile(
    r"\b(?:manag(?:e|ed|es|ing|er|ers|ement)|led|lead(?:s|ing|er|ers|ership)?|head(?:ed|s)? (?:of|up)|"
    r"director|supervis\w*|direct reports?|report(?:s|ed)? to (?:me|her|him)|ceo|cto|coo|cio|chief|vp|"
    r"vice president|foreman|principal investigator)\b",
    re.IGNORECASE,
)
# The passages that state the owner's own claims (not a referee's title).
_OWN_KINDS = frozenset(
    {"basics", "work", "volunteer", "project", "resume_project", "award", "faq", "skill", "post", "education"}
)


def unstated_management(question: str, chunks: Sequence[Chunk]) -> bool:
    """Whether ``question`` asks about the owner's experience managing people and no passage of the
    owner's own states any (then nothing the portfolio says answers it)."""
    if not _ASKS.search(question) or _FORWARD.search(question):
        return False
    return not any(c.kind in _OWN_KINDS and _STATES.search(f"{c.title}\n{c.text}") for c in chunks)


def unstated_management_at(question: str, entries: Sequence[Chunk]) -> bool:
    """Whether ``question`` asks about managing people at the jobs it names (``entries``: "how many
    engineers did she manage at <X>?") and none of their passages states any: another job's team
    led is not one led there, and a team she was a member of is not one she managed."""
    return bool(entries) and unstated_management(question, entries)
