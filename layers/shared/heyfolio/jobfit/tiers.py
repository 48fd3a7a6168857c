"""A certification asked at one tier of its ladder against the same certification held at another
("ISTQB Advanced Level Test Analyst" against "ISTQB Certified Tester Foundation Level", "HashiCorp Terraform
... Professional" against "HashiCorp Certified: Terraform Associate").
Why: read word by word, the lower tier held either missed the ask (its "Advanced", "Analyst" never written)
or met it (every named word written, the tier aside). A recruiter reads the same ladder climbed part of the
way: the lower tier shows the knowledge, not the credential asked, as an expired certificate does.
Another track of the same vendor (AWS Developer against AWS Solutions Architect) is no rung of it.
Ladders numbered in Roman numerals ("Salesforce Platform Developer II" against "Platform Developer I", "PSM
II" against "PSM I") are climbed the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.jobfit.evidence import doing_terms
from heyfolio.search.text import analyze

__all__ = ["lower_tier_held"]

_RANK = {
    "foundation": 1, "foundational": 1, "fundamentals": 1, "practitioner": 1,
    "associate": 2, "advanced": 3, "professional": 3, "expert": 4,
}  # fmt: skip
# A tier as a certification's name writes it: capitalised, "Level" after it if the ladder says so.
_TIER = re.compile(
    r"\b(Foundation(?:al)?|Fundamentals|Practitioner|Associate|Advanced|Professional|Expert)\b(\s+Level)?"
)
# A rung numbered at the end of a name ("Platform Developer II", "PSM I"): a Roman numeral closing the name,
# before a bracket, a comma or a credential word; never the pronoun ("Developer I hold").
_NUMERAL = re.compile(
    r"(?<=[A-Za-z] )(I{1,3}|IV)\b(?=\s*(?:$|[),;/(.]|(?:certifi\w*|certificate|credential|exam|or|and|issued|by|from)\b))"
)
_NUMERAL_RANK = {"I": 1, "II": 2, "III": 3, "IV": 4}
# Words that only say a name is a credential, and the vendors whose names are single capitalised words.
_NOT_TRACK = frozenset(analyze("certified certificate certification level exam"))
_VENDORS = frozenset(
    ["google", "microsoft", "azure", "oracle", "cisco", "salesforce", "databricks", "snowflake"]
)
_WORD = re.compile(r"[A-Za-z][\w+-]*")


def _tier(name: str) -> int | None:
    """The rung a name writes: a "<Tier> Level" first, else its last tier word, else a closing numeral."""
    found = list(_TIER.finditer(name))
    levelled = [m for m in found if m.group(2)]
    picked = levelled or found
    if picked:
        return _RANK[picked[-1].group(1).casefold()]
    numeral = _NUMERAL.search(name)
    return _NUMERAL_RANK[numeral.group(1)] if numeral else None


def _brand(name: str) -> str | None:
    """The issuer or product a name opens with ("ISTQB", "iSAQB", "HashiCorp", "Google"), or None."""
    first = _WORD.search(name)
    if first is None or _TIER.fullmatch(first.group(0)):
        return None  # "Advanced Python": a skill's level, not a credential's tier
    word = first.group(0)
    upper = sum(c.isupper() for c in word)
    return word.casefold() if upper >= 2 or word.casefold() in _VENDORS else None


def _track(name: str, brand: str) -> frozenset[str]:
    """What the credential is of, without its issuer, tier and credential words ("Test Analyst")."""
    terms = (
        frozenset(analyze(_NUMERAL.sub(" ", _TIER.sub(" ", name)))) - _NOT_TRACK - frozenset(analyze(brand))
    )
    return terms | doing_terms(terms)


def _initials_only(name: str, brand: str) -> bool:
    """Whether the ask names its track only by initials ("iSAQB CPSA Advanced Level"), which the content
    spells out, so no word of it can be compared."""
    words = [w for w in _WORD.findall(_TIER.sub(" ", name)) if w.casefold() != brand and analyze(w)]
    words = [w for w in words if not frozenset(analyze(w)) <= _NOT_TRACK]
    return bool(words) and all(w.isupper() and len(w) >= 2 for w in words)


def lower_tier_held(ask: str, certificates: Sequence[tuple[int, str]]) -> int | None:
    """The sentence of a certificate held of the ask's issuer and track at a lower tier than it asks, or
    None (no tier asked, none held of it, or one held at that tier or above)."""
    need = _tier(ask)
    brand = _brand(ask)
    if need is None or brand is None:
        return None
    track = _track(ask, brand)
    for n, line in certificates:
        have = _tier(line)
        if have is None or have >= need or not re.search(rf"\b{re.escape(brand)}\b", line, re.IGNORECASE):
            continue
        held = _track(line, brand)
        if track & held or not track or not held or _initials_only(ask, brand):
            return n
    return None
