"""A name asked of a thing the portfolio only describes: "which banks adopted it?" of "adopted by two
European banks".

Why: résumés often keep clients and partners anonymous ("an app for a chain of nine bakeries", "used by
two other companies", "for a health-tech client"). A question asking which one, or its name, shares
every word with that sentence, so the passage ranks first and reads as an answer, yet it never says
the name. So when every mention of the thing asked about in what search found is an anonymous one - a
noun introduced by "a", "an", a number or "other" - what search found is shown as weak (the closest
passages, not an answer). Read narrowly on the asking side (a name asked of an organisation-like
noun, not the owner's own employer) and broadly on the stating side (any other mention may name it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from heyfolio.search.text import analyze

__all__ = ["asked_name", "states_name"]

# Things a résumé names or keeps anonymous: organisations and the groups they are.
_NOUNS = (
    r"banks?|compan(?:y|ies)|business(?:es)?|clients?|customers?|agenc(?:y|ies)|utilit(?:y|ies)|chains?|schools?|"
    r"co-?operatives?|start-?ups?|firms?|car ?makers?|carmakers?|manufacturers?|retailers?|hospitals?|clinics?|"
    r"insurers?|operators?|labs?|studios?|partners?|investors?|brands?|museums?|wineries|winery|baker(?:y|ies)|"
    r"universit(?:y|ies)|government|ministr(?:y|ies)|cit(?:y|ies)|municipalit(?:y|ies)|telcos?|publishers?|"
    r"shops?|stores?|restaurants?|hotels?|airlines?|fintechs?|charit(?:y|ies)|ngos?|organi[sz]ations?|"
    r"regions?|fairs?|competitions?|contests?"
)
_ASKS = re.compile(
    rf"\b(?:what|which)(?:'s| is| was| are| were)? the names? of (?:the |her |his |their |this |that |those |"
    rf"these )?(?:[\w'-]+ ){{0,3}}?(?P<a>{_NOUNS})\b|"
    rf"\bwhich (?:[\w'-]+ ){{0,3}}?(?P<b>{_NOUNS})\b|"
    rf"\bwho (?:is|was|are|were) (?:the|her|his|their) (?:[\w'-]+ ){{0,2}}?(?P<c>{_NOUNS})\b|"
    rf"\bname (?:the|her|his|their) (?:[\w'-]+ ){{0,2}}?(?P<d>{_NOUNS})\b|"
    # "what is the marketplace startup she moved to Terraform called?"
    rf"\bwhat(?:'s| is| was| are| were) (?:the|her|his|their|that|this|those|these) (?:[\w'-]+ ){{0,2}}?(?P<e>{_NOUNS})\b"
    rf"[^?]*\bcalled\b",
    re.IGNORECASE,
)
# "which company does she work for?": her employer, which a work entry always names
_OWN_WORK = re.compile(
    r"\b(?:work|works|worked|working|employ\w*|join\w*|hired|intern\w*|stud(?:y|ied|ies|ying|ents?))\b", re.I
)  # ("studio" is no study)
# An anonymous mention: the noun after "a"/"an"/a number/"other"/"several", a few words before it.
# A referee's "our bank clients" and "most of them university labs" name none either.
_ANONYMOUS = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|other|our|\d[\d,.]*|"
    r"(?:most|many|all|some|several|few) of them|"
    # "for the largest client": picked out by rank, not named
    r"the (?:[a-z]+est|main|top|first|second|third))"
    r"(?: [\w'-]+){0,3}? $",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[\w'-]+")
# A name right after an anonymous mention: "the largest client, Epicerie Boréale", "two banks (Nordea, ...)"
_NAME_FOLLOWS = re.compile(r"^(?:,|:|\s*\()\s*[A-Z]")
# A plural said of a kind ("a digital agency for museums, wineries and hotels") names none of them,
# unless names follow it ("banks like Nordea", "clients: Caisse Boréale, ...", "hotels (Pestana, ...)")
_NAMES_AFTER = re.compile(
    r"^\s*(?:\(|:|,? (?:like|such as|including|among them|e\.g\.|namely) )", re.IGNORECASE
)


def asked_name(question: str) -> str | None:
    """The index term of the thing whose name ``question`` asks ("bank" of "which two banks use it?"),
    or None when it asks no name, or asks of the owner's own work."""
    m = _ASKS.search(question)
    if m is None or _OWN_WORK.search(question):
        return None
    noun = next(g for g in m.groups() if g)
    terms = analyze(noun.replace("-", ""))
    return terms[-1] if terms else None


def states_name(lines: Iterable[str], noun: str) -> bool | None:
    """Whether ``lines`` may name the ``noun`` asked about: True when a mention of it is not an
    anonymous one ("the bank's", "Client: Caisse Boréale (credit union)"), False when every mention is
    ("two European banks"), None when none mentions it (nothing to judge)."""
    seen = False
    for line in lines:
        for m in _TOKEN.finditer(line):
            if noun not in analyze(m.group().replace("-", "")):
                continue
            seen = True
            if not _ANONYMOUS.search(line[: m.start()]) and not _kind_said(line, m):
                return True
            if _NAME_FOLLOWS.search(line[m.end() :]):  # "the largest client, Epicerie Boréale,"
                return True
    return False if seen else None


def _kind_said(line: str, m: re.Match[str]) -> bool:
    """Whether the mention ``m`` of ``line`` is a bare plural saying a kind ("for museums, wineries and
    hotels"): a lower-case plural after no capitalised word, no names following it."""
    word = m.group()
    if not word.islower() or not word.endswith("s") or word.endswith(("ss", "'s")):
        return False
    before = line[: m.start()].split()
    if before and before[-1][:1].isupper() and len(before) > 1:  # "Nordea and Danske banks" names them
        return False
    return not _NAMES_AFTER.search(line[m.end() :])
