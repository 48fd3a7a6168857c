"""Pay asked of the past ("what was her salary at X?", "what did he earn as an actor?").

Why: an owner who states only what she asks for now ("I am looking for EUR 75,000 a year") has
said nothing of what a past job paid, yet the salary question is read as the screening topic and
quoted the expectation as if it were the answer, and "what did he earn as an actor?" was answered
with the acting job's lines, which state no pay at all. Pay asked in the past is answered only by a
sentence that states a sum as pay received (not one the owner is looking for); otherwise the reply
says the portfolio doesn't give it, with the pay the owner asks for now shown as the closest, marked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from heyfolio.search.attributes import PAY_AMOUNT
from heyfolio.search.chunks import Chunk

__all__ = ["UnstatedPastPay", "unstated_past_pay"]

# pay named by a word for it, or asked as what was earned ("how much did he make?"); "earn" of a
# certificate or a degree is no pay
_PAY_ASKED = re.compile(
    r"\b(?:salar(?:y|ies)|wages?|income|compensation|remuneration|(?:day|daily|hourly) rates?)\b|"
    r"\bhow much (?:money )?(?:did|was|were) \w+ (?:earn|make|get paid|paid|charge|bill)\b|"
    r"\bwhat did \w+ (?:earn|charge|bill)\b(?!\s+(?:a|an|the|her|his|their)?\s*(?:cert\w*|degree|diploma|"
    r"award|badge|title|place|prize|promotion|credits?|grades?|marks?)\b)",
    re.IGNORECASE,
)
# asked of what was, not of what is wanted next
_PAST = re.compile(r"\b(?:was|were|did|earned|previous(?:ly)?|last|former(?:ly)?|used to|back then)\b", re.I)
_EXPECTED = re.compile(
    r"\b(?:expect\w*|looking for|asking|ask for|want\w*|target\w*|seek\w*|would (?:like|accept|take)|"
    r"range|band|minimum|next (?:job|role))\b",
    re.IGNORECASE,
)
_CURRENCY_SUM = re.compile(
    r"(?:[$€£¥₹]|\b(?:EUR|USD|GBP|CHF|NOK|SEK|DKK|PLN|CAD|AUD|NZD|INR|SGD)\b)\s?\d|\d[\d,.]*\s?[kK]?\s?"
    r"(?:EUR|USD|GBP|CHF|NOK|SEK|DKK|PLN|CAD|AUD|NZD|INR|SGD|dollars?|euros?|pounds?)\b",
    re.IGNORECASE,
)
# a sentence stating pay received: a pay word beside a sum ("paid GBP 300 a day", "a salary of $90k")
_PAY_SAID = re.compile(
    r"\b(?:salary|salaries|wages?|paid|earn(?:s|ed|ing)?|income|compensation|remuneration|rates?|fees?|"
    r"charg(?:e|ed|es|ing)|bill(?:ed|s)?|invoic\w+|stipend)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|\n+")


@dataclass(frozen=True)
class UnstatedPastPay:
    """Past pay the portfolio never states, with the pay the owner asks for now (if said) as the closest."""

    chunk: Chunk | None
    expected: str


def _sentences(chunk: Chunk) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(chunk.text) if s.strip()]


def unstated_past_pay(question: str, chunks: Sequence[Chunk]) -> UnstatedPastPay | None:
    """What to show for pay ``question`` asks of the past when no sentence states pay received
    (the owner's stated expectation, or nothing), else None - also when pay is not asked of the past."""
    if not (_PAY_ASKED.search(question) and _PAST.search(question)) or _EXPECTED.search(question):
        return None
    closest: tuple[Chunk, str] | None = None
    for chunk in chunks:
        for sentence in _sentences(chunk):
            if not _CURRENCY_SUM.search(sentence):
                continue
            if _EXPECTED.search(sentence) or (
                chunk.kind in ("basics", "faq") and re.search(PAY_AMOUNT, sentence, re.IGNORECASE)
            ):
                closest = closest or (chunk, sentence)  # what the owner asks for now
            elif _PAY_SAID.search(sentence):
                return None  # some sentence says what a job paid
    if closest is None:
        return UnstatedPastPay(None, "")
    return UnstatedPastPay(closest[0], closest[1])
