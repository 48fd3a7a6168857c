"""A thing named only as what a grant's money is for ("US$25,000 to spend a year of part-time work on the
library's GPU support").

Why: an award line that states a sum and then its purpose names the work the funder paid for, not work the
owner says was done: "GPU computing" was matched by a maintainer grant "to spend a year ... on GPU
support". The grant shows the thing is the owner's field (a share of the ask), so a named thing whose
every crediting sentence names it only in such a purpose is related evidence, as a plan would be.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from heyfolio.search.text import analyze

__all__ = ["named_only_as_funded"]

# A sum of money ("US$25,000", "EUR 15k", "£40,000 over two years") followed by what it is to pay for:
# "to spend ...", "to fund ...", "to build ..." up to the end of the sentence. A sum after "from" is the
# start of a change ("from €9,800 to €2,100 a month by replacing Spark"), and a purpose opens with a verb.
_FUNDED_PURPOSE = re.compile(
    r"(?<!\bfrom\s)(?:(?<![A-Za-z])[$€£¥]|\b(?:[A-Z]{1,3}\$|USD|EUR|GBP|CHF|CAD|AUD|SEK|NOK|DKK|KRW|JPY)\s?)\s?\d[\d,.]*\s*"
    r"(?:k|m|million)?\b(?:\s+(?:over|across|for)\s+(?:\w+\s+){0,2}?(?:years?|months?|weeks?))?\s+to\s+"
    r"(?P<purpose>(?:spend|fund|finance|pay|cover|build|develop|create|write|add|port|extend|improve|maintain|"
    r"support|work|research|study|explore|continue|expand|launch|run|hire|bring|make)\b[^.;!?]*)",
    re.IGNORECASE,
)


def _split_terms(sentence: str) -> tuple[set[str], set[str]]:
    """The index terms of what ``sentence`` says money is for, and of the rest of it."""
    funded: set[str] = set()
    rest = sentence
    for m in _FUNDED_PURPOSE.finditer(sentence):
        start, end = m.span("purpose")
        funded.update(analyze(sentence[start:end]))
        rest = rest[:start] + " " * (end - start) + rest[end:]
    return funded, set(analyze(rest))


def named_only_as_funded(terms: Iterable[str], sentences: Iterable[str]) -> bool:
    """Whether every one of ``sentences`` (those crediting a named thing) names the thing, by all of its
    index ``terms``, only as what a sum of money is to pay for; False when any names it otherwise or none
    is given."""
    wanted = set(terms)
    seen = False
    for sentence in sentences:
        funded, rest = _split_terms(sentence)
        if not wanted <= funded or wanted <= rest:
            return False
        seen = True
    return seen and bool(wanted)
