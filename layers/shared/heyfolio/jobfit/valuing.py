"""How much a job values an ask, said after it ("Kafka knowledge is important"): how the ask is weighed, not
what is asked.

Why: ads close an ask on a word of weight ("Go experience is crucial", "a CKA is considered an asset",
"Terraform is necessary for this role"). Read as part of the ask, that word ("crucial", "necessary",
"asset") was looked for in the owner's content like a skill and held a met ask at partial. The weight is a
closing predicate: a form of "to be", words of degree, then one word of need or value, and at most whom it
matters to. A line joining a must and a wish keeps its wish words, which say which part is only wished for
(``optional.py``).
"""

from __future__ import annotations

import re

from heyfolio.jobfit.optional import split_pieces

__all__ = ["without_valuing"]

_DEGREE = (
    r"(?:(?:very|really|highly|particularly|especially|also|absolutely|extremely|strongly|definitely|truly|"
    r"considered|seen\s+as|regarded\s+as|viewed\s+as)\s+)*"
)
# Words saying the ask is needed: the ask is a must whatever the word.
_NEED = (
    r"important|crucial|vital|necessary|mandatory|compulsory|obligatory|essential|critical|key|required|needed|"
    r"(?:an?\s+)?(?:absolute\s+)?(?:must|prerequisite|requirement)"
)
# Words saying the ask is wished for: dropped only from a line that asks one thing (a line joining a must
# and a wish needs them to tell the wish apart).
_WISH = (
    r"(?:an?\s+)?(?:(?:big|huge|real|major|definite|great|clear|distinct|strong|key)\s+)?(?:advantage|asset)|"
    r"advantageous|beneficial|valued|desired"
)
_WHOM = (
    r"(?:\s+(?:to|for|in|on)\s+(?:us|you|success|(?:this|the|our)\s+(?:role|position|job|team|opening)))?"
    r"(?:\s+here)?"
)


def _closing(words: str) -> re.Pattern[str]:
    """The weight closing an ask: said with a verb ("is crucial to us") or set off by a dash or a bracket
    ("Kafka — mandatory", "Kafka (mandatory)")."""
    return re.compile(
        rf"(?:\s+(?:is|are|would\s+be|will\s+be|['’]d\s+be|['’]s|remains?)\s+{_DEGREE}(?:{words}){_WHOM}"
        rf"|\s+[-–—]\s*(?:{words})|\s*\(\s*(?:{words})\s*\))\W*$",
        re.IGNORECASE,
    )


_CLOSING_NEED = _closing(_NEED)
# "Expected" weighs an ask only when said of what the candidate knows or holds ("Deep SQL knowledge is
# expected", "A CKA certification is expected"); of anything else it says what the job brings ("Some travel
# is expected", "On-call is expected").
_CLOSING_EXPECTED = _closing("expected")
_KNOWING_WORD = (
    r"(?:knowledge|experience|skills?|familiarity|understanding|proficiency|expertise|fluency|command)"
)
_KNOWING = re.compile(
    rf"\b{_KNOWING_WORD}$"
    # a credential held ("An IAAP certification", "a degree in physics")
    r"|\b(?:certifications?|certificates?|certified|degrees?|diplomas?|licen[cs]es?|qualifications?)\b",
    re.IGNORECASE,
)
_CLOSING_WISH = _closing(_WISH)
# Words saying the thing is allowed ("Remote from Portugal is fine", "Part-time is possible"): the ask is the
# thing itself; the word of leave is no skill to look for.
_CLOSING_LEAVE = _closing(r"fine|ok|okay|acceptable|possible|allowed|an\s+option")
# The weight opening a sentence ("It is important that you know Kafka", "It's essential to have run EKS").
_OPENING = re.compile(
    rf"^(?:it\s+is|it['’]s)\s+{_DEGREE}(?:important|crucial|vital|necessary|essential|critical|key|mandatory)"
    r"\s+(?:that\s+|to\s+)",
    re.IGNORECASE,
)
# What a closing weight may be said of without anything being asked ("This is important", "It is key").
_NOTHING = re.compile(r"(?:it|this|that|these|those|which|what|all\s+of\s+this)", re.IGNORECASE)


def without_valuing(text: str) -> str:
    """``text`` without its word of weight ("Kafka knowledge is important" -> "Kafka knowledge", "It is
    important that you know Kafka" -> "you know Kafka"); unchanged when it has none or nothing would be left."""
    opening = _OPENING.match(text)
    if opening is not None and len(text[opening.end() :].split()) >= 2:
        return text[opening.end() :]
    m = _CLOSING_NEED.search(text)
    if m is None and (e := _CLOSING_EXPECTED.search(text)) and _KNOWING.search(text[: e.start()]):
        m = e
    if m is None and len(split_pieces(text)) == 1:
        m = _CLOSING_WISH.search(text) or _CLOSING_LEAVE.search(text)
    if m is None:
        return text
    left = text[: m.start()].rstrip(" ,;:")
    return text if not left or _NOTHING.fullmatch(left.strip()) else left
