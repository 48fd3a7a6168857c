"""Whether one plain word a requirement writes and the portfolio never does is only its wording.

"Disaster-recovery exercises for production databases", "Speech corpus creation", "Data quality gates in
CI": the things asked are shown together and the last noun of the phrase only says what shape the work
took (a drill is an exercise, checks that block a change are a gate). A word that narrows what is shown is
the ask itself: "LightGBM *ranking* models", "*Lossless* audio compression" (a modifier before a thing
shown), "Kafka pipelines for *ad tech*" (the field it is for), "JavaScript *games*", "PostgreSQL
*internals*" (what is asked of a technology), "*adoption* of Kubernetes" (what was done to it). Asks of an
amount, of examples, of people led, of a scope or of a credential are their own checks' to read."""

from __future__ import annotations

import re
from collections.abc import Collection

from heyfolio.search.text import STOP_WORDS

__all__ = ["asked_head", "only_wording"]

# An amount asked; "24/7" says when, not how many.
_AMOUNT = re.compile(
    r"(?<![\w/])\d[\d,.]*[xkm]?(?![\w/])|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?|"
    r"several|multiple|many)\b",
    re.IGNORECASE,
)

_LISTS_EXAMPLES = re.compile(r"[(:]|\b(?:such as|e\.g|like|including|especially)\b", re.IGNORECASE)

# Asks of people led, a scope or a credential: how many, how high and which one are their own checks' to say.
_SCOPED = re.compile(
    r"\b(?:lead|leads|led|leading|leader\w*|manag\w*|head\w*|direct|reports?|hir\w+|grow\w*|grew|teams?|"
    r"groups?|department\w*|divisions?|organi[sz]ations?|org|people|mentor\w*|certif\w*|degree|licen[cs]e\w*|"
    r"clearance|visas?|authori[sz]\w*|sponsor\w*)\b",
    re.IGNORECASE,
)

# A noun of a quality, a field or a technique ("interpretability", "governance", "metrics", "monetization",
# "sharding") names what is asked of the things shown; a noun of the work's shape (a drill, a gate, a
# session, a creation) does not.
_QUALITY_OR_FIELD = re.compile(r"(?:ity|ness|ance|ence|ics|i[sz]ations?|ism|ology|ing)$")

# The teams the work is done with or across are who it is for, not a group asked to be led.
_WORKED_WITH = re.compile(
    r"\b(?:with|across|between|among)\s+(?:[\w-]+\s+){0,2}?(?:teams?|groups?|people)\b", re.IGNORECASE
)

# The same nouns less the "-ing" forms, which as often name the work done ("performance tuning").
_QUALITY_OR_FIELD_NOUN = re.compile(r"(?:ity|ness|ance|ence|ics|i[sz]ations?|ism|ology)$")

# After the head of a phrase: where the phrase ends or a complement of its own begins ("of" is not one:
# "adoption of Kubernetes" asks the adoption).
_PHRASE_END = re.compile(
    r"\s*(?:$|[,;.!?)]|\b(?:with|in|across|at|on|to|using|via|within|over|through|into|under|for)\b)",
    re.IGNORECASE,
)


# The work a phrase closes on, which the matcher drops as wording ("operations", "design"): the word before
# it says which of that work is asked.
_ACTIVITY_HEAD = (
    r"(?:operations?|design|development|management|maintenance|administration|installation|engineering|"
    r"planning|production|manufacturing|inspection|certification)"
)


# Words after which the phrase goes on with the word as no head of it ("adoption of", "creation and").
_BINDS = frozenset(("of", "and", "or", "nor", "that", "which", "who", "whose", "than", "as"))


def only_wording(
    text: str,
    word: str,
    shown_words: Collection[str],
    named_words: Collection[str],
    unit_words: Collection[str],
) -> bool:
    """True when ``word``, never shown, is the head noun closing a phrase of ``text`` whose word before it is
    shown or only wording, and names no technology (``*_words``: the requirement's words, case-folded, of
    the plain units shown, of the named units, of every unit)."""
    w = re.escape(word)
    if _QUALITY_OR_FIELD.search(word.casefold()):
        return False
    if _AMOUNT.search(text) or _LISTS_EXAMPLES.search(text) or _SCOPED.search(_WORKED_WITH.sub(" ", text)):
        return False
    if re.search(rf"\bfor\s+(?:[\w-]+\s+){{0,3}}{w}\b|\bin\s+{w}\s*[.!]?\s*$", text, re.IGNORECASE):
        return False  # the field it is for
    if re.search(rf"\b(?:and|or)\s+(?:[\w-]+\s+)?{w}\b|\b{w}\s+(?:and|or)\b", text, re.IGNORECASE):
        return False  # a thing of its own, joined to the others
    if re.search(rf"(?<![\w-]){w}[\s-]+{_ACTIVITY_HEAD}\b", text, re.IGNORECASE):
        return False  # "plant operations", "mechanical design": which work is asked, not how it is worded
    return _closes_phrase(text, word, shown_words, named_words, unit_words)


def asked_head(
    text: str,
    word: str,
    shown_words: Collection[str],
    named_words: Collection[str],
    unit_words: Collection[str],
) -> bool:
    """True when ``word``, never shown, closes a phrase of shown words and is a noun of a quality, a field
    or a technique ("Analytics warehouse governance"): what is asked of the things shown, never shown by
    them however many of the other words are."""
    return bool(_QUALITY_OR_FIELD_NOUN.search(word.casefold())) and _closes_phrase(
        text, word, shown_words, named_words, unit_words
    )


def _closes_phrase(
    text: str,
    word: str,
    shown_words: Collection[str],
    named_words: Collection[str],
    unit_words: Collection[str],
) -> bool:
    stop = {*named_words}
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        before = re.search(r"([\w.+#-]+)\s+$", text[: m.start()])
        after = re.match(r"[\s-]+([\w.+#]+)", text[m.end() :])
        # "corpus creation experience": a word after it the ask reads as nothing of its own is no modifier
        wording_after = after is not None and (nxt := after.group(1).casefold()) not in unit_words
        if before is None or not (_PHRASE_END.match(text, m.end()) or (wording_after and nxt not in _BINDS)):
            continue
        prev = before.group(1).casefold()
        if prev == "from" and re.match(r"\s+to\b", text[m.end() :], re.IGNORECASE):
            return True  # "from notebook to production": where the work started, not a thing asked
        parts = {prev, prev.rsplit("-", 1)[-1]}
        if parts & stop:
            return False  # "JavaScript games": what is asked of a technology
        if parts & set(shown_words) or not (parts & set(unit_words) or parts & STOP_WORDS):
            return True
    return False
