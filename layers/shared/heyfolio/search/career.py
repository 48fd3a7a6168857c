"""Questions about the owner's career as a whole, answered by the summary the owner wrote.

Why: "how many years of experience does he have?", "what did she do before tech?", "has she ever
managed people?" and "is he still hands-on?" ask about the whole career, and résumés answer them in
the summary ("twelve years", "six years running hotel front desks before a DevOps bootcamp",
"managed a team of seven", "I still review designs"). A summary is long and names many things, so a
bag of words ranks it below any short passage sharing a word or two with the question; a recruiter
reading the résumé goes to it first. A career change is also told by the oldest role (the job held
before the switch), which shares no word with "before tech".
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["CAREER_WORDS", "CareerAsk", "read_career"]

CareerAsk = Literal["whole", "before", "people"]

# The words a career question names the career by ("why did she switch careers?", "her previous
# profession"): what is asked about is the whole career the summary tells, so a portfolio that never
# writes the word itself still answers; the word is no topic it lacks.
CAREER_WORDS = frozenset({"career", "careers", "profession", "professions"})

# How long the whole career lasted, or how senior it made the owner: "years of (professional)
# experience", "how long has she been working / in the industry / in tech", "how experienced".
_LENGTH = re.compile(
    r"\byears? of (?:[\w-]+ ){0,2}experience\b|\bhow much (?:[\w-]+ ){0,2}experience\b|"
    r"\bhow (?:experienced|senior)\b|\bseniority\b|\bexperience level\b|\blevel of experience\b|"
    r"\b(?:how long|how many years)\b.{0,60}?\b(?:work(?:ed|ing)?|experience|career|industry|tech|"
    r"software|professional(?:ly)?|coding|programming|developer|engineer(?:ing)?|been in|been an?)\b",
    re.IGNORECASE,
)
# What the owner did before the current line of work: a career change.
_BEFORE = re.compile(
    r"\bbefore (?:(?:she|he|they|\w+) )?(?:got|moved|went|switched|came|turned|transitioned|pivoted|broke|"
    r"changed|getting|moving|going|switching|coming|turning|transitioning|pivoting|breaking|becoming|became|"
    r"made the (?:move|switch|jump))\b|"
    r"\bbefore (?:(?:getting|going|moving|switching|coming|breaking) (?:in)?to )?(?:tech|software|it|coding|"
    r"programming|engineering|computers|development|the (?:tech|software|it) industry)\b|"
    r"\b(?:previous|former|earlier|first|old|other|past|prior) (?:career|careers|profession|life|line of work)\b|"
    r"\bcareer (?:change|changer|switch|pivot|shift)\b|\b(?:switch(?:ed)?|chang(?:e|ed)) careers?\b|"
    # the trade as what the owner was, or started doing: "before she was a developer", "before being an
    # engineer", "before he started coding"
    # (a rank is no trade: "before she was a senior engineer" asks the role before a promotion)
    r"\bbefore (?:(?:she|he|they|\w+) (?:was|were)|being) an? "
    r"(?:(?!senior|junior|lead|staff|principal|chief|head)[\w-]+ ){0,2}(?:developer|engineer|programmer|"
    r"coder|dev)\b|"
    r"\bbefore (?:(?:she|he|they|\w+) )?(?:started|starting|began|beginning) (?:to )?(?:code|coding|program|"
    r"programming|developing|writing code|working in (?:tech|software|it))\b|"
    r"\bused to (?:do|work)\b|\bfor a living before\b|\bbackground before\b|"
    # the trade as what the owner was not always: "she wasn't always in tech, what did she do before?"
    r"\b(?:wasn't|wasn’t|was not|weren't|weren’t|were not|hasn't|hasn’t|has not|not) always (?:been )?(?:in |an? )?"
    r"(?:tech|software|it|coding|programming|engineering|development|developer|engineer|programmer)\b|"
    # how the owner came into the trade: "how did she get into software?", "how did he become a developer?"
    # or why: "why did he move into tech?" is told by the same change
    r"\b(?:how|why)(?: did|'d|’d) (?:she|he|they|\w+) (?:get|break|move|come|go|transition|switch|end up|wind up|"
    r"pivot|retrain|cross over) (?:in(?:to)?|to) "
    r"(?:tech|software|it|coding|programming|engineering|development|computing|the (?:tech|software|it) "
    r"(?:industry|world))\b|"
    r"\bhow(?: did|'d|’d) (?:she|he|they|\w+) (?:become|end up as|end up becoming|start out as) an? (?:\w+ )?"
    r"(?:developer|engineer|programmer|coder)\b|\bhow(?: did|'d|’d) (?:she|he|they|\w+) go from\b|"
    # the change named in passing: "she's a teacher turned dev right?", "a hotel manager turned SRE"
    r"\b[\w-]+ turned (?:an? )?(?:[\w-]+ )?(?:devs?|developers?|engineers?|coders?|programmers?|sres?|techies?)\b|"
    r"\b(?:path|route|road|way|journey) (?:in)?to (?:tech|software|coding|programming|development|engineering)\b|"
    r"\bwhat (?:made|led|got|prompted|drove) (?:her|him|them) (?:to )?(?:switch|move|change|get into|go into|"
    r"pivot|retrain)\b|"
    # why the former trade was left, named as what the owner was or did ("why did she quit being a pilot?",
    # "what made him stop teaching?"); a named employer left ("why did she leave Boeing?") is that entry's
    r"\b(?:why (?:did|would|'d|’d|do) (?:she|he|they|\w+)|what (?:made|led|got|prompted|drove) (?:her|him|them)"
    r"(?: to)?) (?:quit|leave|stop|give up|walk away from|drop) (?:being an? |working as an? |(?-i:[a-z]+ing)\b)",
    re.IGNORECASE,
)
# Managing people: answered by the roles that say whom the owner led (``people``).
_PEOPLE = re.compile(
    r"\b(?:manag\w*|supervis\w*) (?:people|a team|teams|engineers|developers|staff|anyone|others|a group|"
    r"reports)\b|\bdirect reports?\b|\bpeople (?:manag\w*|lead\w*)\b|\bline manag\w*\b|"
    r"\breport(?:s|ed|ing)? (?:to|into) (?:her|him|them)\b|\bhow many (?:direct )?reports\b|"
    r"\bhow many (?:people|engineers|developers) (?:does|did|has|had) (?:she|he|they) (?:manage|managed|lead|led|"
    r"supervise|supervised)\b|"
    # the size of the owner's own team is the people the owner leads ("how big is her team rn?")
    r"\bhow (?:big|large|small) (?:is|was|are|were) (?:her|his|their) (?:current |own )?team\b|"
    r"\b(?:her|his|their) team(?:['’]s)? size\b|\bsize of (?:her|his|their) (?:current |own )?team\b|"
    r"\bhow many (?:people|engineers|developers) (?:are |were )?(?:on|in) (?:her|his|their) team\b",
    re.IGNORECASE,
)
# Wanting to manage, not having managed: "is she looking for a people-manager role?", "would he rather stay
# an individual contributor?" are answered by what the owner says they want, not by the roles.
_WISH = re.compile(
    r"\b(?:wants?|wanting|wished?|looking (?:for|to)|interested in|prefers?|rather|open to|keen|aspir\w*|"
    r"goals?|ambitions?|would (?:she|he|they|\w+) (?:like|want|be happy|enjoy))\b",
    re.IGNORECASE,
)
# Still being hands-on: the summary says how the work is split, but "hands-on experience with Terraform"
# asks about Terraform, so no role is brought for it.
_HANDS_ON = re.compile(
    r"\bhands[- ]on\b|\bindividual contributor\b|\bstill (?:code|codes|coding|writes? code|technical)\b|"
    r"\b(?:stay|staying|stays|remain|remains) technical\b",
    re.IGNORECASE,
)


# Fragments one of which every match of each pattern holds: most questions hold none, and a few substring
# checks cost far less than the patterns' searches (asked on every question).
_BEFORE_FRAGMENTS = (
    "before",
    "why ",
    "career",
    "profession",
    "life",
    "line of work",
    "used to",
    "how did",
    "how'd",
    "how’d",
    "turned",
    "to ",
    "what ",
    "always",
)
_LENGTH_FRAGMENTS = ("experience", "how ", "senior", "level")
_PEOPLE_FRAGMENTS = (
    "manag",
    "supervis",
    "report",
    "people",
    "lead",
    "led",
    "hands",
    "individual",
    "technical",
    "still",
    "team",
)


def read_career(question: str) -> CareerAsk | None:
    """``"before"`` when the question asks what the owner did before the current line of work,
    ``"people"`` when it asks whether the owner has managed people, ``"whole"`` when it asks whether the
    owner wants to, or when it asks how long or how senior the
    career is or whether the owner is still hands-on; None when it asks about something else."""
    q = question.casefold()
    if any(f in q for f in _BEFORE_FRAGMENTS) and _BEFORE.search(question):
        return "before"
    if any(f in q for f in _LENGTH_FRAGMENTS) and _LENGTH.search(question):
        return "whole"
    if any(f in q for f in _PEOPLE_FRAGMENTS) and _PEOPLE.search(question):
        return "whole" if _WISH.search(question) else "people"
    if any(f in q for f in _PEOPLE_FRAGMENTS) and _HANDS_ON.search(question):
        return "whole"
    return None
