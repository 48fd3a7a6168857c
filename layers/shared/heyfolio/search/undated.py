"""A stay or a field of study asked of an organisation the portfolio only mentions: "how long did he
work at <X>?", "what did he study at <Y>?", where <X> or <Y> is named in the summary but has no entry.

Why: a résumé names organisations it gives no entry of their own - a former employer in the owner's
own words, a publisher, a client, a school the summary mentions - and such a question shares the
name with those passages, so they rank first and read as an answer, while the dates that would answer
it exist only for the jobs, volunteering and degrees that have entries. The answerer then worked the
time out from another job's dates. So when no job, volunteering or education entry names the
organisation and no sentence naming it says a year or a length of time, the stay's dates are not in the
portfolio and what search found is shown as weak (the closest passages, not an answer); likewise what
was studied at a school no education entry names, unless a sentence naming it says a field or degree. An organisation
no passage names at all is left to ``unlisted_employer`` and ``schools``; a skill's name ("how long has
she worked with Kafka?") is a technology's span, worked out from the jobs using it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze

__all__ = ["STAY_ASKED", "STUDY_ASKED", "undated_stay", "unstated_study"]

_NAME = r"((?:[A-Z][\w&'’.-]*)(?: (?:of |de |the )?[A-Z][\w&'’.-]*)*)"
_WHO = r"(?:she|he|they|[A-Z][\w'’-]*)"
# the question's words in any case, the organisation's name with its capitals
STAY_ASKED = re.compile(
    # "how long did he work at X?", "how many years was she with X?"
    rf"(?i:\bhow (?:long|many (?:years|months))\b[^?]*?\b(?:at|for|with)) {_NAME}|"
    # "when did she join X?", "when did he graduate from X?", "when did she start at X?"
    rf"(?i:\bwhen did) {_WHO} (?i:(?:start(?:ed)?|begin|join|leave|quit|finish|graduate|enrol+|start working|work|"
    rf"study)(?: (?:at|from|with|for|working at|studying at|in))?) {_NAME}|"
    # "when was she at X?", "what years was he at X?"
    rf"(?i:\b(?:when|what years?|which years?) (?:was|were|did)) {_WHO} (?i:(?:\w+ )?(?:at|with|for)) {_NAME}"
)
# what was studied at a school, asked: "what did he study at X?", "what degree did she get from X?"
STUDY_ASKED = re.compile(
    rf"(?i:\bwhat (?:did|does) {_WHO} (?:study|studied|major in|read)(?: at| in)?) {_NAME}|"
    rf"(?i:\bwhat (?:degree|major|subject|field|course|programme|program)s? (?:did|does|was|is) {_WHO}"
    rf"(?: \w+)? (?:at|from|in)) {_NAME}|"
    rf"(?i:\bwhat was (?:her|his|their|[\w'’-]+['’]s) (?:degree|major|field|subject) (?:at|from)) {_NAME}"
)
# a sentence naming what was studied: "a degree in physics", "studied law at X", "BSc Mathematics"
_FIELD_SAID = re.compile(
    r"\b(?:(?:studied|studying|studies) (?!at\b|there\b|abroad\b|in (?-i:[A-Z]))|majored|major|minor|degree in|degrees in|"
    r"diploma in|bachelor\w*|"
    r"master\w*|ph\.? ?d|doctora\w*|b\.? ?sc|m\.? ?sc|b\.? ?a\.?|m\.? ?a\.?|b\.? ?eng|m\.? ?eng|mba)\b",
    re.IGNORECASE,
)
# the kinds of entry that carry the dates of a stay at the organisation they name
_STAY_KINDS = frozenset({"work", "volunteer", "education"})
# entries whose dates are of the thing itself (a paper, a prize, a certificate, a side project), not a stay
_OWN_DATE_KINDS = frozenset({"publication", "award", "certificate", "resume_project"})
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
_TIME_SAID = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:since|until|till)\b|"
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|half a)"
    r"(?:[- ](?:and a half|plus))?[- ](?:years?|months?|weeks?|decades?|summers?|semesters?|terms?)\b",
    re.IGNORECASE,
)


def _asked(message: str) -> str | None:
    m = STAY_ASKED.search(message)
    if m is None:
        return None
    return next((g for g in m.groups() if g), "").rstrip(".'’") or None


def undated_stay(message: str, chunks: Sequence[Chunk], owner: Sequence[str] = ()) -> str | None:
    """The organisation ``message`` asks the dates or length of a stay at ("how long did he work at
    X?") when some passage names it but no job, volunteering or education entry does and no sentence
    naming it says a year or a length of time, else None. ``owner``: the words of the owner's name."""
    name = _asked(message)
    if name is None:
        return None
    mine = {t for w in owner for t in analyze(w)}
    words = set(analyze(name)) - mine
    if not words:
        return None
    naming = [c for c in chunks if words <= set(analyze(f"{c.title}\n{c.text}"))]
    if not naming or any(c.kind == "skill" for c in naming):
        return None  # never named (another check's), or a skill: its span comes from the jobs using it
    if any(c.kind in _STAY_KINDS for c in naming):
        return None
    for chunk in naming:
        if chunk.kind in _OWN_DATE_KINDS:
            continue
        for sentence in _SENTENCE.split(chunk.text):
            if words <= set(analyze(sentence)) and _TIME_SAID.search(sentence):
                return None
    return name


def unstated_study(message: str, chunks: Sequence[Chunk], owner: Sequence[str] = ()) -> str | None:
    """The school ``message`` asks what the owner studied at ("what did he study at X?") when some
    passage names it but no education entry does and no sentence naming it says a field or a degree
    ("earned degrees from X" says neither), else None."""
    m = STUDY_ASKED.search(message)
    name = next((g for g in m.groups() if g), "").rstrip(".'’") if m else ""
    mine = {t for w in owner for t in analyze(w)}
    words = set(analyze(name)) - mine
    if not words:
        return None
    naming = [c for c in chunks if words <= set(analyze(f"{c.title}\n{c.text}"))]
    if not naming or any(c.kind == "education" for c in naming):
        return None
    for chunk in naming:
        for sentence in _SENTENCE.split(chunk.text):
            said = set(analyze(sentence))
            if words <= said and _FIELD_SAID.search(sentence):
                return None
    return name
