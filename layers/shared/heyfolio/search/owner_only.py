"""What only the owner can say - a salary, a notice period - asked of a portfolio that states none.

Why: a recruiter asks the owner's salary expectations or how soon she could start; a portfolio that
never says either still has passages sharing the question's words (the current job "started" in 2023,
a project's cost), which rank high and read as the answer. When no passage states the topic at all,
search marks what it found weak and the offline answerer says the portfolio does not state it. Read
once per portfolio and topic, not per passage per question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.attributes import PAY_AMOUNT
from heyfolio.search.chunks import Chunk

__all__ = [
    "CAN_START",
    "CLEARANCE_ASKED",
    "NOTICE_ASKED",
    "OWNER_AVAILABILITY",
    "SALARY_ASKED",
    "asked_owner_topics",
    "asks_billing_terms",
    "states_billing_terms",
    "states_owner_topic",
    "unstated_owner_topic",
]

# "New engagements can usually start within three weeks": a start date said of the work, not of
# the owner's notice ("can start", "could start right away")
CAN_START = r"\b(?:can|could)(?: \w+ly)? start\b"
# "her availability", "availability?": the owner's, not a system's ("the availability API", "high
# availability", "room availability", "rates and availability"): a word that also names what a system
# serves or keeps up is the owner's only when no system noun stands beside it
OWNER_AVAILABILITY = (
    r"(?<!high )(?<!high-)(?<!room )(?<!rates and )(?<!system )(?<!service )availability"
    r"(?! (?:api|apis|service|services|endpoint|endpoints|zones?|slas?|slos?|targets?|checks?|sync|calendars?|"
    r"engine|data|systems?|feeds?|search|cache|requests?|quer(?:y|ies)|lookups?|updates?|messages?|of (?:the|its|their|his|her) "
    r"(?:api|service|system|site|platform|app)))"
)
# how a question asks when the owner could start
NOTICE_ASKED = re.compile(
    r"\b(?:notice(?: period)?|how soon|start date|earliest start|"
    # "when could she realistically start", "when would Jonas be able to join", "when can the candidate begin"
    r"(?:when|how (?:quick(?:ly)?|fast)) (?:could|can|would|will|might) "
    r"(?:she|he|they|the candidate|the applicant|(?-i:[A-Z])\w+)(?: \w+ly)?(?: be able to)? "
    r"(?:start|join|begin|come on board)|"
    r"(?:start|join)(?:ing)? (?:date|soon|immediately|right away|next month)|available to start|"
    + OWNER_AVAILABILITY
    + r"|"
    # "how long till she can join?", "how long before he could start?": the wait for a start, not a duration
    r"how long (?:until|till|'?til|before) (?:she|he|they|the candidate|(?-i:[A-Z])\w+) "
    r"(?:can|could|would|will|might)(?: \w+ly)?(?: be able to)? (?:start|join|begin|come on board)|"
    # "is she available for a 6 month contract?", "when will he be available?" (a call or an interview
    # asked about is not a start)
    r"(?:(?:is|are) (?:she|he|they|(?-i:[A-Z])\w+)|when (?:is|will|would) (?:she|he|they|(?-i:[A-Z])\w+)(?: be)?) "
    r"(?:currently |still |now )?available(?! (?:for|to) (?:an? )?(?:quick |short )?(?:call|chat|interview|meeting|"
    r"talk|coffee|travel)))\b",
    re.I,
)

# a security clearance, asked of the owner: "does she hold a security clearance?", "her clearance level?"
CLEARANCE_ASKED = re.compile(
    r"\b(?:(?:security|government|national security|sc|dv|nv1|nv2|ts|top[- ]secret|secret|baseline|federal) "
    r"clearances?|clearance levels?|(?:hold|holds|have|has|had|obtain|get|got|eligible for) (?:a |an |any )?clearance|"
    r"cleared (?:for|to) (?:classified|secret|top secret|government))\b",
    re.I,
)

# how a question asks what the owner earns or charges ("salary expectations?", "what's his day rate")
SALARY_ASKED = re.compile(
    r"\b(?:salar(?:y|ies)|compensation|remuneration|wages?|pay (?:range|band|expectations?|grade)|"
    r"(?:day|daily|hourly) rate|how much (?:does|would|will|do) (?:she|he|they|\w+) (?:charge|cost|want|expect|ask)|"
    # what a person is paid, asked in everyday words: "what does he earn?", "how much was she paid?"
    r"(?:what|how much) (?:does|did|would|will|do|is|was|were) (?:she|he|they|\w+) (?:currently |now )?"
    r"(?:earn(?:ing)?|get paid|paid)(?= ?(?:\?|$|now|currently|today|at|as|per|a year|annually))|"
    r"how much (?:does|did|would|will|do|is|was) (?:she|he|they|\w+) (?:currently |now )?mak(?:e|ing)"
    r"(?= ?(?:\?|$|now|currently|today|at|as|per|a year|annually))|"
    r"earnings|take-home|bonus(?:es)?|(?:pay|salary|compensation) package|total comp|"
    r"(?:her|his|their) (?:current |expected |last )?(?:pay|income|rate)(?= ?(?:\?|$|at|as|per|now)))\b",
    re.I,
)

# Screening topics whose answer only the owner can give, as (what the reply calls it, how a question
# asks it, how a passage states it): asked of a portfolio no passage of which states it, nothing
# answers - the current job's dates are not a notice period, the FAQ on relocation is not a salary.
_OWNER_ONLY: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    (
        "salary expectations",
        SALARY_ASKED,
        re.compile(
            r"\b(?:salar(?:y|ies)|compensation|remuneration|wages?|pay (?:range|band|expectations?)|"
            r"(?:day|daily|hourly) rate|per (?:hour|day|annum)|a year gross)\b",
            re.I,
        ),
    ),
    (
        # "how old is she?", "when was he born?": a personal fact only the owner states, if she does
        # (students "aged 14 to 18" in a job say nothing of her age)
        "age or date of birth",
        re.compile(
            r"\b(?:how old|what age) (?:is|are|was) (?:she|he|they|(?-i:[A-Z])[\w'’-]*)(?=\s*(?:[?.!,]|$|now|today))|"
            r"\b(?:her|his|their|[\w'’-]+['’]s) age\b|\bdate of birth\b|\bbirth ?(?:day|date|year)\b|"
            r"\byear of birth\b|\bwhen was (?:she|he|they|\w+) born\b|\bwhat year was (?:she|he|they|\w+) born\b",
            re.I,
        ),
        re.compile(
            r"\bborn (?:in|on) (?:\d|[A-Z])|\b(?:date|year) of birth\b|\bbirthday\b|\b\d\d years old\b|"
            r"\b(?:i am|i'm|i’m|she is|he is|aged) \d\d\b(?! (?:to|-|–|and)\b)",
            re.I,
        ),
    ),
    (
        # stated in so many words where it is held ("holds active SC clearance", "security-vetted")
        "security clearance",
        CLEARANCE_ASKED,
        re.compile(r"\bclearances?\b|\bcleared\b|\bvett(?:ed|ing)\b", re.I),
    ),
    (
        # a screening question for roles with travel or site visits: stated where held ("full driving
        # licence", "own car"), often in a summary or an FAQ on travel
        "driving licence",
        re.compile(
            r"\bdriv(?:ing|er'?s|ers|er’s)[- ]licen[cs]es?\b|\b(?:can|does|could) (?:she|he|they|(?-i:[A-Z])\w+) drive\b|"
            r"\b(?:have|has|own|owns) (?:a|her own|his own|their own) car\b",
            re.I,
        ),
        re.compile(r"\bdriv(?:e|es|ing|er'?s?|er’s)\b|\blicen[cs]e\b|\b(?:a|own|my|her|his) car\b", re.I),
    ),
    (
        "notice period or start date",
        NOTICE_ASKED,
        re.compile(
            r"\b(?:notice|available (?:from|to start|immediately)|availability|start(?:ing)? (?:date|within))\b|"
            + CAN_START,
            re.I,
        ),
    ),
)


# How a contractor bills, asked ("a day rate or fixed price?", "how does she charge?") and stated
# ("billing by the day or by fixed-price milestones"): the terms, not an amount, so a passage stating
# them answers though none states a rate.
_TERMS_ASKED = re.compile(
    r"\b(?:day rate|daily rate|hourly(?: rate)?|fixed[- ]price|time and materials|retainer)\b.*\bor\b|"
    r"\bor\b.*\b(?:day rate|daily rate|hourly(?: rate)?|fixed[- ]price|time and materials|retainer)\b|"
    r"\bhow (?:does|do|would|will) (?:she|he|they|\w+) (?:bill|charge|invoice)\b|\b(?:bill|charge)s? (?:by|per) the\b",
    re.I,
)
_TERMS_SAID = re.compile(
    r"\bbill(?:s|ed|ing)? (?:by|per) the (?:day|hour|week)\b|\bfixed[- ]price\b|\btime and materials\b|"
    r"\b(?:day|daily|hourly) rates?\b",
    re.I,
)


def asked_owner_topics(question: str) -> list[str]:
    """The topics only the owner can answer that ``question`` asks (what a reply calls each)."""
    return [label for label, asks, _ in _OWNER_ONLY if asks.search(question)]


# where the owner speaks of herself: a sum per period there is her pay ("I am looking for EUR 70,000
# to 80,000 a year"), elsewhere a cost or a figure of the work
_OWNER_SAID_KINDS = ("basics", "faq")
_PAY_AMOUNT = re.compile(PAY_AMOUNT, re.I)


def states_owner_topic(label: str, chunk: Chunk) -> bool:
    """Whether ``chunk`` states something of the topic called ``label``."""
    text = f"{chunk.title}\n{chunk.text}"
    if label == _OWNER_ONLY[0][0] and chunk.kind in _OWNER_SAID_KINDS and _PAY_AMOUNT.search(text):
        return True
    return any(states.search(text) for name, _, states in _OWNER_ONLY if name == label)


def asks_billing_terms(question: str, label: str) -> bool:
    """Whether ``question`` asks how the owner bills ("a day rate or fixed price?"), which a passage
    stating the terms answers though none states a rate."""
    return label == _OWNER_ONLY[0][0] and bool(_TERMS_ASKED.search(question))


def states_billing_terms(chunk: Chunk) -> bool:
    """Whether ``chunk`` states how the owner bills ("billing by the day or by fixed-price milestones")."""
    return bool(_TERMS_SAID.search(chunk.text))


def unstated_owner_topic(question: str, chunks: Sequence[Chunk]) -> str | None:
    """What the question asks that only the owner can say and no passage states (a salary, a
    notice period), else None: search would show the nearest passage, which answers nothing."""
    for label in asked_owner_topics(question):
        if any(states_owner_topic(label, c) for c in chunks):
            continue
        if asks_billing_terms(question, label) and any(states_billing_terms(c) for c in chunks):
            continue  # "a day rate or fixed price?" asks how she bills, which a passage states
        return label
    return None
