"""The largest sum of money a passage says was saved: "what's the biggest cost saving she delivered?".

Why: a saving is stated as a figure in a sentence about cutting something ("Reduced AWS spend by 38%
(about €410,000 a year)", "cut the monthly BigQuery bill from €84,000 to €47,000"), and the question
ranks those figures; a bag of words finds the passages that say "saving" most, not the one with the
largest sum. Figures are compared as written, whatever the currency, a monthly one as twelve times
itself: a reader comparing the owner's savings does the same rough sum.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.chunks import Chunk

__all__ = ["asks_largest_saving", "largest_savings"]

_ASK_LARGEST = re.compile(r"\b(?:biggest|largest|greatest|highest|most|top|best)\b", re.IGNORECASE)
# what was saved, not what something cost ("which project cost the most?" ranks no saving)
_ASK_SAVING = re.compile(r"\b(?:sav(?:e|ed|es|ing|ings)|reduc\w*|cut|cuts)\b", re.IGNORECASE)
_ASK_MONEY = re.compile(
    r"\b(?:cost|costs|money|bills?|spend(?:ing)?|budget|expenses?|savings?|saved?|eur|dollars?)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.;!?])\s+|\n+")
_CUT = re.compile(
    r"\b(?:cut|cuts|cutting|reduc\w*|sav(?:e|ed|es|ing|ings)|lower\w*|shr[ai]nk\w*|trimm?\w*|halv\w*|"
    r"decreas\w*|dropp?\w*|down)\b",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    r"(?:(?:US|CA|A|NZ|HK|S)?\$|€|£|\b(?:EUR|USD|GBP|CHF|CAD|AUD|KRW|PLN|SEK|NOK|DKK|JPY|INR)\s?)"
    r"(\d[\d,]*(?:\.\d+)?)\s*(million|billion|thousand|[mkb]n?\b|k\b)?",
    re.IGNORECASE,
)
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "b": 1e9, "bn": 1e9}
_MONTHLY = re.compile(r"\b(?:a|per) month\b|\bmonthly\b|/month\b", re.IGNORECASE)


def asks_largest_saving(question: str) -> bool:
    """Whether the question ranks the money the owner saved ("biggest cost saving", "most money saved")."""
    return bool(
        _ASK_LARGEST.search(question) and _ASK_SAVING.search(question) and _ASK_MONEY.search(question)
    )


def _saving(text: str) -> float:
    """The largest sum a sentence about cutting something states in ``text`` (0: none)."""
    best = 0.0
    for sentence in _SENTENCE.split(text):
        if not _CUT.search(sentence):
            continue
        monthly = 12.0 if _MONTHLY.search(sentence) else 1.0
        for m in _AMOUNT.finditer(sentence):
            value = float(m.group(1).replace(",", ""))
            scale = _SCALE.get((m.group(2) or "").casefold(), 1.0)
            best = max(best, value * scale * monthly)
    return best


def largest_savings(chunks: Sequence[Chunk], limit: int = 2) -> list[int]:
    """The passages stating the largest savings, largest first (at most ``limit``)."""
    found = [(s, i) for i, c in enumerate(chunks) if (s := _saving(c.text)) > 0.0]
    found.sort(key=lambda item: (-item[0], item[1]))
    return [i for _, i in found[:limit]]
